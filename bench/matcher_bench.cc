// Matcher microbenchmarks: how fast leakgate's per-buffer stages run on the
// generated corpus, with file I/O taken out (every file is read into memory
// before timing starts), so a regression can be pinned on one stage.
//
//   BM_HyperscanPass   the prefilter alone: one hs_scan per file with the
//                      embedded database, one thread. The target is
//                      >= 1.5 GB/s here.
//   BM_FullPipeline    what a worker does per file, BlobScanner::ScanStream:
//                      chunking, prefilter, PCRE2 confirmation, line numbers,
//                      findings with snippets, related links. ScanText does
//                      the same but builds a scanner (Hyperscan scratch, an
//                      8 MiB buffer) per call, which no worker does per file.
//   BM_ConfirmPerHit   Confirmer::Confirm alone on a buffer made of the lines
//                      around every prefilter hit in the corpus (planted keys
//                      and decoys alike, as confirmation meets them), so that
//                      nearly every byte is a candidate; items/s is prefilter
//                      hits confirmed or rejected per second.
//   BM_PerRule/<id>    the prefilter pass with a database holding that rule
//                      alone: which rules cost most. The times do not add up
//                      to BM_HyperscanPass (one database shares literal
//                      matching between rules), but they rank the rules.
//
// The corpus is the directory named by $LEAKGATE_BENCH_CORPUS, or corpus/tree
// of the source tree. Make a large one with corpus/generate_tree.py
// --size-mib 500: a corpus of a few MiB fits in the CPU's caches and
// flatters every figure.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "leakgate/blob_scanner.h"
#include "leakgate/confirm.h"
#include "leakgate/engine.h"
#include "leakgate/hs_database.h"
#include "leakgate/rule.h"

namespace leakgate {
namespace {

// Lines kept on each side of a prefilter hit's line in BM_ConfirmPerHit's
// buffer: as many as the AWS rules' nearby confirmation looks at, so a key
// ID and its secret key stay together.
constexpr int kHitContextLines = 5;

struct CorpusFile {
  std::string path;
  std::string bytes;
};

struct Corpus {
  std::vector<CorpusFile> files;  ///< sorted by path.
  uint64_t bytes = 0;
};

bool ReadFile(const std::filesystem::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  bytes->resize(static_cast<size_t>(in.tellg()));
  in.seekg(0);
  return static_cast<bool>(
      in.read(bytes->data(), static_cast<std::streamsize>(bytes->size())));
}

// Reads every regular file under `root` into memory, as `leakgate scan`
// would find them: symbolic links are not followed and .git is not entered.
bool LoadCorpus(const std::filesystem::path& root, Corpus* corpus,
                std::string* err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::file_status status = it->symlink_status(ec);
    if (ec) break;
    if (fs::is_directory(status) && it->path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (!fs::is_regular_file(status)) continue;
    CorpusFile file{it->path().lexically_relative(root).string(), {}};
    if (!ReadFile(it->path(), &file.bytes)) {
      *err = it->path().string() + ": cannot be read";
      return false;
    }
    corpus->bytes += file.bytes.size();
    corpus->files.push_back(std::move(file));
  }
  if (ec) {
    *err = root.string() + ": " + ec.message();
    return false;
  }
  if (corpus->files.empty()) {
    *err = root.string() +
           ": no files (generate a corpus with "
           "corpus/generate_tree.py and point LEAKGATE_BENCH_CORPUS at it)";
    return false;
  }
  std::sort(
      corpus->files.begin(), corpus->files.end(),
      [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; });
  return true;
}

// Start of the line `lines` lines before the one holding text[pos].
size_t LinesBefore(const std::string& text, size_t pos, int lines) {
  size_t at = pos;
  for (int i = 0; i <= lines; ++i) {
    if (at == 0) return 0;
    at = text.rfind('\n', at - 1);
    if (at == std::string::npos) return 0;
  }
  return at + 1;
}

// End (past the newline) of the line `lines` lines after the one holding
// text[pos].
size_t LinesAfter(const std::string& text, size_t pos, int lines) {
  size_t at = pos;
  for (int i = 0; i <= lines; ++i) {
    at = text.find('\n', at);
    if (at == std::string::npos) return text.size();
    ++at;
  }
  return at;
}

// The lines around every prefilter hit of every file, overlapping ranges
// merged: what confirmation works on, without the bytes no hit comes near.
std::string HitNeighbourhoods(const Corpus& corpus, const HsDatabase& db) {
  HsScanner scanner(db);
  std::string out;
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const CorpusFile& file : corpus.files) {
    ranges.clear();
    for (const RawHit& hit :
         scanner.Scan(file.bytes.data(), file.bytes.size())) {
      const size_t last = static_cast<size_t>(hit.end) - 1;
      ranges.emplace_back(LinesBefore(file.bytes, last, kHitContextLines),
                          LinesAfter(file.bytes, last, kHitContextLines));
    }
    std::sort(ranges.begin(), ranges.end());
    size_t copied = 0;  // end of the bytes of this file already in `out`
    for (const auto& [begin, end] : ranges) {
      if (end <= copied) continue;
      const size_t from = std::max(begin, copied);
      out.append(file.bytes, from, end - from);
      copied = end;
    }
    // Ranges are whole lines; only a file's last line may lack its newline.
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
  return out;
}

// A database holding one rule, for the per-rule profile.
struct SingleRuleDatabase {
  std::string rule_id;
  HsDatabase database;
};

bool CompilePerRule(const RuleSet& rules, std::vector<SingleRuleDatabase>* out,
                    std::string* err) {
  for (const Rule& rule : rules.rules()) {
    SingleRuleDatabase single{rule.id, HsDatabase()};
    if (!HsDatabase::Compile(RuleSet(std::vector<Rule>{rule}, {}, ""),
                             &single.database, err))
      return false;
    out->push_back(std::move(single));
  }
  return true;
}

void ScanCorpus(benchmark::State& state, const HsDatabase& db,
                const Corpus& corpus) {
  HsScanner scanner(db);
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    for (const CorpusFile& file : corpus.files)
      hits += scanner.Scan(file.bytes.data(), file.bytes.size()).size();
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["hits"] = static_cast<double>(hits);
}

void FullPipeline(benchmark::State& state, const Engine& engine,
                  const Corpus& corpus) {
  BlobScanner scanner(engine, BlobScanSettings{});
  const CorpusFile* file = nullptr;
  size_t at = 0;
  const ReadFn read = [&file, &at](char* buf, size_t size) -> long {
    const size_t n = std::min(size, file->bytes.size() - at);
    std::memcpy(buf, file->bytes.data() + at, n);
    at += n;
    return static_cast<long>(n);
  };
  std::vector<Finding> findings;
  std::string err;
  for (auto _ : state) {
    findings.clear();
    uint64_t bytes = 0;
    for (const CorpusFile& each : corpus.files) {
      file = &each;
      at = 0;
      if (scanner.ScanStream(read, each.path, &findings, &bytes, &err) !=
          BlobScanner::Status::kOk) {
        state.SkipWithError((each.path + ": " + err).c_str());
        return;
      }
    }
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["findings"] = static_cast<double>(findings.size());
}

void ConfirmPerHit(benchmark::State& state, const Engine& engine,
                   const std::string& text) {
  HsScanner prefilter(engine.database);
  const std::vector<RawHit> hits = prefilter.Scan(text.data(), text.size());
  if (hits.empty()) {
    state.SkipWithError("no prefilter hit in the corpus");
    return;
  }
  ConfirmScratch scratch;
  std::vector<Match> matches;
  // The first call compiles the regexes of the rules that hit; not timed.
  engine.confirmer->Confirm(text.data(), text.size(), hits, 0, text.size(),
                            &scratch, &matches);
  for (auto _ : state) {
    engine.confirmer->Confirm(text.data(), text.size(), hits, 0, text.size(),
                              &scratch, &matches);
  }
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * hits.size()));
  state.counters["hits"] = static_cast<double>(hits.size());
  state.counters["confirmed"] = static_cast<double>(matches.size());
}

int Run(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  Engine engine;
  std::string err;
  std::string notice;
  if (!LoadEmbeddedEngine(&engine, &err, &notice)) {
    std::fprintf(stderr, "leakgate_bench_matcher: %s\n", err.c_str());
    return 1;
  }
  if (!notice.empty()) std::fprintf(stderr, "%s\n", notice.c_str());

  const char* from_env = std::getenv("LEAKGATE_BENCH_CORPUS");
  const std::string root =
      from_env && *from_env ? from_env : LEAKGATE_BENCH_DEFAULT_CORPUS;
  Corpus corpus;
  std::vector<SingleRuleDatabase> per_rule;
  if (!LoadCorpus(root, &corpus, &err) ||
      !CompilePerRule(engine.rules, &per_rule, &err)) {
    std::fprintf(stderr, "leakgate_bench_matcher: %s\n", err.c_str());
    return 1;
  }
  const std::string neighbourhoods = HitNeighbourhoods(corpus, engine.database);

  benchmark::AddCustomContext("corpus", root);
  benchmark::AddCustomContext("corpus_files",
                              std::to_string(corpus.files.size()));
  benchmark::AddCustomContext("corpus_bytes", std::to_string(corpus.bytes));
  benchmark::AddCustomContext("hit_neighbourhood_bytes",
                              std::to_string(neighbourhoods.size()));
  benchmark::AddCustomContext("rules", std::to_string(engine.rules.size()));
  benchmark::AddCustomContext("rules_digest", engine.rules.digest());

  // Arguments are copied into each benchmark: pass references.
  benchmark::RegisterBenchmark("BM_HyperscanPass", ScanCorpus,
                               std::cref(engine.database), std::cref(corpus))
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_FullPipeline", FullPipeline,
                               std::cref(engine), std::cref(corpus))
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_ConfirmPerHit", ConfirmPerHit,
                               std::cref(engine), std::cref(neighbourhoods))
      ->Unit(benchmark::kMicrosecond);
  for (const SingleRuleDatabase& single : per_rule) {
    benchmark::RegisterBenchmark(("BM_PerRule/" + single.rule_id).c_str(),
                                 ScanCorpus, std::cref(single.database),
                                 std::cref(corpus))
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace
}  // namespace leakgate

int main(int argc, char** argv) { return leakgate::Run(argc, argv); }

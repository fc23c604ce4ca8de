// The git scan: walk (one thread) → read and scan each distinct blob once
// (N workers, one repository handle and scanner each) → attach every
// (commit, path) that introduced the blob → keep one finding per secret and
// path, at the oldest commit.

#include "leakgate/git_scan.h"

#include <git2/sys/repository.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#include "finish_result.h"
#include "leakgate/blob_scanner.h"
#include "leakgate/pack_order.h"
#include "oldest_per_path.h"

namespace leakgate {
namespace {

constexpr std::string_view kLfsPointer =
    "version https://git-lfs.github.com/spec/v1\n";
constexpr size_t kMaxLfsPointerSize = 1024;
constexpr size_t kClaim = 64;

bool IsLowerHex(std::string_view text, size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// A Git LFS pointer as the specification has it: the version line, then
// only "oid sha256:<hex>", "size <digits>" and "ext-<n>-<name>
// sha256:<hex>" lines. Anything else is scanned: a blob that merely starts
// like a pointer can carry a key after the version line.
bool IsLfsPointer(std::string_view data) {
  if (data.size() > kMaxLfsPointerSize || data.rfind(kLfsPointer, 0) != 0)
    return false;
  bool oid = false, size = false;
  for (size_t pos = kLfsPointer.size(); pos < data.size();) {
    const size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    const std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t space = line.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view key = line.substr(0, space);
    const std::string_view value = line.substr(space + 1);
    auto hash = [&] {
      return value.rfind("sha256:", 0) == 0 && IsLowerHex(value.substr(7), 64);
    };
    if (key == "oid" && hash()) {
      oid = true;
    } else if (key == "size" && !value.empty() &&
               std::all_of(value.begin(), value.end(),
                           [](char c) { return c >= '0' && c <= '9'; })) {
      size = true;
    } else if (!(key.size() > 6 && key.rfind("ext-", 0) == 0 && key[4] >= '0' &&
                 key[4] <= '9' && key[5] == '-' && hash())) {
      return false;
    }
  }
  return oid && size;
}

BlobScanSettings BlobSettings(const GitScanOptions& options) {
  BlobScanSettings settings;
  settings.show_secrets = options.show_secrets;
  settings.cancel = options.cancel;
  settings.max_findings = options.max_findings_per_file;
  return settings;
}

struct BlobFinding {
  uint32_t blob;
  Finding finding;
};

// Receives a blob's findings (and may take them).
using BlobFindings = std::function<void(uint32_t blob, std::vector<Finding>*)>;

struct WorkerOutput {
  std::vector<Skip> skipped;
  std::vector<ScanError> errors;
  std::vector<std::string> warnings;
  uint64_t blobs = 0;
  uint64_t bytes = 0;
  bool cancelled = false;
};

class GitWorker {
 public:
  GitWorker(const Engine& engine, const GitScanOptions& options,
            const GitRepository& repo, const GitPlan& plan,
            const std::vector<uint32_t>& first_path,
            const std::vector<uint32_t>& read_order)
      : options_(options),
        plan_(plan),
        first_path_(first_path),
        read_order_(read_order),
        scanner_(engine, BlobSettings(options)) {
    std::string err;
    if (!repo_.Reopen(repo, &err)) open_error_ = err;
  }

  void Run(std::atomic<size_t>* next, WorkerOutput* out,
           const BlobFindings& found) {
    if (!open_error_.empty()) {
      out->errors.push_back(
          {"", "", "cannot open the repository again: " + open_error_});
      return;
    }
    GitObjectReader reader(repo_.odb(), repo_.objects_dir(), repo_.packs(),
                           options_.source.max_blob_size);
    std::string_view data;
    std::vector<Finding> findings;
    // Workers claim runs of consecutive blobs in pack order, so that each
    // one's delta-base cache sees neighbouring objects.
    for (size_t first = next->fetch_add(kClaim); first < read_order_.size();
         first = next->fetch_add(kClaim)) {
      for (size_t i = first; i < std::min(first + kClaim, read_order_.size());
           ++i) {
        if (options_.cancel && options_.cancel->load()) {
          out->cancelled = true;
          return;
        }
        const uint32_t blob = read_order_[i];
        const git_oid& id = plan_.blobs[blob];
        const std::string& path = plan_.paths[first_path_[blob]];
        GitType type;
        uint64_t size = 0;
        std::string err;
        switch (reader.Read(id, &type, &data, &size, &err)) {
          case GitObjectReader::Status::kOk:
            break;
          case GitObjectReader::Status::kTooLarge:
            out->skipped.push_back(
                {path, "blob " + OidHex(id) + " larger than --max-blob-size (" +
                           std::to_string(size) + " bytes)"});
            continue;
          case GitObjectReader::Status::kMissing:
            out->errors.push_back(
                {path, OidHex(id),
                 "blob not found" + (err.empty() ? "" : ": " + err)});
            continue;
          case GitObjectReader::Status::kCorrupt:
            out->errors.push_back({path, OidHex(id), err});
            continue;
        }
        if (type != GitType::kBlob) {
          out->errors.push_back(
              {path, OidHex(id),
               "tree entry names an object that is not a blob"});
          continue;
        }
        if (IsLfsPointer(data)) {
          out->skipped.push_back({path,
                                  "Git LFS pointer: the content is not in the "
                                  "repository and was not scanned"});
          continue;
        }
        scanner_.ScanBuffer(data, "", &findings);
        if (scanner_.unreported() != 0)
          out->warnings.push_back(UnreportedWarning(
              path + " (blob " + OidHex(id) + ")", scanner_.unreported(),
              options_.max_findings_per_file));
        out->blobs += 1;
        out->bytes += data.size();
        if (options_.progress) options_.progress->Add(1, data.size());
        if (!findings.empty()) found(blob, &findings);
        findings.clear();
      }
    }
  }

 private:
  const GitScanOptions& options_;
  const GitPlan& plan_;
  const std::vector<uint32_t>& first_path_;
  const std::vector<uint32_t>& read_order_;
  GitRepository repo_;
  std::string open_error_;
  BlobScanner scanner_;
};

}  // namespace

bool RunGitScan(const Engine& engine, const GitScanOptions& options,
                ScanResult* result, std::string* err) {
  const auto started = std::chrono::steady_clock::now();
  GitRepository repo;
  if (!repo.Open(options.repo, err)) return false;
  // The work tree's own ignore file, as checked out (not as committed).
  std::vector<IgnoreLocation> ignore_files;
  if (!repo.work_dir().empty()) {
    std::string top = repo.work_dir();
    if (top.back() != '/') top += '/';
    ignore_files.push_back({top + kIgnoreFileName, ""});
  }
  Suppressor suppressor;
  if (!suppressor.Load(options.suppress, ignore_files, err)) return false;
  if (options.source.mode == GitMode::kStaged && !options.index_file.empty()) {
    git_index* index = nullptr;
    if (git_index_open(&index, options.index_file.c_str()) != 0) {
      const git_error* e = git_error_last();
      *err = "cannot read the index " + options.index_file + ": " +
             (e ? e->message : "unknown error");
      return false;
    }
    git_repository_set_index(repo.get(), index);
    git_index_free(index);
  }
  GitPlan plan;
  GitSourceOptions source = options.source;
  source.threads = options.threads;
  if (!BuildGitPlan(repo, source, &plan, err)) return false;

  // A path to name each blob by in errors and skips.
  std::vector<uint32_t> first_path(plan.blobs.size(), 0);
  std::vector<bool> has_path(plan.blobs.size(), false);
  auto name_blob = [&](uint32_t blob, uint32_t path) {
    if (!has_path[blob]) first_path[blob] = path, has_path[blob] = true;
  };
  for (const GitIntroduction& intro : plan.introductions)
    name_blob(intro.blob, intro.path);
  for (const GitPrevious& previous : plan.previous)
    name_blob(previous.blob, plan.introductions[previous.introduction].path);

  const std::vector<uint32_t> read_order = PackOrder(*repo.packs(), plan.blobs);
  if (options.progress)
    options.progress->total.store(read_order.size(), std::memory_order_relaxed);
  const int threads = std::max(1, options.threads);
  std::atomic<size_t> next{0};
  std::vector<WorkerOutput> outputs(static_cast<size_t>(threads));
  const CommitAge age(plan);
  const IntroductionsByBlob intros(plan);
  // Each worker folds its findings into its own OldestPerPath. Range and
  // staged scans cannot: whether a secret is new at a path depends on the
  // findings of the blob that was there before, so their findings are
  // collected and folded once all are known.
  const bool fold_as_found = plan.previous.empty();
  std::vector<OldestPerPath> folds(static_cast<size_t>(threads),
                                   OldestPerPath(plan, intros, age));
  std::vector<std::vector<BlobFinding>> collected(static_cast<size_t>(threads));
  {
    std::vector<std::unique_ptr<GitWorker>> workers;
    std::vector<std::thread> pool;
    for (size_t i = 0; i < static_cast<size_t>(threads); ++i) {
      workers.push_back(std::make_unique<GitWorker>(engine, options, repo, plan,
                                                    first_path, read_order));
      BlobFindings found = [&, i](uint32_t blob,
                                  std::vector<Finding>* findings) {
        for (Finding& finding : *findings) {
          if (fold_as_found)
            folds[i].Add(blob, finding);
          else
            collected[i].push_back({blob, std::move(finding)});
        }
      };
      pool.emplace_back(&GitWorker::Run, workers.back().get(), &next,
                        &outputs[i], std::move(found));
    }
    for (std::thread& thread : pool) thread.join();
  }

  for (WorkerOutput& out : outputs) {
    for (Skip& s : out.skipped) result->skipped.push_back(std::move(s));
    for (ScanError& e : out.errors) result->errors.push_back(std::move(e));
    for (std::string& w : out.warnings) plan.warnings.push_back(std::move(w));
    result->summary.blobs += out.blobs;
    result->summary.bytes += out.bytes;
    if (out.cancelled) result->complete = false;
  }
  OldestPerPath& oldest_per_path = folds[0];
  for (size_t i = 1; i < folds.size(); ++i)
    oldest_per_path.Merge(std::move(folds[i]));
  if (!fold_as_found) {
    // A secret the path already held in the blob before is not new there.
    std::vector<std::vector<const Finding*>> by_blob(plan.blobs.size());
    for (const auto& worker : collected)
      for (const BlobFinding& f : worker) by_blob[f.blob].push_back(&f.finding);
    std::set<std::tuple<uint32_t, std::string, std::string>> already_there;
    for (const GitPrevious& previous : plan.previous)
      for (const Finding* finding : by_blob[previous.blob])
        already_there.insert(
            {previous.introduction, finding->rule, finding->fingerprint});
    for (const auto& worker : collected)
      for (const BlobFinding& f : worker)
        oldest_per_path.Add(f.blob, f.finding, &already_there);
  }
  oldest_per_path.Emit(&result->findings);

  // Commit and tag messages: scanned as text, located in the message. A
  // message quoted by later commits (a stash's "WIP on …") is one finding,
  // at the oldest commit.
  BlobScanner scanner(engine, BlobSettings(options));
  std::vector<Finding> message_findings;
  struct Oldest {
    Finding finding;
    uint32_t commit;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Oldest> oldest;
  for (const GitMessage& message : plan.messages) {
    size_t at = 0;
    uint64_t bytes = 0;
    std::string ignored;
    scanner.ScanStream(MemoryReader(message.text, &at), message.path,
                       &message_findings, &bytes, &ignored);
    if (scanner.unreported() != 0)
      plan.warnings.push_back(UnreportedWarning(
          message.path, scanner.unreported(), options.max_findings_per_file));
    for (Finding& finding : message_findings) {
      std::tuple<std::string, std::string, std::string> key{
          finding.location.path, finding.rule, finding.fingerprint};
      auto it = oldest.find(key);
      if (it == oldest.end()) {
        oldest.emplace(key, Oldest{std::move(finding), message.commit});
        continue;
      }
      const uint64_t seen = it->second.finding.occurrences + 1;
      if (age(message.commit) < age(it->second.commit))
        it->second = Oldest{std::move(finding), message.commit};
      it->second.finding.occurrences = seen;
    }
    message_findings.clear();
  }
  for (auto& [key, kept] : oldest) {
    AttachCommit(plan, kept.commit, "", &kept.finding);
    result->findings.push_back(std::move(kept.finding));
  }

  for (Skip& s : plan.skipped) result->skipped.push_back(std::move(s));
  for (ScanError& e : plan.errors) result->errors.push_back(std::move(e));
  for (const std::string& problem : repo.pack_problems())
    result->errors.push_back({"", "", problem});
  result->warnings = std::move(plan.warnings);
  FinishResult(options.cancel, suppressor, started, result);
  return true;
}

}  // namespace leakgate

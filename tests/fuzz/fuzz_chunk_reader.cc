// ChunkReader over irregular reads, and chunked scanning against one chunk.
//
// Input: the stream first, then (from the end, FuzzedDataProvider's way) the
// capacity, the margin, where the scan's chunk edge falls, whether secrets
// are shown, and a seed for the read sizes.
//
// Checked for every buffer: it holds the stream's bytes at its offset; it is
// full unless it is the last; it starts 2 × margin before the previous one's
// end; its owned range starts `margin` in (0 for the first) and ends
// `margin` before its end (at its end for the last); the owned ranges tile
// the stream from 0 to its size; bytes_read adds up to the stream's size.
//
// Then the stream, placed across the first chunk edge of a scanner with the
// smallest chunks (filler lines around it), is scanned with those chunks and
// irregular reads, and in one buffer, secrets redacted or not: both must
// give the same findings (rule, location, secret, fingerprint, snippet with
// its masked secrets, inline allow, related).

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "leakgate/blob_scanner.h"
#include "leakgate/chunk_reader.h"
#include "leakgate/engine.h"

namespace leakgate::fuzz {
namespace {

const Engine& TheEngine() {
  static const Engine* engine = [] {
    auto* loaded = new Engine;
    std::string err, notice;
    if (!LoadEmbeddedEngine(loaded, &err, &notice)) {
      std::fprintf(stderr, "cannot load the embedded engine: %s\n",
                   err.c_str());
      std::abort();
    }
    return loaded;
  }();
  return *engine;
}

// A ReadFn over `data` whose reads are short and irregular: one byte at a
// time, small pieces, or whatever fits, as `choices` say.
ReadFn IrregularReader(std::string_view data, size_t* at, Choices* choices) {
  const uint64_t mode = choices->Next() % 4;
  return [data, at, choices, mode](char* buf, size_t size) -> long {
    size_t want = size;
    if (mode == 0) want = 1;
    if (mode == 1) want = choices->Between(1, 7);
    if (mode == 2) want = choices->Between(1, 4096);
    const size_t n = std::min({want, size, data.size() - *at});
    std::memcpy(buf, data.data() + *at, n);
    *at += n;
    return static_cast<long>(n);
  };
}

void CheckChunks(std::string_view stream, size_t capacity, size_t margin,
                 Choices* choices) {
  ChunkReader reader(capacity, margin);
  const size_t full = std::max(capacity, 4 * margin);
  // Read the stream twice, the second time after Reset().
  for (int round = 0; round < 2; ++round) {
    reader.Reset();
    size_t at = 0;
    ReadFn read = IrregularReader(stream, &at, choices);
    std::string err;
    std::string owned;  // the owned ranges, concatenated
    uint64_t owned_to = 0, bytes = 0, expect_offset = 0;
    bool first = true;
    for (;;) {
      ChunkReader::Status status = reader.Next(read, &err);
      if (status == ChunkReader::Status::kEnd) break;
      FUZZ_CHECK(status == ChunkReader::Status::kData);
      FUZZ_CHECK(reader.size() <= full);
      FUZZ_CHECK(reader.offset() == expect_offset);
      FUZZ_CHECK(reader.offset() + reader.size() <= stream.size());
      FUZZ_CHECK(std::memcmp(reader.data(), stream.data() + reader.offset(),
                             reader.size()) == 0);
      FUZZ_CHECK(reader.owned_begin() == (first ? 0 : margin));
      if (!reader.at_end()) {
        FUZZ_CHECK(reader.size() == full);
        FUZZ_CHECK(reader.owned_end() == reader.size() - margin);
        FUZZ_CHECK(reader.next_start() == reader.size() - 2 * margin);
      } else {
        FUZZ_CHECK(reader.owned_end() == reader.size());
        FUZZ_CHECK(reader.offset() + reader.size() == stream.size());
      }
      FUZZ_CHECK(reader.owned_begin() <= reader.owned_end());
      FUZZ_CHECK(reader.offset() + reader.owned_begin() == owned_to);
      owned.append(reader.data() + reader.owned_begin(),
                   reader.owned_end() - reader.owned_begin());
      owned_to = reader.offset() + reader.owned_end();
      bytes += reader.bytes_read();
      expect_offset = reader.offset() + reader.next_start();
      first = false;
      if (reader.at_end()) {
        // Nothing more once the end has been seen.
        FUZZ_CHECK(reader.Next(read, &err) == ChunkReader::Status::kEnd);
        break;
      }
    }
    FUZZ_CHECK(!first);  // even an empty stream is one (empty) buffer
    FUZZ_CHECK(owned_to == stream.size());
    FUZZ_CHECK(bytes == stream.size());
    FUZZ_CHECK(at == stream.size());
    FUZZ_CHECK(owned == stream);
  }
}

// What must not depend on chunking.
struct Seen {
  std::string rule, secret, fingerprint, snippet;
  uint64_t line, column, end_line, end_column;
  bool inline_allowed;
  std::vector<std::pair<std::string, uint64_t>> related;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> Summarize(const std::vector<Finding>& findings) {
  std::vector<Seen> out;
  for (const Finding& f : findings) {
    Seen seen{f.rule,
              f.secret,
              f.fingerprint,
              f.snippet,
              f.location.line,
              f.location.column,
              f.location.end_line,
              f.location.end_column,
              f.inline_allowed,
              {}};
    for (const RelatedFinding& r : f.related)
      seen.related.emplace_back(r.rule, r.line);
    out.push_back(std::move(seen));
  }
  return out;
}

void Dump(const char* what, const std::vector<Seen>& seen) {
  std::fprintf(stderr, "%s: %zu findings\n", what, seen.size());
  for (const Seen& s : seen)
    std::fprintf(stderr,
                 "  %s %llu:%llu-%llu:%llu allow=%d secret=%s\n    snippet=%s\n",
                 s.rule.c_str(), static_cast<unsigned long long>(s.line),
                 static_cast<unsigned long long>(s.column),
                 static_cast<unsigned long long>(s.end_line),
                 static_cast<unsigned long long>(s.end_column),
                 s.inline_allowed, s.secret.c_str(), s.snippet.c_str());
}

void CheckScan(std::string_view stream, uint64_t shift, bool show_secrets,
               Choices* choices) {
  const Engine& engine = TheEngine();
  // The smallest chunks the scanner makes are 4 × its margin, and the first
  // owned range ends one margin before the first chunk's end (when the
  // stream goes on past that chunk). The margin is
  // the widest rule context plus the scanner's slack (256 today); should the
  // slack change, the check stays valid, only the edge moves.
  const size_t margin = engine.rules.MaxContext() + 256;
  const size_t edge = 3 * margin;
  // Put the edge `shift` bytes into the stream, after filler lines (none
  // when the edge falls at the stream's start).
  shift %= std::min<uint64_t>(stream.size(), edge) + 1;
  std::string text;
  static constexpr std::string_view kFiller = "filler line, nothing here\n";
  while (text.size() + kFiller.size() <= edge - shift) text += kFiller;
  text.append(edge - shift - text.size(), ' ');
  if (!text.empty()) text.back() = '\n';
  text.append(stream);
  // The edge exists only if the first chunk fills: more filler after.
  text += '\n';
  while (text.size() <= 4 * margin) text += kFiller;

  BlobScanSettings one_settings;
  // Redacted, secrets masked in snippets show which chunk saw them.
  one_settings.show_secrets = show_secrets;
  one_settings.chunk_size = text.size() + 1;
  BlobScanner one(engine, one_settings);
  std::vector<Finding> whole;
  FUZZ_CHECK(one.ScanBuffer(text, "f", &whole) == BlobScanner::Status::kOk);

  BlobScanSettings small_settings = one_settings;
  small_settings.chunk_size = 1;  // raised to the smallest the scanner takes
  BlobScanner small(engine, small_settings);
  size_t at = 0;
  std::vector<Finding> chunked;
  uint64_t bytes = 0;
  std::string err;
  FUZZ_CHECK(small.ScanStream(IrregularReader(text, &at, choices), "f",
                              &chunked, &bytes, &err) ==
             BlobScanner::Status::kOk);
  FUZZ_CHECK(bytes == text.size());
  const std::vector<Seen> expected = Summarize(whole);
  const std::vector<Seen> actual = Summarize(chunked);
  if (expected != actual) {
    std::fprintf(stderr, "chunk edge at stream byte %llu of %zu\n",
                 static_cast<unsigned long long>(shift), stream.size());
    Dump("one buffer", expected);
    Dump("chunked", actual);
  }
  FUZZ_CHECK(expected == actual);
}

}  // namespace
}  // namespace leakgate::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  leakgate::fuzz::TheEngine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leakgate::fuzz;
  FuzzedDataProvider provider(data, size);
  const size_t capacity = provider.ConsumeIntegralInRange<size_t>(1, 4096);
  const size_t margin = provider.ConsumeIntegralInRange<size_t>(0, 600);
  const uint64_t shift = provider.ConsumeIntegral<uint16_t>();
  const bool show_secrets = provider.ConsumeBool();
  Choices choices(provider.ConsumeIntegral<uint64_t>());
  const std::string stream = provider.ConsumeRemainingBytesAsString();
  CheckChunks(stream, capacity, margin, &choices);
  CheckScan(stream, shift, show_secrets, &choices);
  return 0;
}

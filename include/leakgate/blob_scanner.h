// Scans one stream or buffer with the engine: prefilter, confirm, findings.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "leakgate/chunk_reader.h"
#include "leakgate/confirm.h"
#include "leakgate/decode.h"
#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/line_tracker.h"

namespace leakgate {

struct BlobScanSettings {
  /// Bytes read and scanned at a time; memory per worker is about this.
  size_t chunk_size = 8 << 20;
  bool show_secrets = false;
  /// Set asynchronously (SIGINT) to stop between chunks.
  const std::atomic<bool>* cancel = nullptr;
  /// Findings reported per stream at most (0: no limit); the rest are only
  /// counted (unreported()). A file of a million keys would otherwise hold
  /// a million findings in memory until the report is sorted.
  uint64_t max_findings = 0;
  /// Keep each finding's raw secret (Finding::raw_secret) for --verify.
  bool keep_raw_secrets = false;
};

/// Per-worker scanning state. Not thread-safe; one per worker thread.
class BlobScanner {
 public:
  enum class Status { kOk, kReadError, kCancelled };

  BlobScanner(const Engine& engine, const BlobScanSettings& settings);

  /// Scans a stream of any length with memory bounded by the chunk size.
  /// Appends the stream's findings, their locations naming `path`, linked
  /// (related) and in stream order; adds the bytes read to `*bytes`. On a
  /// read error the findings before it are kept and `err` says why.
  Status ScanStream(const ReadFn& read, const std::string& path,
                    std::vector<Finding>* findings, uint64_t* bytes,
                    std::string* err);

  /// Scans a buffer already in memory (a git blob), in place when it fits
  /// one chunk and as a stream otherwise. Same results as ScanStream.
  Status ScanBuffer(std::string_view data, const std::string& path,
                    std::vector<Finding>* findings);

  /// Findings of the last stream past max_findings, counted, not reported.
  uint64_t unreported() const { return unreported_; }

 private:
  void ScanChunk(const char* data, size_t size, uint64_t offset,
                 size_t owned_begin, size_t owned_end, bool last,
                 const std::string& path, std::vector<Finding>* findings);
  // Counts a finding of the current stream; false once --max-findings is
  // reached (the finding is counted as unreported instead).
  bool Admit();
  // Where a span of `length` bytes at `span`, starting at `begin`, is.
  static Location SpanLocation(const std::string& path, LineColumn begin,
                               const char* span, size_t length);
  // The line around `match`, every span in `masks` (sorted) masked.
  std::string Snippet(const char* data, size_t size, uint64_t offset,
                      const Match& match,
                      const std::vector<Match>& masks) const;

  // The rule of a mask that covers an encoded span.
  static constexpr uint32_t kEncodedSpan = UINT32_MAX;

  // A secret found in decoded text: its rule, the encoded span of the
  // chunk it came from, the decoded secret and the layers, outermost first.
  struct DecodedMatch {
    uint32_t rule;
    size_t start;
    size_t end;
    std::string secret;
    std::vector<std::string> layers;
  };
  // Scans the chunk's encoded spans (decode.h) as text, to depth 2, into
  // decoded_ (sorted by span).
  void FindDecoded(const char* data, size_t size, uint64_t offset, bool last);
  // Drops the plain fallback matches that overlap a specific rule's decoded
  // match: `token: <base64 of a GitHub token>` is one GitHub finding.
  void YieldToDecoded();
  // Reports the decoded matches the plain scan did not.
  void ReportDecoded(const char* data, size_t size, uint64_t offset,
                     size_t owned_begin, size_t owned_end,
                     const std::string& path, std::vector<Finding>* findings);
  void MatchDecoded(const DecodedSpan& span, const DecodedSpan* outer,
                    std::vector<std::string> layers, int depth,
                    std::vector<DecodedMatch>* out);

  void LinkFrom(size_t first, std::vector<Finding>* findings) const;

  const Engine& engine_;
  BlobScanSettings settings_;
  HsScanner hs_;
  ConfirmScratch scratch_;
  ChunkReader reader_;
  LineTracker lines_;
  std::vector<Match> matches_;
  SpanDecoder decoder_;
  std::vector<DecodedMatch> decoded_;
  uint64_t reported_ = 0;  // findings of the current stream
  uint64_t unreported_ = 0;
};

}  // namespace leakgate

namespace leakgate {

/// The warning for a file or blob with more findings than reported.
std::string UnreportedWarning(const std::string& what, uint64_t unreported,
                              uint64_t max_findings);

/// Scans an in-memory text as one stream named `path` (rule examples, tests).
std::vector<Finding> ScanText(const Engine& engine, std::string_view text,
                              const std::string& path, bool show_secrets);

}  // namespace leakgate

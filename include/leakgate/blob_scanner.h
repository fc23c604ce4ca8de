// Scans one stream or buffer with the engine: prefilter, confirm, findings.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "leakgate/chunk_reader.h"
#include "leakgate/confirm.h"
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

 private:
  void ScanChunk(const char* data, size_t size, uint64_t offset,
                 size_t owned_begin, size_t owned_end, bool last,
                 const std::string& path, std::vector<Finding>* findings);
  std::string Snippet(const char* data, size_t size, uint64_t offset,
                      const Match& match) const;

  void LinkFrom(size_t first, std::vector<Finding>* findings) const;

  const Engine& engine_;
  BlobScanSettings settings_;
  HsScanner hs_;
  ConfirmScratch scratch_;
  ChunkReader reader_;
  LineTracker lines_;
  std::vector<Match> matches_;
};

}  // namespace leakgate

namespace leakgate {

/// Scans an in-memory text as one stream named `path` (rule examples, tests).
std::vector<Finding> ScanText(const Engine& engine, std::string_view text,
                              const std::string& path, bool show_secrets);

}  // namespace leakgate

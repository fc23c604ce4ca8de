// The shape every source has: what to scan (BlobRef), how a worker reads
// it (BlobReader) and what becomes of its findings (FindingCollector). The
// pipeline (scan.h) runs any Source through the same worker pool and the
// same ResultSink; docs/design.md describes the whole.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "leakgate/chunk_reader.h"
#include "leakgate/result_sink.h"

namespace leakgate {

/// A regular file found by the directory walk (or named on the command line).
struct FileProvenance {
  std::string open_path;    ///< what to open
  std::string report_path;  ///< what reports call it
};
/// Standard input ("-").
struct StdinProvenance {};
/// A distinct git blob of the source's plan (its index there).
struct GitBlobProvenance {
  uint32_t blob;
};
/// A commit or tag message of the source's plan (its index there).
struct GitMessageProvenance {
  uint32_t message;
};
using Provenance = std::variant<FileProvenance, StdinProvenance,
                                GitBlobProvenance, GitMessageProvenance>;

/// One thing to scan. `id` is the source's own number for it; collectors
/// receive it with the findings.
struct BlobRef {
  uint64_t id = 0;
  Provenance provenance;
};

/// The bytes of one opened blob: in memory (`data`) or, when `stream` is
/// set, to be read as a stream of any length.
struct BlobContent {
  std::string_view data;
  ReadFn stream;
  /// What findings' locations name; empty when the source fills in paths.
  std::string location_path;
  /// Names the blob in warnings and read errors.
  std::string label;
};

/// Reads blobs of one source. One per worker; not thread-safe.
class BlobReader {
 public:
  virtual ~BlobReader() = default;
  /// Opens `ref`. False when there is nothing to scan: the reason (a skip or
  /// an error) has gone to the ResultSink.
  virtual bool Open(const BlobRef& ref, BlobContent* content) = 0;
  /// Releases what Open took (called after every successful Open).
  virtual void Close() {}
};

class Source {
 public:
  virtual ~Source() = default;
  /// Pushes every blob to scan, in the order they are best read, on the
  /// calling thread. Skips and errors go to the ResultSink.
  virtual void Produce(const std::function<void(BlobRef)>& push) = 0;
  /// A reader for a worker; null when none can be had (the ResultSink says
  /// why), and that worker does not run.
  virtual std::unique_ptr<BlobReader> NewReader() = 0;
  /// A collector for a worker.
  virtual std::unique_ptr<FindingCollector> NewCollector() = 0;
  /// Once every worker is done: the final findings from all collectors.
  virtual void Finish(std::vector<std::unique_ptr<FindingCollector>> collectors,
                      std::vector<Finding>* findings) = 0;
  /// Blobs a worker takes at a time (git: runs in pack order, so that each
  /// worker's delta-base cache sees neighbouring objects).
  virtual size_t BatchSize() const { return 32; }
  /// True when the whole input is known to be a few small blobs (a short
  /// file, a one-file commit): one thread scans it before a pool could
  /// start, so no pool is made.
  virtual bool Small() const { return false; }
};

}  // namespace leakgate

// Progress counters: the pipelines count, the command line displays. Nothing
// here prints.
#pragma once

#include <atomic>
#include <cstdint>

namespace leakgate {

/// Updated by the pipelines with relaxed atomic adds as work completes, read
/// at any time by another thread; the values only grow.
struct ScanProgress {
  std::atomic<uint64_t> items{0};  ///< files (scan) or blobs (git) done.
  std::atomic<uint64_t> bytes{0};  ///< bytes read so far.
  /// Blobs the git scan will read, once its history walk is done; 0 while
  /// it is not known (always 0 for `scan`).
  std::atomic<uint64_t> total{0};

  void Add(uint64_t done_items, uint64_t done_bytes) {
    if (done_items) items.fetch_add(done_items, std::memory_order_relaxed);
    if (done_bytes) bytes.fetch_add(done_bytes, std::memory_order_relaxed);
  }
};

}  // namespace leakgate

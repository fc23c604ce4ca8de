// `leakgate scan`: files, directories and standard input through a pool of
// workers.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "leakgate/engine.h"
#include "leakgate/finding.h"

namespace leakgate {

struct ScanOptions {
  std::vector<std::string> paths{"."};  ///< "-" is standard input.
  int threads = 1;
  bool show_secrets = false;
  std::vector<std::string> excludes;
  size_t chunk_size = 8 << 20;
  const std::atomic<bool>* cancel = nullptr;
};

/// Scans every path and fills `result` (sorted). Never throws on bad input:
/// unreadable paths become result->errors, and a cancellation leaves
/// result->complete false.
void RunScan(const Engine& engine, const ScanOptions& options,
             ScanResult* result);

}  // namespace leakgate

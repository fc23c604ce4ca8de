// `leakgate scan`: files, directories and standard input through a pool of
// workers.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/progress.h"
#include "leakgate/suppress.h"

namespace leakgate {

struct ScanOptions {
  std::vector<std::string> paths{"."};  ///< "-" is standard input.
  int threads = 1;
  bool show_secrets = false;
  std::vector<std::string> excludes;
  size_t chunk_size = 8 << 20;
  /// Findings reported per file at most (0: no limit); a warning counts the
  /// rest.
  uint64_t max_findings_per_file = 1000;
  const std::atomic<bool>* cancel = nullptr;
  /// Ignore files and baseline. By default each directory in `paths` may
  /// hold a .leakgateignore at its top.
  SuppressOptions suppress;
  /// Counted as files are read when set (for a progress display).
  ScanProgress* progress = nullptr;
};

/// Scans every path and fills `result` (sorted, suppressed findings removed
/// and counted). Never throws on bad input: unreadable paths become
/// result->errors, and a cancellation leaves result->complete false.
/// Returns false, before scanning anything, only when an ignore file or the
/// baseline cannot be used (unreadable, malformed); `err` says why, naming
/// the file and line.
bool RunScan(const Engine& engine, const ScanOptions& options,
             ScanResult* result, std::string* err);

}  // namespace leakgate

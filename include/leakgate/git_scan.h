// `leakgate git`: history, staged changes or a commit range, scanned blob by
// blob with a pool of workers.
#pragma once

#include <atomic>
#include <string>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/git_history.h"

namespace leakgate {

struct GitScanOptions {
  std::string repo = ".";
  GitSourceOptions source;
  int threads = 1;
  bool show_secrets = false;
  const std::atomic<bool>* cancel = nullptr;
};

/// Scans the repository and fills `result` (sorted). A secret is reported
/// once per path, at the oldest commit that introduced it there, with
/// `occurrences` counting every (commit, blob) that carried it. Returns false
/// only when the repository cannot be opened or walked at all; `err` says
/// why (the caller reports it and exits 2).
bool RunGitScan(const Engine& engine, const GitScanOptions& options,
                ScanResult* result, std::string* err);

}  // namespace leakgate

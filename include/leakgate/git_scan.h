// `leakgate git`: history, staged changes or a commit range, scanned blob by
// blob with a pool of workers.
#pragma once

#include <atomic>
#include <string>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/git_history.h"
#include "leakgate/progress.h"
#include "leakgate/suppress.h"

namespace leakgate {

struct GitScanOptions {
  std::string repo = ".";
  GitSourceOptions source;
  int threads = 1;
  bool show_secrets = false;
  /// Findings reported per blob or message at most (0: no limit); a warning
  /// counts the rest.
  uint64_t max_findings_per_file = 1000;
  const std::atomic<bool>* cancel = nullptr;
  /// Ignore files and baseline. By default the work tree's top directory
  /// may hold a .leakgateignore (a bare repository has none).
  SuppressOptions suppress;
  /// Counted as blobs are read when set (for a progress display).
  ScanProgress* progress = nullptr;
  /// --staged: the index file to read instead of the repository's. Git
  /// names it in GIT_INDEX_FILE when it runs a hook: `git commit -a` and
  /// `git commit PATH` stage into a temporary index.
  std::string index_file;
};

/// Scans the repository and fills `result` (sorted, suppressed findings
/// removed and counted). A secret is reported once per path, at the oldest
/// commit that introduced it there, with `occurrences` counting every
/// (commit, blob) that carried it; an inline allow comment counts where that
/// finding was kept. Returns false only when the repository cannot be opened
/// or walked at all, or an ignore file or the baseline cannot be used; `err`
/// says why (the caller reports it and exits 2).
bool RunGitScan(const Engine& engine, const GitScanOptions& options,
                ScanResult* result, std::string* err);

}  // namespace leakgate

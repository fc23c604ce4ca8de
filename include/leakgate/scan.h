// The pipeline's two entry points, `leakgate scan` and `leakgate git`: each
// a source run through the same worker pool (docs/design.md).
#pragma once

#include <string>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/scan_options.h"

namespace leakgate {

/// Scans every path and fills `result` (sorted, suppressed findings removed
/// and counted). Never throws on bad input: unreadable paths become
/// result->errors, and a cancellation leaves result->complete false.
/// Returns false, before scanning anything, only when an ignore file or the
/// baseline cannot be used (unreadable, malformed); `err` says why, naming
/// the file and line.
bool RunScan(const Engine& engine, const ScanOptions& options,
             ScanResult* result, std::string* err);

/// Scans the repository at options.paths[0] as options.git says and fills
/// `result` likewise. A secret is reported once per path, at the oldest
/// commit that introduced it there, with `occurrences` counting every
/// (commit, blob) that carried it; an inline allow comment counts where that
/// finding was kept. Returns false only when the repository cannot be opened
/// or walked at all, or an ignore file or the baseline cannot be used; `err`
/// says why (the caller reports it and exits 2).
bool RunGitScan(const Engine& engine, const ScanOptions& options,
                ScanResult* result, std::string* err);

}  // namespace leakgate

// Files, directories and standard input as scan items.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "leakgate/finding.h"
#include "leakgate/source.h"

namespace leakgate {

/// Receives what a walk finds. Called from the walking thread only.
struct FileSink {
  std::function<void(Provenance)> file;  ///< a file or standard input
  std::function<void(Skip)> skip;
  std::function<void(ScanError)> error;
};

struct WalkOptions {
  std::vector<std::string> excludes;  ///< fnmatch globs on the reported path.
  const std::atomic<bool>* cancel = nullptr;
};

/// Walks `roots` ("-" is standard input) and pushes every regular file to
/// `sink.file`. Entries are examined with lstat semantics: symbolic links
/// are never followed and are skipped; FIFOs, sockets and devices are never
/// opened; `.git` directories are skipped (history is `leakgate git`'s job).
/// A path that cannot be read goes to `sink.error` and the walk goes on.
///
/// Reported paths: relative to the root when one directory is given, the
/// root joined with the relative path when several roots are given, the
/// argument itself for a file.
void WalkPaths(const std::vector<std::string>& roots,
               const WalkOptions& options, const FileSink& sink);

}  // namespace leakgate

// Git history as a Source: the only way the rest of leakgate reaches a
// repository. Everything git (libgit2, the commit walk, tree comparison,
// the pack reader) is sealed in scanner/source/git/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "leakgate/result_sink.h"
#include "leakgate/scan_options.h"
#include "leakgate/source.h"
#include "leakgate/suppress.h"

namespace leakgate {

class GitSource : public Source {
 public:
  /// Opens the repository at or above options.paths[0] (for --staged with
  /// options.git.index_file, that index). Null when it cannot be opened;
  /// `err` says why. `options` and `sink` must outlive the source.
  static std::unique_ptr<GitSource> Open(const ScanOptions& options,
                                         ResultSink* sink, std::string* err);

  /// The work tree's own ignore file, as checked out (none when bare).
  virtual std::vector<IgnoreLocation> IgnoreFiles() const = 0;
  /// Walks the history as options.git says. Problems with single objects
  /// or refs become errors in the sink and the walk goes on; false only
  /// when nothing could be walked at all (`err` says why).
  virtual bool Plan(std::string* err) = 0;
  /// "sha256:…" of every ref and what it names: two shards with the same
  /// identity walked the same history.
  virtual std::string Identity() const = 0;
};

/// Where a repository keeps what `install-hook` needs; no object or pack
/// is read to find it.
struct GitLayout {
  std::string git_dir;
  std::string common_dir;  ///< shared by all worktrees (hooks/ is here)
  std::string work_dir;    ///< empty for a bare repository
  std::string hooks_path;  ///< core.hooksPath, empty when unset
};

/// Opens the repository at or above `path` for its layout only.
bool ReadGitLayout(const std::string& path, GitLayout* layout,
                   std::string* err);

/// Whether git finding `a` was seen before `b`: the older commit (time,
/// generation, id; none last), then the first line and column, then blob.
bool GitOlder(const Finding& a, const Finding& b);

/// Folds git findings (of workers, or of shards) to one per (repository,
/// path, rule, fingerprint), messages apart from files: the oldest is kept
/// (GitOlder) and the occurrences are summed. Any split of the same findings
/// folds to the same result; order of the output is unspecified.
void FoldGitFindings(std::vector<Finding>* findings);

/// The libgit2 version, "major.minor.revision".
std::string Libgit2Version();

}  // namespace leakgate

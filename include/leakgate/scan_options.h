// What a scan is asked to do: one options struct for `scan` and `git`.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "leakgate/progress.h"
#include "leakgate/rule.h"
#include "leakgate/suppress.h"

namespace leakgate {

enum class GitMode {
  kAllRefs,  ///< every blob reachable from every ref
  kStaged,   ///< index entries that differ from HEAD
  kRange,    ///< blobs introduced by the commits in A..B
};

/// --shard K/N: this run scans part K of N (0 <= K < N); `active` when the
/// flag was given (even 0/1), and then the report is a shard report.
struct ShardSpec {
  bool active = false;
  uint32_t index = 0;
  uint32_t count = 1;
};

/// Which part of a repository `git` scans.
struct GitSelection {
  GitMode mode = GitMode::kAllRefs;
  std::string range;  ///< "A..B" for kRange
  /// --staged: the index file to read instead of the repository's. Git
  /// names it in GIT_INDEX_FILE when it runs a hook: `git commit -a` and
  /// `git commit PATH` stage into a temporary index.
  std::string index_file;
  /// Larger blobs are skipped and listed.
  uint64_t max_blob_size = uint64_t{256} << 20;
  /// The blobs and messages of one shard (and, with several repositories,
  /// the repositories of that shard).
  ShardSpec shard;
};

struct ScanOptions {
  /// `scan`: files and directories ("-" is standard input). `git`: the
  /// repository (or a directory in one), the first entry.
  std::vector<std::string> paths{"."};
  GitSelection git;
  int threads = 1;
  bool show_secrets = false;
  /// --verify: findings keep their raw secret for the live check.
  bool keep_raw_secrets = false;
  /// fnmatch globs on the reported path (`scan`) or the path in the commit.
  std::vector<std::string> excludes;
  /// Bytes read and scanned at a time; memory per worker is about this.
  size_t chunk_size = 8 << 20;
  /// Findings reported per file, blob or message at most (0: no limit); a
  /// warning counts the rest.
  uint64_t max_findings_per_file = 1000;
  /// Findings of lower confidence are left out (and counted).
  Confidence min_confidence = Confidence::kLow;
  const std::atomic<bool>* cancel = nullptr;
  /// Ignore files and baseline. By default each directory in `paths` (or the
  /// work tree's top directory) may hold a .leakgateignore.
  SuppressOptions suppress;
  /// Counted as files or blobs are read when set (for a progress display).
  ScanProgress* progress = nullptr;

  bool Cancelled() const { return cancel && cancel->load(); }
};

}  // namespace leakgate

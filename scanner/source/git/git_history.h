// Git history as a list of blobs to scan, each with every (commit, path)
// that introduced it: the plan that `leakgate git` executes.
#pragma once

#include <git2.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "leakgate/finding.h"
#include "leakgate/scan_options.h"
#include "source/git/git_objects.h"
#include "source/git/pack_reader.h"

namespace leakgate {

/// Initialises libgit2 for the process, once (GitRepository::Open calls it).
void InitLibgit2();

/// An open repository (libgit2), with what the walk needs to know of it.
class GitRepository {
 public:
  GitRepository() = default;
  ~GitRepository();
  GitRepository(const GitRepository&) = delete;
  GitRepository& operator=(const GitRepository&) = delete;

  /// Opens the repository at or above `path`. A repository owned by another
  /// user fails with a message naming safe.directory.
  bool Open(const std::string& path, std::string* err);
  /// Reads the pack indexes (Open does not: opening a repository to find
  /// its hooks directory should not cost a read of every index); `verify`
  /// as PackSet::Load.
  void LoadPacks(bool verify);
  /// Opens the same repository again (one handle per worker thread).
  bool Reopen(const GitRepository& other, std::string* err);

  git_repository* get() const { return repo_; }
  git_odb* odb() const { return odb_; }
  const std::string& git_dir() const { return git_dir_; }
  const std::string& objects_dir() const { return objects_dir_; }
  /// The directory shared by all worktrees (shallow, objects, refs).
  const std::string& common_dir() const { return common_dir_; }
  /// The work tree's top directory, empty for a bare repository.
  const std::string& work_dir() const { return work_dir_; }
  /// The repository's packs, shared by every handle on it; null before
  /// LoadPacks.
  const PackSet* packs() const { return packs_.get(); }
  /// Packs that could not be used (malformed index, truncated pack).
  const std::vector<std::string>& pack_problems() const {
    return pack_problems_;
  }

 private:
  git_repository* repo_ = nullptr;
  git_odb* odb_ = nullptr;
  std::string git_dir_;
  std::string objects_dir_;
  std::string common_dir_;
  std::string work_dir_;
  std::shared_ptr<PackSet> packs_;
  std::vector<std::string> pack_problems_;
};

inline constexpr uint32_t kNoCommit = UINT32_MAX;

struct GitCommitInfo {
  git_oid id;
  std::string author;
  std::string email;
  int64_t time;
  /// 1 for a root, else 1 + the largest of its parents': orders commits
  /// made within the same second.
  uint32_t generation = 0;
};

/// Blob `blob` appeared at path `path` in commit `commit` (kNoCommit for a
/// staged blob or one reached from a ref to a tree or blob).
struct GitIntroduction {
  uint32_t blob;
  uint32_t path;
  uint32_t commit;
};

/// In range and staged scans: blob `blob` was at the introduction's path in
/// a parent (or HEAD). A secret it already held is not new there.
struct GitPrevious {
  uint32_t introduction;
  uint32_t blob;
};

/// Text that is not a blob but is scanned too: commit and tag messages.
struct GitMessage {
  std::string text;
  std::string path;  ///< "(commit message)" or "(tag message)"
  uint32_t commit;
};

struct GitPlan {
  std::vector<git_oid> blobs;  ///< distinct; each is read once
  std::vector<std::string> paths;
  std::vector<GitCommitInfo> commits;
  std::vector<GitIntroduction> introductions;
  std::vector<GitPrevious> previous;
  std::vector<GitMessage> messages;
  std::vector<Skip> skipped;
  std::vector<ScanError> errors;
  std::vector<std::string> warnings;
};

/// Walks the repository as `options` says and fills `plan`. Problems with
/// single objects or refs (missing, corrupt, unparsable) become plan errors
/// and the walk goes on; false only when nothing could be walked at all
/// (`err` says why).
bool BuildGitPlan(const GitRepository& repo, const ScanOptions& options,
                  GitPlan* plan, std::string* err);

}  // namespace leakgate

// Comparing a commit's tree with its parents' trees: the blobs each commit
// introduced, and where. Internal to the git source (git_history.cc).
#pragma once

#include <git2.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "leakgate/finding.h"
#include "source/git/git_history.h"
#include "source/git/git_objects.h"

namespace leakgate {

// Commits, trees and tags larger than this are errors, not read: the
// largest real trees are a few MiB, and a forged delta chain could
// otherwise build gigabytes.
inline constexpr uint64_t kMaxMetadataBytes = uint64_t{128} << 20;

// Reads an object of metadata (commit, tree, tag) through `reader`; false
// with an entry in `errors` (at `path`, saying `what` was wanted) when it is
// missing or corrupt.
bool ReadMetadata(GitObjectReader* reader, const git_oid& id, GitType* type,
                  std::string* data, const std::string& path,
                  const std::string& what, std::vector<ScanError>* errors);

// A blob at a path in a commit, before paths and blobs are numbered.
struct RawIntroduction {
  git_oid blob;
  std::string path;
  uint32_t commit;
  std::vector<git_oid> previous;  // range and staged scans only
};

struct CachedTree;

// Compares a commit's tree with its parents' trees. One per thread: it owns
// an object reader and a cache of parsed trees.
class TreeDiffer {
 public:
  TreeDiffer(const GitRepository& repo, const ScanOptions& options);

  std::vector<RawIntroduction> introductions;
  std::vector<ScanError> errors;
  std::vector<std::string> warnings;
  std::vector<std::string> gitlinks;

  bool Excluded(const std::string& path) const;

  // Records the blobs of `root` that no parent tree has at the same path.
  void IntroducedBy(const git_oid& root,
                    const std::vector<git_oid>& parent_roots, uint32_t commit);

 private:
  // A gitlink names a commit of another repository. One that names a blob
  // or tree of this one is not a submodule but content hidden under a
  // gitlink's mode, and is scanned as what it is.
  GitType GitlinkTarget(const git_oid& id);
  std::shared_ptr<const CachedTree> Tree(const git_oid& id,
                                         const std::string& path);

  const ScanOptions& options_;
  git_odb* reader_odb_;
  std::string reader_objects_dir_;
  const PackSet* reader_packs_;
  GitObjectReader reader_;
  std::unique_ptr<GitObjectReader> probe_;
  std::unordered_map<git_oid, GitType, OidHash, OidEqual> gitlink_types_;
  std::unordered_map<git_oid, uint32_t, OidHash, OidEqual> paths_of_tree_;
  std::unordered_map<git_oid, std::shared_ptr<const CachedTree>, OidHash,
                     OidEqual>
      trees_;
  size_t tree_cache_bytes_ = 0;
  std::set<std::pair<std::string, std::string>> walked_whole_;
};

}  // namespace leakgate

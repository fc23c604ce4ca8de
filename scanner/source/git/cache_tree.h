// The index's cache-tree extension ("TREE"): for each directory of the
// index, the tree object its entries would be written as, when git still
// knows it. libgit2 reads it but does not expose it, so it is read here
// from the index file. Internal to the git source (staged_walk.cc).
#pragma once

#include <git2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leakgate {

/// One directory of the cache-tree. Invalid nodes (git writes -1 entries
/// for a directory touched since the tree was last computed) have no id,
/// but their children may still be valid.
struct CacheTreeNode {
  std::string name;  ///< one path component; "" for the top directory
  bool valid = false;
  int64_t entry_count = 0;  ///< index entries below it, when valid
  git_oid id{};
  std::vector<uint32_t> children;  ///< indices into CacheTree::nodes, by name

  /// The child named `name`, or -1.
  int64_t Child(const std::vector<CacheTreeNode>& nodes,
                std::string_view name) const;
};

/// Node 0 is the top directory; empty when the index has no cache-tree.
struct CacheTree {
  std::vector<CacheTreeNode> nodes;
};

/// Reads the cache-tree of the index file at `path`. An index without the
/// extension, or one this reader cannot follow, leaves `tree` empty: the
/// walk then reads HEAD's trees instead, so this can only cost time, never
/// a finding.
void ReadCacheTree(const std::string& path, CacheTree* tree);

/// Parses the extension's payload (exposed for tests). False when it is
/// malformed; `tree` is then empty.
bool ParseCacheTree(std::string_view data, CacheTree* tree);

}  // namespace leakgate

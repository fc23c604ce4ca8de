// The commit-graph file (objects/info/commit-graph, or the layers listed in
// objects/info/commit-graphs/commit-graph-chain): each commit's topological
// level, which orders a range walk exactly where commit dates cannot.
#pragma once

#include <git2.h>

#include <cstdint>
#include <string>
#include <vector>

namespace leakgate {

/// Level of a commit the graph does not hold: above every real one, as git
/// treats it (such commits are newer than the graph).
inline constexpr uint32_t kLevelInfinity = UINT32_MAX;

class CommitGraph {
 public:
  CommitGraph() = default;
  ~CommitGraph();
  CommitGraph(const CommitGraph&) = delete;
  CommitGraph& operator=(const CommitGraph&) = delete;

  /// Maps the graph files under `objects_dir`; a repository without one,
  /// or a file that does not parse, leaves the graph empty (every level
  /// infinite), which only costs the walk its exactness guarantee.
  void Open(const std::string& objects_dir);
  bool empty() const { return layers_.empty(); }
  /// The commit's topological level (1 for a root), or kLevelInfinity.
  uint32_t Level(const git_oid& id) const;

 private:
  struct Layer {
    const unsigned char* map = nullptr;
    size_t size = 0;
    const unsigned char* fanout = nullptr;  // 256 big-endian counts
    const unsigned char* oids = nullptr;    // sorted, 20 bytes each
    const unsigned char* data = nullptr;    // 36 bytes per commit
    uint32_t count = 0;
  };
  bool Map(const std::string& path);

  std::vector<Layer> layers_;
};

}  // namespace leakgate

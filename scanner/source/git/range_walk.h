// The commits of a range A..B without walking A's history: the paint-down
// that `git rev-list A..B` does (see range_walk.cc).
#pragma once

#include <git2.h>

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "leakgate/finding.h"
#include "source/git/commit_graph.h"
#include "source/git/git_objects.h"

namespace leakgate {

using OidSet = std::unordered_set<git_oid, OidHash, OidEqual>;

/// A commit the paint-down read.
struct PaintedCommit {
  git_oid tree{};
  std::vector<git_oid> parents;  ///< none past a shallow boundary
  int64_t time = 0;
  uint32_t level = kLevelInfinity;
  bool parsed = false;
  bool uninteresting = false;  ///< reachable from the base
};

using PaintedCommits =
    std::unordered_map<git_oid, PaintedCommit, OidHash, OidEqual>;

/// Paints down from `head` and `base` together, newest first, until every
/// commit still queued is reachable from `base`. `painted` gets every commit
/// read: those of the range (uninteresting false) and the frontier of the
/// base's side (true) with their trees, which is what the range's diffs need
/// for parents. Only the base's side is reported to `errors` (a broken
/// commit of the range itself is named when the range is walked).
void PaintRange(GitObjectReader* reader, const CommitGraph& graph,
                const OidSet& shallow, const git_oid& base,
                const git_oid& head, PaintedCommits* painted,
                std::vector<ScanError>* errors);

}  // namespace leakgate

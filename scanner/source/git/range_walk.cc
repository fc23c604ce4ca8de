// The paint-down of a range A..B, as git's rev-list does it: one queue
// holding both sides, newest first, each commit marked as reachable from
// the base (uninteresting) or only from the head. Popping a commit queues its
// parents with its mark; a commit reached from the base after it was taken
// for the range's passes the mark on down through what was already popped.
// The walk stops when no commit of the range is left in the queue, so
// HEAD~1..HEAD reads a handful of commits whatever the history's length.
//
// Order: topological level from the commit-graph when the commits are in it
// (exact: a commit is popped after every queued descendant), else committer
// date. Dates can lie (clock skew, equal seconds), so without levels the walk
// goes on while the queue still holds commits as new as the range's oldest,
// and then kSlop more, like git's SLOP; with levels it stops at once.

#include "source/git/range_walk.h"

#include <algorithm>
#include <climits>
#include <queue>

#include "source/git/tree_differ.h"

namespace leakgate {
namespace {

constexpr int kMaxTagDepth = 16;
constexpr int kSlop = 5;

struct Queued {
  uint32_t level;
  int64_t time;
  uint64_t seq;
  git_oid id;
};

// Highest level first, then newest, then first queued.
struct Older {
  bool operator()(const Queued& a, const Queued& b) const {
    if (a.level != b.level) return a.level < b.level;
    if (a.time != b.time) return a.time < b.time;
    return a.seq > b.seq;
  }
};

class Painter {
 public:
  Painter(GitObjectReader* reader, const CommitGraph& graph,
          const OidSet& shallow, PaintedCommits* painted)
      : reader_(reader), graph_(graph), shallow_(shallow), painted_(painted) {}

  void Run(const git_oid& base, const git_oid& head,
           std::vector<ScanError>* errors) {
    Reach(base, true);
    Reach(head, false);
    int slop = kSlop;
    while (!queue_.empty()) {
      if (interesting_queued_ == 0) {
        if (unlevelled_queued_ == 0) break;
        if (queue_.top().time < oldest_interesting_) {
          if (--slop == 0) break;
        } else {
          slop = kSlop;
        }
      }
      const Queued top = queue_.top();
      queue_.pop();
      PaintedCommit& commit = painted_->at(top.id);
      popped_.insert(top.id);
      if (top.level == kLevelInfinity) --unlevelled_queued_;
      if (!commit.uninteresting) {
        --interesting_queued_;
        oldest_interesting_ = std::min(oldest_interesting_, commit.time);
      }
      const bool mark = commit.uninteresting;
      const std::vector<git_oid> parents = commit.parents;
      for (const git_oid& parent : parents) Reach(parent, mark);
    }
    for (auto& [id, error] : read_errors_)
      if (painted_->at(id).uninteresting) errors->push_back(std::move(error));
  }

 private:
  // A parent (or an end of the range) reached with `uninteresting`.
  void Reach(const git_oid& id, bool uninteresting) {
    auto found = painted_->find(id);
    if (found == painted_->end()) {
      Enqueue(id, uninteresting);
    } else if (uninteresting && !found->second.uninteresting) {
      MarkUninteresting(id);
    }
  }

  // Reads a commit seen for the first time and queues it.
  void Enqueue(const git_oid& id, bool uninteresting) {
    PaintedCommit& commit = (*painted_)[id];
    commit.uninteresting = uninteresting;
    if (!Read(id, &commit)) return;  // no parents to follow
    commit.level = graph_.empty() ? kLevelInfinity : graph_.Level(id);
    queue_.push({commit.level, commit.time, seq_++, id});
    if (commit.level == kLevelInfinity) ++unlevelled_queued_;
    if (!uninteresting) ++interesting_queued_;
  }

  // The base reaches a commit already taken for the range: it and what was
  // popped below it are the base's too.
  void MarkUninteresting(const git_oid& start) {
    std::vector<git_oid> stack{start};
    while (!stack.empty()) {
      const git_oid id = stack.back();
      stack.pop_back();
      auto found = painted_->find(id);
      if (found == painted_->end()) {
        Enqueue(id, true);
        continue;
      }
      PaintedCommit& commit = found->second;
      if (commit.uninteresting) continue;
      commit.uninteresting = true;
      if (!popped_.count(id)) {
        if (commit.parsed) --interesting_queued_;
        continue;
      }
      for (const git_oid& parent : commit.parents) stack.push_back(parent);
    }
  }

  bool Read(git_oid id, PaintedCommit* commit) {
    const git_oid asked = id;
    std::string raw;
    std::string why;
    std::vector<ScanError> errors;
    for (int depth = 0; depth < kMaxTagDepth; ++depth) {
      GitType type;
      if (!ReadMetadata(reader_, id, &type, &raw, "", "commit (range base)",
                        &errors))
        break;
      ParsedTag tag;
      if (type == GitType::kTag && ParseTag(raw, &tag, &why)) {
        id = tag.target;  // malformed history; followed like the range walk
        continue;
      }
      ParsedCommit parsed;
      if (type != GitType::kCommit) {
        errors.push_back({"", OidHex(id), "not a commit (range base)"});
      } else if (!ParseCommit(raw, &parsed, &why)) {
        errors.push_back(
            {"", OidHex(id), "unparsable commit (range base): " + why});
      } else {
        commit->tree = parsed.tree;
        commit->time = parsed.time;
        if (!shallow_.count(asked)) commit->parents = std::move(parsed.parents);
        commit->parsed = true;
        return true;
      }
      break;
    }
    if (!errors.empty()) read_errors_.push_back({asked, errors.front()});
    return false;
  }

  GitObjectReader* reader_;
  const CommitGraph& graph_;
  const OidSet& shallow_;
  PaintedCommits* painted_;
  std::priority_queue<Queued, std::vector<Queued>, Older> queue_;
  OidSet popped_;
  std::vector<std::pair<git_oid, ScanError>> read_errors_;
  uint64_t seq_ = 0;
  size_t interesting_queued_ = 0;
  size_t unlevelled_queued_ = 0;
  int64_t oldest_interesting_ = INT64_MAX;
};

}  // namespace

void PaintRange(GitObjectReader* reader, const CommitGraph& graph,
                const OidSet& shallow, const git_oid& base,
                const git_oid& head, PaintedCommits* painted,
                std::vector<ScanError>* errors) {
  Painter painter(reader, graph, shallow, painted);
  painter.Run(base, head, errors);
}

}  // namespace leakgate

// One finding per (path, rule, secret) in a git scan: the oldest commit
// that introduced the secret at that path, and how often it recurs. Commit
// and tag messages fold the same way, keyed by their own names. Internal to
// the git source.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "leakgate/finding.h"
#include "source/git/git_history.h"

namespace leakgate {

// Ranks commits oldest first: time, then generation (commits made in the
// same second), then id; content reached from a ref to a tree or blob
// (kNoCommit) ranks last.
class CommitAge {
 public:
  explicit CommitAge(const GitPlan& plan);
  uint32_t operator()(uint32_t commit) const {
    return commit == kNoCommit ? UINT32_MAX : rank_[commit];
  }

 private:
  std::vector<uint32_t> rank_;
};

/// Fills `finding`'s git provenance: `commit` (its author and date) and the
/// blob id.
void AttachCommit(const GitPlan& plan, uint32_t commit, const std::string& blob,
                  Finding* finding);

// Each blob's introductions (path, commit), by blob.
class IntroductionsByBlob {
 public:
  explicit IntroductionsByBlob(const GitPlan& plan);
  /// Indexes into plan.introductions, in plan order.
  std::span<const uint32_t> of(uint32_t blob) const {
    return {index_.data() + first_[blob], first_[blob + 1] - first_[blob]};
  }

 private:
  std::vector<uint32_t> first_;
  std::vector<uint32_t> index_;
};

// One finding per (path, rule, secret): the oldest introduction wins (then
// the first line and column), and every introduction counts as an
// occurrence. Folded as blobs are scanned, so memory follows the findings
// reported, not every blob version that repeats them.
class OldestPerPath {
 public:
  OldestPerPath(const GitPlan& plan, const IntroductionsByBlob& intros,
                const CommitAge& age)
      : plan_(plan), intros_(intros), age_(age) {}

  /// Adds `finding`, found in `blob`, at each of the blob's introductions
  /// except those where `already_there` (range and staged scans) says the
  /// path held the secret before.
  void Add(uint32_t blob, const Finding& finding,
           const std::set<std::tuple<uint32_t, std::string, std::string>>*
               already_there = nullptr);

  /// Adds `finding`, found in message `message` of the plan: a message
  /// quoted by later commits (a stash's "WIP on …") is one finding, at the
  /// oldest commit.
  void AddMessage(uint32_t message, const Finding& finding);

  /// Appends the findings, their paths and provenance filled in (several
  /// workers' are then folded with FoldGitFindings).
  void Emit(std::vector<Finding>* out);

 private:
  using Key = std::tuple<uint32_t, std::string, std::string>;  // path, rule,
                                                               // fingerprint
  // (message name, rule, fingerprint): a file may be called
  // "(commit message)" too.
  using MessageKey = std::tuple<std::string, std::string, std::string>;
  struct Best {
    Finding finding;
    uint32_t blob = 0;
    uint32_t commit = kNoCommit;
    uint64_t occurrences = 0;
  };

  // Keeps the older of `best` and (`finding`, `blob`, `commit`), counting it.
  void Fold(Best* best, bool added, const Finding& finding, uint32_t blob,
            uint32_t commit) const;
  // Whether `finding` at `commit` in `blob` is older than `best` (then first
  // by line and column, then blob id).
  bool Older(uint32_t commit, const Finding& finding, uint32_t blob,
             const Best& best) const;

  const GitPlan& plan_;
  const IntroductionsByBlob& intros_;
  const CommitAge& age_;
  std::map<Key, Best> best_;
  std::map<MessageKey, Best> messages_;
};

}  // namespace leakgate

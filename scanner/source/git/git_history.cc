// The git history walk: refs → commits → the blobs each commit introduced.
//
// Commits are walked per ref with one visited set, reading raw objects and
// parsing them here, so a missing parent, a commit that does not parse or a
// broken ref is one error entry and the walk goes on (a single git_revwalk
// stops at the first broken parent). Commits listed in `shallow` are roots.
// Replace refs and grafts are not honoured: what a commit object says is what
// is walked, and refs/replace/* are scanned as refs like any other.
//
// A range A..B walks B's side only, down to where range_walk.cc's
// paint-down found the base's side begins. What each commit introduced is
// tree_differ.cc's job.

#include "source/git/git_history.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "source/git/commit_graph.h"
#include "source/git/range_walk.h"
#include "source/git/staged_walk.h"
#include "source/git/tree_differ.h"

namespace leakgate {
namespace {

constexpr int kMaxTagDepth = 16;
// Below this many commits per thread, diffing in parallel is not worth a
// repository handle per thread.
constexpr size_t kMinCommitsPerThread = 256;

std::string LastGitError() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown libgit2 error";
}

class PlanBuilder {
 public:
  PlanBuilder(const GitRepository& repo, const ScanOptions& options,
              GitPlan* plan)
      : repo_(repo),
        options_(options),
        plan_(plan),
        reader_(repo.odb(), repo.objects_dir(), repo.packs(),
                kMaxMetadataBytes),
        differ_(repo, options) {}

  bool Build(std::string* err) {
    ReadShallow();
    CheckAlternates();
    switch (options_.git.mode) {
      case GitMode::kAllRefs:
        return AllRefs(err);
      case GitMode::kStaged:
        return Staged(err);
      case GitMode::kRange:
        return Range(err);
    }
    return false;
  }

 private:
  bool Cancelled() const { return options_.cancel && options_.cancel->load(); }

  void Error(const std::string& path, const git_oid* id,
             const std::string& message) {
    plan_->errors.push_back({path, id ? OidHex(*id) : "", message});
  }

  // --- objects ---------------------------------------------------------------

  bool ReadObject(const git_oid& id, GitType* type, std::string* data,
                  const std::string& path, const std::string& what) {
    return ReadMetadata(&reader_, id, type, data, path, what, &plan_->errors);
  }

  uint32_t Intern(const std::string& path) {
    auto [it, added] =
        path_ids_.emplace(path, static_cast<uint32_t>(plan_->paths.size()));
    if (added) plan_->paths.push_back(path);
    return it->second;
  }

  uint32_t BlobIndex(const git_oid& blob) {
    auto [it, added] =
        blob_ids_.emplace(blob, static_cast<uint32_t>(plan_->blobs.size()));
    if (added) plan_->blobs.push_back(blob);
    return it->second;
  }

  // `previous`: the blobs at this path in the parents (range and staged
  // scans only), so that a secret that was already there is not new.
  void Introduce(const git_oid& blob, const std::string& path, uint32_t commit,
                 const std::vector<git_oid>& previous = {}) {
    if (differ_.Excluded(path)) return;
    const uint32_t index = BlobIndex(blob);
    const uint32_t introduction =
        static_cast<uint32_t>(plan_->introductions.size());
    plan_->introductions.push_back({index, Intern(path), commit});
    for (const git_oid& old : previous)
      plan_->previous.push_back({introduction, BlobIndex(old)});
  }

  // Numbers what a differ found, in its order, and takes its errors.
  void Collect(TreeDiffer* differ) {
    for (RawIntroduction& raw : differ->introductions)
      Introduce(raw.blob, raw.path, raw.commit, raw.previous);
    differ->introductions.clear();
    // Threads, or one thread after its cache was cleared, may each meet the
    // same broken object: name it once.
    for (ScanError& error : differ->errors)
      if (reported_
              .insert(error.object + ' ' + error.path + ' ' + error.message)
              .second)
        plan_->errors.push_back(std::move(error));
    differ->errors.clear();
    for (std::string& warning : differ->warnings)
      if (reported_.insert(warning).second)
        plan_->warnings.push_back(std::move(warning));
    differ->warnings.clear();
    for (const std::string& path : differ->gitlinks)
      if (gitlinks_.insert(path).second)
        plan_->skipped.push_back(
            {path, "submodule (gitlink): not part of this repository"});
    differ->gitlinks.clear();
  }

  // --- commits ---------------------------------------------------------------

  struct CommitNode {
    uint32_t index;
    git_oid tree;
    std::vector<git_oid> parents;
    bool parsed;
  };

  void ReadShallow() {
    std::ifstream in(repo_.common_dir() + "/shallow");
    std::string line;
    while (std::getline(in, line)) {
      git_oid id;
      if (line.size() >= GIT_OID_HEXSZ &&
          git_oid_fromstrn(&id, line.data(), GIT_OID_HEXSZ) == 0)
        shallow_.insert(id);
    }
  }

  void CheckAlternates() {
    std::ifstream in(repo_.objects_dir() + "/info/alternates");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      plan_->warnings.push_back(
          "objects/info/alternates names " + line +
          ": objects there were read as part of this repository");
    }
  }

  // Walks the commits reachable from `start`, not entering `stop`, adding
  // each new one to `nodes_` and `order`. Errors name the commit and the
  // walk goes on with the rest.
  void WalkCommits(const git_oid& start, const std::string& ref,
                   const OidSet* stop, std::vector<git_oid>* order) {
    std::vector<std::pair<git_oid, std::string>> stack{{start, ref}};
    std::string raw;
    while (!stack.empty() && !Cancelled()) {
      auto [id, via] = stack.back();
      stack.pop_back();
      if (stop && stop->count(id)) continue;
      if (nodes_.count(id)) continue;
      CommitNode node{kNoCommit, {}, {}, false};
      GitType type;
      if (!ReadObject(id, &type, &raw, "", "commit (" + via + ")")) {
        nodes_.emplace(id, node);
        continue;
      }
      if (type == GitType::kTag) {
        // A tag reached through a parent line is malformed; follow it anyway.
        ParsedTag tag;
        std::string why;
        if (ParseTag(raw, &tag, &why)) stack.push_back({tag.target, via});
        continue;
      }
      if (type != GitType::kCommit) {
        Error("", &id, "not a commit (" + via + ")");
        nodes_.emplace(id, node);
        continue;
      }
      ParsedCommit commit;
      std::string why;
      if (!ParseCommit(raw, &commit, &why)) {
        Error("", &id, "unparsable commit (" + via + "): " + why);
        nodes_.emplace(id, node);
        continue;
      }
      node.tree = commit.tree;
      node.parsed = true;
      if (!shallow_.count(id)) node.parents = commit.parents;
      node.index = static_cast<uint32_t>(plan_->commits.size());
      plan_->commits.push_back({id, commit.author, commit.email, commit.time});
      if (!commit.message.empty())
        plan_->messages.push_back(
            {std::string(commit.message), "(commit message)", node.index});
      for (auto it = node.parents.rbegin(); it != node.parents.rend(); ++it)
        stack.push_back({*it, "parent of " + OidHex(id)});
      nodes_.emplace(id, std::move(node));
      order->push_back(id);
    }
  }

  // Generation numbers for the recorded commits (iterative: histories are
  // deeper than any stack). A parent still being numbered closes a cycle,
  // which only a forged object id can make, and is left out.
  void NumberGenerations() {
    std::unordered_map<git_oid, uint32_t, OidHash, OidEqual> generation;
    std::unordered_set<git_oid, OidHash, OidEqual> numbering;
    auto pending = [&](const git_oid& id) {
      return !generation.count(id) && !numbering.count(id);
    };
    for (const auto& [start, unused] : nodes_) {
      std::vector<std::pair<git_oid, bool>> stack{{start, false}};
      while (!stack.empty()) {
        auto [id, expanded] = stack.back();
        stack.pop_back();
        if (!expanded && !pending(id)) continue;
        auto node = nodes_.find(id);
        if (node == nodes_.end()) {
          generation[id] = 0;
          continue;
        }
        if (!expanded) {
          numbering.insert(id);
          stack.push_back({id, true});
          for (const git_oid& parent : node->second.parents)
            if (pending(parent)) stack.push_back({parent, false});
          continue;
        }
        numbering.erase(id);
        uint32_t highest = 0;
        for (const git_oid& parent : node->second.parents) {
          auto it = generation.find(parent);
          if (it != generation.end()) highest = std::max(highest, it->second);
        }
        generation[id] = highest + 1;
        if (node->second.index != kNoCommit)
          plan_->commits[node->second.index].generation = highest + 1;
      }
    }
  }

  // Diffs each commit against its parents, the commits split in contiguous
  // runs over up to options_.threads threads, each with its own repository
  // handle and caches; the results are numbered in commit order, so the
  // plan does not depend on the thread count.
  void IntroduceCommits(const std::vector<git_oid>& order) {
    NumberGenerations();
    auto diff_run = [&](TreeDiffer* differ, size_t begin, size_t end) {
      for (size_t i = begin; i < end && !Cancelled(); ++i) {
        const CommitNode& node = nodes_.at(order[i]);
        std::vector<git_oid> parent_trees;
        for (const git_oid& parent : node.parents) {
          auto it = nodes_.find(parent);
          if (it != nodes_.end() && it->second.parsed)
            parent_trees.push_back(it->second.tree);
        }
        differ->IntroducedBy(node.tree, parent_trees, node.index);
      }
    };
    const size_t threads = std::clamp<size_t>(
        std::min<size_t>(options_.threads, order.size() / kMinCommitsPerThread),
        1, 64);
    if (threads == 1) {
      diff_run(&differ_, 0, order.size());
      Collect(&differ_);
      return;
    }
    std::vector<std::unique_ptr<GitRepository>> handles;
    std::vector<std::unique_ptr<TreeDiffer>> differs;
    for (size_t t = 0; t < threads; ++t) {
      handles.push_back(std::make_unique<GitRepository>());
      std::string err;
      if (!handles.back()->Reopen(repo_, &err)) {
        Error("", nullptr, "cannot open the repository again: " + err);
        diff_run(&differ_, 0, order.size());
        Collect(&differ_);
        return;
      }
      differs.push_back(
          std::make_unique<TreeDiffer>(*handles.back(), options_));
    }
    std::vector<std::thread> pool;
    for (size_t t = 0; t < threads; ++t)
      pool.emplace_back(diff_run, differs[t].get(), order.size() * t / threads,
                        order.size() * (t + 1) / threads);
    for (std::thread& thread : pool) thread.join();
    for (auto& differ : differs) Collect(differ.get());
  }

  // Follows tags from a ref's target; returns what it ends at.
  bool Peel(git_oid id, const std::string& ref, git_oid* target,
            GitType* type) {
    std::string raw;
    for (int depth = 0; depth < kMaxTagDepth; ++depth) {
      if (!ReadObject(id, type, &raw, ref, "object named by the ref"))
        return false;
      if (*type != GitType::kTag) {
        *target = id;
        return true;
      }
      ParsedTag tag;
      std::string why;
      if (!ParseTag(raw, &tag, &why)) {
        Error(ref, &id, "unparsable tag: " + why);
        return false;
      }
      if (!tag.message.empty())
        plan_->messages.push_back(
            {std::string(tag.message), "(tag message " + ref + ")", kNoCommit});
      id = tag.target;
    }
    Error(ref, &id, "tags nested too deep");
    return false;
  }

  bool AllRefs(std::string* err) {
    std::vector<std::pair<std::string, git_oid>> roots;
    git_reference_iterator* it = nullptr;
    if (git_reference_iterator_new(&it, repo_.get()) != 0) {
      *err = "cannot list refs: " + LastGitError();
      return false;
    }
    std::vector<std::string> names;
    git_reference* ref = nullptr;
    int rc;
    while ((rc = git_reference_next(&ref, it)) == 0) {
      names.push_back(git_reference_name(ref));
      git_reference_free(ref);
    }
    git_reference_iterator_free(it);
    if (rc != GIT_ITEROVER)
      Error("(refs)", nullptr, "cannot list every ref: " + LastGitError());
    names.push_back("HEAD");
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      git_oid id;
      if (git_reference_name_to_id(&id, repo_.get(), name.c_str()) != 0) {
        if (name == "HEAD") continue;  // unborn: nothing committed yet
        Error(name, nullptr, "broken ref: " + LastGitError());
        continue;
      }
      roots.push_back({name, id});
    }

    std::vector<git_oid> order;
    for (const auto& [name, id] : roots) {
      if (Cancelled()) break;
      git_oid target;
      GitType type;
      if (!Peel(id, name, &target, &type)) continue;
      switch (type) {
        case GitType::kCommit:
          WalkCommits(target, name, nullptr, &order);
          break;
        case GitType::kTree:
          differ_.IntroducedBy(target, {}, kNoCommit);
          Collect(&differ_);
          break;
        case GitType::kBlob:
          Introduce(target, name, kNoCommit);
          break;
        default:
          Error(name, &target,
                "ref points to an object that is not a commit, tree or blob");
      }
    }
    IntroduceCommits(order);
    if (!shallow_.empty())
      plan_->warnings.push_back("shallow clone: history before " +
                                std::to_string(shallow_.size()) +
                                " boundary commit(s) was not scanned");
    return true;
  }

  // The index against HEAD's tree: staged_walk.cc.
  bool Staged(std::string* err) {
    std::vector<StagedChange> changes;
    if (!StagedChanges(repo_, &reader_, &changes, &plan_->errors, err))
      return false;
    for (const StagedChange& change : changes) {
      std::vector<git_oid> previous;
      if (change.previous) previous.push_back(*change.previous);
      Introduce(change.blob, change.path, kNoCommit, previous);
    }
    return true;
  }

  bool Resolve(const std::string& spec, git_oid* id, std::string* err) {
    git_object* object = nullptr;
    git_object* commit = nullptr;
    const std::string rev = spec.empty() ? "HEAD" : spec;
    if (git_revparse_single(&object, repo_.get(), rev.c_str()) != 0 ||
        git_object_peel(&commit, object, GIT_OBJECT_COMMIT) != 0) {
      *err = "cannot resolve " + rev + ": " + LastGitError() +
             (shallow_.empty()
                  ? ""
                  : " (this is a shallow clone: fetch the base commit, "
                    "e.g. fetch-depth: 0 in actions/checkout)");
      git_object_free(object);
      return false;
    }
    *id = *git_object_id(commit);
    git_object_free(commit);
    git_object_free(object);
    return true;
  }

  bool Range(std::string* err) {
    const std::string& range = options_.git.range;
    size_t dots = range.find("..");
    if (dots == std::string::npos || range.find("...") != std::string::npos) {
      *err = "--range takes A..B, got '" + range + "'";
      return false;
    }
    git_oid base, head;
    if (!Resolve(range.substr(0, dots), &base, err) ||
        !Resolve(range.substr(dots + 2), &head, err))
      return false;
    // The paint-down (range_walk.cc) finds where the base's side begins;
    // the head is then walked up to there.
    CommitGraph graph;
    graph.Open(repo_.objects_dir());
    PaintedCommits painted;
    PaintRange(&reader_, graph, shallow_, base, head, &painted,
               &plan_->errors);
    OidSet hidden;
    std::unordered_map<git_oid, CommitNode, OidHash, OidEqual> base_nodes;
    for (const auto& [id, commit] : painted) {
      if (!commit.uninteresting) continue;
      hidden.insert(id);
      base_nodes.emplace(
          id, CommitNode{kNoCommit, commit.tree, commit.parents, commit.parsed});
    }
    std::vector<git_oid> order;
    WalkCommits(head, "range head", &hidden, &order);
    for (auto& [id, node] : base_nodes) nodes_.emplace(id, node);
    IntroduceCommits(order);
    return true;
  }

  const GitRepository& repo_;
  const ScanOptions& options_;
  GitPlan* plan_;
  GitObjectReader reader_;
  TreeDiffer differ_;
  std::unordered_set<git_oid, OidHash, OidEqual> shallow_;
  std::unordered_map<git_oid, CommitNode, OidHash, OidEqual> nodes_;
  std::unordered_map<git_oid, uint32_t, OidHash, OidEqual> blob_ids_;
  std::unordered_map<std::string, uint32_t> path_ids_;
  std::set<std::string> gitlinks_;
  std::unordered_set<std::string> reported_;
};

}  // namespace

bool BuildGitPlan(const GitRepository& repo, const ScanOptions& options,
                  GitPlan* plan, std::string* err) {
  PlanBuilder builder(repo, options, plan);
  return builder.Build(err);
}

}  // namespace leakgate

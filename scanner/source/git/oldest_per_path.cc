// The workers' half of the oldest-per-path fold: each worker folds the
// findings of the blobs it scanned onto every (path, commit) that introduced
// the blob, keyed by plan indices (cheap while blobs stream by). Emit turns
// the fold into findings with their provenance filled in; FoldGitFindings
// (fold_findings.cc) then folds those across workers and shards.

#include "source/git/oldest_per_path.h"

#include <algorithm>
#include <string_view>

namespace leakgate {

void AttachCommit(const GitPlan& plan, uint32_t commit, const std::string& blob,
                  Finding* finding) {
  finding->has_git = true;
  finding->git.blob = blob;
  if (commit == kNoCommit) return;
  const GitCommitInfo& info = plan.commits[commit];
  finding->git.commit = OidHex(info.id);
  finding->git.author = info.author;
  finding->git.email = info.email;
  finding->git.date = FormatTime(info.time);
  finding->git.time = info.time;
  finding->git.generation = info.generation;
}

CommitAge::CommitAge(const GitPlan& plan) : rank_(plan.commits.size()) {
  std::vector<uint32_t> order(plan.commits.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](uint32_t i) {
    const GitCommitInfo& info = plan.commits[i];
    return std::make_tuple(
        info.time, info.generation,
        std::string_view(reinterpret_cast<const char*>(info.id.id),
                         GIT_OID_RAWSZ));
  };
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  for (uint32_t r = 0; r < order.size(); ++r) rank_[order[r]] = r;
}

IntroductionsByBlob::IntroductionsByBlob(const GitPlan& plan)
    : first_(plan.blobs.size() + 1, 0), index_(plan.introductions.size()) {
  for (const GitIntroduction& intro : plan.introductions)
    ++first_[intro.blob + 1];
  for (size_t b = 1; b < first_.size(); ++b) first_[b] += first_[b - 1];
  std::vector<uint32_t> next(first_.begin(), first_.end() - 1);
  for (uint32_t i = 0; i < plan.introductions.size(); ++i)
    index_[next[plan.introductions[i].blob]++] = i;
}

void OldestPerPath::Add(
    uint32_t blob, const Finding& finding,
    const std::set<std::tuple<uint32_t, std::string, std::string>>*
        already_there) {
  for (uint32_t i : intros_.of(blob)) {
    if (already_there &&
        already_there->count({i, finding.rule, finding.fingerprint}))
      continue;
    const GitIntroduction& intro = plan_.introductions[i];
    auto [it, added] = best_.try_emplace(
        Key{intro.path, finding.rule, finding.fingerprint});
    Fold(&it->second, added, finding, blob, intro.commit);
  }
}

void OldestPerPath::AddMessage(uint32_t message, const Finding& finding) {
  const GitMessage& text = plan_.messages[message];
  auto [it, added] = messages_.try_emplace(
      MessageKey{text.path, finding.rule, finding.fingerprint});
  Fold(&it->second, added, finding, 0, text.commit);
}

void OldestPerPath::Fold(Best* best, bool added, const Finding& finding,
                         uint32_t blob, uint32_t commit) const {
  best->occurrences += 1;
  if (!added && !Older(commit, finding, blob, *best)) return;
  best->finding = finding;
  best->blob = blob;
  best->commit = commit;
}

void OldestPerPath::Emit(std::vector<Finding>* out) {
  for (auto& [key, best] : best_) {
    Finding& finding = best.finding;
    finding.location.path = plan_.paths[std::get<0>(key)];
    finding.occurrences = best.occurrences;
    AttachCommit(plan_, best.commit, OidHex(plan_.blobs[best.blob]), &finding);
    out->push_back(std::move(finding));
  }
  for (auto& [key, best] : messages_) {
    best.finding.occurrences = best.occurrences;
    AttachCommit(plan_, best.commit, "", &best.finding);
    out->push_back(std::move(best.finding));
  }
  best_.clear();
  messages_.clear();
}

// The order of GitOlder (fold_findings.cc), on plan indices.
bool OldestPerPath::Older(uint32_t commit, const Finding& finding,
                          uint32_t blob, const Best& best) const {
  const auto ours = std::make_tuple(
      age_(commit), finding.location.line, finding.location.column,
      finding.location.end_line, finding.location.end_column);
  const auto theirs = std::make_tuple(
      age_(best.commit), best.finding.location.line,
      best.finding.location.column, best.finding.location.end_line,
      best.finding.location.end_column);
  if (ours != theirs) return ours < theirs;
  return git_oid_cmp(&plan_.blobs[blob], &plan_.blobs[best.blob]) < 0;
}

}  // namespace leakgate

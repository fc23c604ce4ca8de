// The one fold of git findings to one per secret and path: what each
// worker collected, what each shard reported, folded by the same rule. A
// finding's git provenance carries the commit's time and generation, so
// "oldest" needs no plan: any two candidates compare on their own. The
// workers' fold (oldest_per_path.cc) ranks commits in the same order
// (time, generation, id; content reached without a commit last) and breaks
// ties the same way (line, column, end, then blob id), so folding per
// worker, then across workers or shards, gives one answer whatever the
// split.

#include <algorithm>
#include <map>
#include <tuple>

#include "leakgate/git_source.h"

namespace leakgate {
namespace {

auto AgeKey(const Finding& f) {
  return std::make_tuple(f.git.commit.empty(), f.git.time, f.git.generation,
                         std::cref(f.git.commit), f.location.line,
                         f.location.column, f.location.end_line,
                         f.location.end_column, std::cref(f.git.blob));
}

}  // namespace

bool GitOlder(const Finding& a, const Finding& b) {
  return AgeKey(a) < AgeKey(b);
}

void FoldGitFindings(std::vector<Finding>* findings) {
  // A message has no blob: "(commit message)" may also be a file's name.
  using Key = std::tuple<bool, std::string, std::string, std::string,
                         std::string>;
  std::map<Key, Finding> best;
  for (Finding& finding : *findings) {
    Key key{finding.git.blob.empty(), finding.repository,
            finding.location.path, finding.rule, finding.fingerprint};
    auto [it, added] = best.try_emplace(std::move(key), std::move(finding));
    if (added) continue;
    Finding& kept = it->second;
    const uint64_t occurrences = kept.occurrences + finding.occurrences;
    if (GitOlder(finding, kept)) kept = std::move(finding);
    kept.occurrences = occurrences;
  }
  findings->clear();
  findings->reserve(best.size());
  for (auto& [key, finding] : best) findings->push_back(std::move(finding));
}

}  // namespace leakgate

// Linking the two halves of a credential (an AWS key ID and its secret key)
// so that a reader sees one credential in two findings.
//
// For each finding of a rule with a nearby anchor, the partner is the anchor
// finding closest in lines, the one before it on a tie. Anchors are sorted
// once and found by binary search: a file of 100,000 pairs links in
// n log n.

#include <algorithm>
#include <tuple>

#include "leakgate/finding.h"

namespace leakgate {

void LinkRelated(const RuleSet& rules, std::vector<Finding>* findings) {
  std::vector<Finding>& all = *findings;
  auto position = [&](size_t i) {
    return std::make_tuple(all[i].location.line, all[i].location.column);
  };
  for (size_t anchor_rule = 0; anchor_rule < rules.size(); ++anchor_rule) {
    std::vector<size_t> anchors;
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i].rule_index == static_cast<int>(anchor_rule))
        anchors.push_back(i);
    if (anchors.empty()) continue;
    std::sort(anchors.begin(), anchors.end(),
              [&](size_t a, size_t b) { return position(a) < position(b); });

    for (Finding& secret : all) {
      const Rule& rule = rules.rule(static_cast<size_t>(secret.rule_index));
      if (!rule.has_nearby || rules.IndexOf(rule.nearby.anchor_rule) !=
                                  static_cast<int>(anchor_rule))
        continue;
      const uint64_t line = secret.location.line;
      auto after = std::lower_bound(
          anchors.begin(), anchors.end(),
          std::make_tuple(line, secret.location.column),
          [&](size_t a, const auto& key) { return position(a) < key; });
      Finding* partner = nullptr;
      uint64_t best = static_cast<uint64_t>(rule.nearby.lines) + 1;
      if (after != anchors.begin()) {
        Finding& before = all[*(after - 1)];
        uint64_t distance = line - before.location.line;
        if (distance < best) best = distance, partner = &before;
      }
      if (after != anchors.end()) {
        Finding& next = all[*after];
        uint64_t distance = next.location.line - line;
        if (distance < best) partner = &next;
      }
      if (!partner) continue;
      secret.related.push_back(
          {partner->rule, partner->fingerprint, partner->location.line});
      partner->related.push_back(
          {secret.rule, secret.fingerprint, secret.location.line});
    }
  }
}

}  // namespace leakgate

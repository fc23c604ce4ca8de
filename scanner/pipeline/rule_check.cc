// Rule self-tests: each rule compiled alone in both engines (so a failure
// names its rule), then each example scanned by the real engine, so an
// example passes only if the prefilter, the confirm window and the decoy
// lists all agree.

#include "leakgate/rule_check.h"

#include <algorithm>

#include "leakgate/blob_scanner.h"

namespace leakgate {
namespace {

bool HasRule(const std::vector<Finding>& findings, const std::string& id) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.rule == id; });
}

void CheckRegexes(const Rule& rule, std::vector<RuleCheckFailure>* failures) {
  unsigned min_width = 0, max_width = 0;
  std::string err;
  if (!HsDatabase::CheckPattern(rule.pattern, &min_width, &max_width, &err))
    failures->push_back({rule.id, "Hyperscan pattern: " + err});
  std::vector<std::pair<std::string, std::string>> regexes{
      {"confirm", rule.confirm}};
  for (const std::string& allow : rule.allow)
    regexes.push_back({"allow", allow});
  if (rule.has_nearby)
    regexes.push_back({"nearby.confirm", rule.nearby.confirm});
  for (const auto& [what, pattern] : regexes) {
    Regex regex;
    if (!Regex::Compile(pattern, &regex, &err))
      failures->push_back({rule.id, "PCRE2 " + what + ": " + err});
    else if (what != "allow" && regex.GroupNumber("secret") < 0)
      failures->push_back({rule.id, "PCRE2 " + what + ": no group 'secret'"});
  }
}

}  // namespace

size_t CheckRules(const Engine& engine,
                  std::vector<RuleCheckFailure>* failures) {
  size_t examples = 0;
  for (const Rule& rule : engine.rules.rules()) {
    CheckRegexes(rule, failures);
    for (const std::string& example : rule.positive_examples) {
      ++examples;
      if (!HasRule(ScanText(engine, example, "example", false), rule.id))
        failures->push_back(
            {rule.id, "positive example not found: " + example});
    }
    for (const std::string& example : rule.negative_examples) {
      ++examples;
      if (HasRule(ScanText(engine, example, "example", false), rule.id))
        failures->push_back({rule.id, "negative example reported: " + example});
    }
  }
  return examples;
}

}  // namespace leakgate

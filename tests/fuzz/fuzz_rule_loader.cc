// LoadRuleSet over arbitrary TOML: an error with a message, or rules that
// hold everything the loader promises the later stages.
//
// Input: rule file text; a NUL byte splits it into two files, so that ids
// and nearby anchors across files are exercised too.

#include <set>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "leakgate/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leakgate;
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<RuleFile> files;
  const size_t nul = text.find('\0');
  if (nul == std::string::npos) {
    files.push_back({"fuzz.toml", text});
  } else {
    files.push_back({"a.toml", text.substr(0, nul)});
    files.push_back({"b.toml", text.substr(nul + 1)});
  }

  RuleSet rules;
  std::string err;
  if (!LoadRuleSet(files, &rules, &err)) {
    FUZZ_CHECK(!err.empty());
    return 0;
  }
  FUZZ_CHECK(rules.size() > 0);
  FUZZ_CHECK(rules.digest().rfind("sha256:", 0) == 0 &&
             rules.digest().size() == 7 + 64);
  std::set<std::string> ids;
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules.rule(i);
    FUZZ_CHECK(!rule.id.empty() && ids.insert(rule.id).second);
    FUZZ_CHECK(rules.IndexOf(rule.id) == static_cast<int>(i));
    FUZZ_CHECK(!rule.name.empty() && !rule.pattern.empty());
    FUZZ_CHECK(rule.confirm.find("<secret>") != std::string::npos);
    FUZZ_CHECK(rule.lookbehind >= 1 && rule.lookbehind <= 16384);
    FUZZ_CHECK(rule.lookahead >= 0 && rule.lookahead <= 16384);
    FUZZ_CHECK(!rule.guidance.summary.empty() && !rule.guidance.steps.empty());
    for (const GuidanceVariant& variant : rule.guidance_variants)
      FUZZ_CHECK(!variant.prefix.empty() && !variant.guidance.steps.empty());
    FUZZ_CHECK(!rule.positive_examples.empty());
    if (rule.has_nearby) {
      FUZZ_CHECK(rule.nearby.lines > 0);
      FUZZ_CHECK(rules.IndexOf(rule.nearby.anchor_rule) >= 0);
    }
    FUZZ_CHECK(rule.source_file == "fuzz.toml" || rule.source_file == "a.toml" ||
               rule.source_file == "b.toml");
    // What the guidance shown for a secret is always one of the rule's own.
    const Guidance& shown = rule.GuidanceFor(rule.positive_examples[0]);
    bool own = &shown == &rule.guidance;
    for (const GuidanceVariant& variant : rule.guidance_variants)
      own = own || &shown == &variant.guidance;
    FUZZ_CHECK(own);
  }
  FUZZ_CHECK(rules.MaxContext() <= 2 * 16384);
  FUZZ_CHECK(rules.IndexOf("") == -1);
  return 0;
}

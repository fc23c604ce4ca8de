#include <gtest/gtest.h>

#include "leakgate/rule.h"
#include "leakgate/rule_check.h"
#include "unit/test_engine.h"

namespace leakgate {
namespace {

const char kValidRule[] = R"(
[[rule]]
id = "demo-token"
name = "Demo token"
severity = "high"
pattern = '''demo_[a-z0-9]{20}'''
confirm = '''\b(?<secret>demo_[a-z0-9]{20})\b'''
[rule.guidance]
summary = "Revoke it."
steps = ["Revoke {secret}."]
[rule.examples]
positive = ["t = demo_abcdefghij0123456789"]
negative = ["t = demo_short"]
)";

std::string Load(const std::string& text) {
  RuleSet rules;
  std::string err;
  return LoadRuleSet({{"demo.toml", text}}, &rules, &err) ? "" : err;
}

std::string Replace(std::string text, const std::string& from,
                    const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(RuleLoaderTest, LoadsAValidRule) {
  RuleSet rules;
  std::string err;
  ASSERT_TRUE(LoadRuleSet({{"demo.toml", kValidRule}}, &rules, &err)) << err;
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules.rule(0).lookbehind, 25);  // the pattern's maximum width
  EXPECT_EQ(rules.rule(0).lookahead, 64);
  EXPECT_EQ(rules.IndexOf("demo-token"), 0);
}

TEST(RuleLoaderTest, NamesTheFileAndRuleInErrors) {
  EXPECT_EQ(
      Load(Replace(kValidRule, "severity = \"high\"", "severity = \"huge\"")),
      "demo.toml: rule demo-token: severity must be one of info, low, "
      "medium, high, critical");
  EXPECT_EQ(Load(Replace(kValidRule, "(?<secret>", "(")),
            "demo.toml: rule demo-token: confirm has no named group 'secret'");
  EXPECT_EQ(Load(Replace(kValidRule, "[a-z0-9]{20}'''\nconfirm",
                         "[a-z0-9]+'''\nconfirm")),
            "demo.toml: rule demo-token: pattern has no bounded width; set "
            "lookbehind");
  EXPECT_NE(Load(Replace(kValidRule, "demo_[a-z0-9]{20}'''\nconfirm",
                         "demo_(a)\\1'''\nconfirm"))
                .find("demo.toml: rule demo-token: pattern: "),
            std::string::npos);
  EXPECT_EQ(Load(std::string(kValidRule) + kValidRule),
            "demo.toml: duplicate rule id demo-token");
  EXPECT_NE(Load("[[rule]\nid=").find("demo.toml:1:"), std::string::npos);
}

TEST(RuleCheckTest, EveryEmbeddedRuleCompilesAndPassesItsExamples) {
  std::vector<RuleCheckFailure> failures;
  size_t examples = CheckRules(testing::EmbeddedEngine(), &failures);
  EXPECT_GE(examples, 20u);
  for (const RuleCheckFailure& failure : failures)
    ADD_FAILURE() << failure.rule << ": " << failure.message;
}

TEST(RuleCheckTest, ReportsAFailingExample) {
  Engine engine;
  std::string err;
  ASSERT_TRUE(BuildEngine({{"demo.toml", Replace(kValidRule, "demo_short",
                                                 "demo_zzzzzzzzzz0123456789")}},
                          &engine, &err))
      << err;
  std::vector<RuleCheckFailure> failures;
  CheckRules(engine, &failures);
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].rule, "demo-token");
}

TEST(RuleSetTest, EveryRuleHasGuidanceAndThreeExamplesBothWays) {
  EXPECT_GE(testing::EmbeddedEngine().rules.size(), 20u);
  for (const Rule& rule : testing::EmbeddedEngine().rules.rules()) {
    EXPECT_FALSE(rule.guidance.summary.empty()) << rule.id;
    EXPECT_FALSE(rule.guidance.steps.empty()) << rule.id;
    EXPECT_FALSE(rule.guidance.links.empty()) << rule.id;
    EXPECT_GE(rule.positive_examples.size(), 3u) << rule.id;
    EXPECT_GE(rule.negative_examples.size(), 3u) << rule.id;
  }
}

}  // namespace
}  // namespace leakgate

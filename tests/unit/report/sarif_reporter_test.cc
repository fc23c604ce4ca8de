// The SARIF reporter against its golden file, byte for byte, and the parts of
// its contract that a golden file shows only by example: levels, URIs,
// clipping and escaping. The schema itself is checked by tests/e2e.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "leakgate/reporter.h"
#include "unit/report/fixed_result.h"

namespace leakgate {
namespace {

using testing::FixedResult;
using testing::Golden;

const ReportContext kContext{"0.1.0", "sha256:feed", false};

nlohmann::json Render(const ScanResult& result) {
  return nlohmann::json::parse(MakeReporter("sarif", kContext)->Render(result));
}

// One finding of `severity` at `path`.
ScanResult OneFinding(Severity severity, const std::string& path) {
  ScanResult result;
  Finding finding = FixedResult().findings[0];
  finding.severity = severity;
  finding.location.path = path;
  result.findings = {finding};
  return result;
}

// FixedResult plus a second finding of the first rule, from git history, in
// a path that needs percent-encoding, and a warning.
ScanResult GoldenResult() {
  ScanResult result = FixedResult();
  Finding old = result.findings[0];
  old.location = {"deploy/old creds.txt", 3, 1, 3, 21};
  old.related.clear();
  old.has_git = true;
  old.git = {"0123456789abcdef0123456789abcdef01234567",
             "Leak Gate",
             "leak@example.com",
             "2026-01-02T03:04:05Z",
             "89abcdef0123456789abcdef0123456789abcdef",
             true};
  old.occurrences = 3;
  result.findings.push_back(old);
  result.warnings = {
      "shallow clone: history before 1 boundary commit was not scanned"};
  return result;
}

TEST(SarifReporterTest, MatchesGolden) {
  std::string out = MakeReporter("sarif", kContext)->Render(GoldenResult());
  EXPECT_EQ(out, Golden("report.sarif", out));
}

TEST(SarifReporterTest, OneRuleDescriptorPerRuleAndResultsInOrder) {
  nlohmann::json run = Render(GoldenResult())["runs"][0];
  const nlohmann::json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["id"], "aws-access-key-id");
  EXPECT_EQ(rules[1]["id"], "aws-secret-access-key");
  const nlohmann::json& results = run["results"];
  ASSERT_EQ(results.size(), 3u);
  const char* expected[][2] = {{"aws-access-key-id", "config/.env"},
                               {"aws-secret-access-key", "config/.env"},
                               {"aws-access-key-id", "deploy/old%20creds.txt"}};
  for (size_t i = 0; i < results.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(results[i]["ruleId"], expected[i][0]);
    EXPECT_EQ(rules[results[i]["ruleIndex"].get<size_t>()]["id"],
              expected[i][0]);
    EXPECT_EQ(results[i]["locations"][0]["physicalLocation"]["artifactLocation"]
                     ["uri"],
              expected[i][1]);
  }
}

TEST(SarifReporterTest, LevelAndSecuritySeverityFollowSeverity) {
  struct Case {
    Severity severity;
    const char* level;
    const char* security_severity;  // nullptr: absent
  } cases[] = {{Severity::kCritical, "error", "9.5"},
               {Severity::kHigh, "error", "8.0"},
               {Severity::kMedium, "warning", "5.5"},
               {Severity::kLow, "note", "2.0"},
               {Severity::kInfo, "note", nullptr}};
  for (const Case& c : cases) {
    SCOPED_TRACE(SeverityName(c.severity));
    nlohmann::json run = Render(OneFinding(c.severity, "a"))["runs"][0];
    const nlohmann::json& rule = run["tool"]["driver"]["rules"][0];
    EXPECT_EQ(run["results"][0]["level"], c.level);
    EXPECT_EQ(rule["defaultConfiguration"]["level"], c.level);
    if (c.security_severity)
      EXPECT_EQ(rule["properties"]["security-severity"], c.security_severity);
    else
      EXPECT_FALSE(rule["properties"].contains("security-severity"));
  }
}

TEST(SarifReporterTest, PathsBecomeUriReferences) {
  struct Case {
    const char* path;
    const char* uri;
    bool relative;
  } cases[] = {
      {"src/a.py", "src/a.py", true},
      {"-", "-", true},
      {"c:x/100% [ok]\xff.txt", "c%3Ax/100%25%20%5Bok%5D%FF.txt", true},
      {"(commit message)", "%28commit%20message%29", true},
      {"/tmp/a b/.env", "file:///tmp/a%20b/.env", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    nlohmann::json location = Render(OneFinding(
        Severity::kHigh, c.path))["runs"][0]["results"][0]["locations"][0]
                                 ["physicalLocation"]["artifactLocation"];
    EXPECT_EQ(location["uri"], c.uri);
    if (c.relative)
      EXPECT_EQ(location["uriBaseId"], "%SRCROOT%");
    else
      EXPECT_FALSE(location.contains("uriBaseId"));
  }
}

TEST(SarifReporterTest, ExecutionSuccessfulOnlyWhenCompleteWithoutErrors) {
  ScanResult clean;
  EXPECT_TRUE(
      Render(clean)["runs"][0]["invocations"][0]["executionSuccessful"]);

  ScanResult interrupted;
  interrupted.complete = false;
  nlohmann::json invocation = Render(interrupted)["runs"][0]["invocations"][0];
  EXPECT_FALSE(invocation["executionSuccessful"]);
  EXPECT_EQ(invocation["toolExecutionNotifications"][0]["level"], "error");

  nlohmann::json with_error =
      Render(FixedResult())["runs"][0]["invocations"][0];
  EXPECT_FALSE(with_error["executionSuccessful"]);
}

TEST(SarifReporterTest, EmptyResultHasNoRulesAndNoResults) {
  nlohmann::json run = Render(ScanResult())["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"], nlohmann::json::array());
  EXPECT_EQ(run["results"], nlohmann::json::array());
}

TEST(SarifReporterTest, LongNameIsClippedOnACharacterBoundary) {
  ScanResult result = OneFinding(Severity::kHigh, "a");
  // 254 ASCII bytes, then a 3-byte character across the 255-byte limit.
  result.findings[0].name =
      std::string(254, 'n') + "\xe2\x80\xa6" + std::string(2000, 'x');
  nlohmann::json rule = Render(result)["runs"][0]["tool"]["driver"]["rules"][0];
  EXPECT_EQ(rule["name"], std::string(254, 'n'));
  for (const char* description : {"shortDescription", "fullDescription"}) {
    std::string text = rule[description]["text"];
    EXPECT_EQ(text.size(), 1024u) << description;
    EXPECT_EQ(text.find("\xef\xbf\xbd"), std::string::npos) << description;
  }
}

TEST(SarifReporterTest, OutputIsPrintableAscii) {
  ScanResult result = OneFinding(Severity::kHigh, "a\x1b[31m\x7f\xc2\x9b.txt");
  result.findings[0].secret = "\x1b]0;title\x07";
  result.errors = {{"b\x1b", "", "bad\xc2\x9b"}};
  std::string out = MakeReporter("sarif", kContext)->Render(result);
  for (unsigned char c : out)
    EXPECT_TRUE(c == '\n' || (c >= 0x20 && c < 0x7f)) << static_cast<int>(c);
  // Escaped, not dropped: the message reads back as it was.
  std::string message =
      nlohmann::json::parse(out)["runs"][0]["results"][0]["message"]["text"];
  EXPECT_TRUE(message.starts_with("AWS access key ID: \x1b]0;title\x07."));
}

}  // namespace
}  // namespace leakgate

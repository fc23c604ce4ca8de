// The GitLab and JUnit reports against golden files, byte for byte (set
// LEAKGATE_UPDATE_GOLDEN=1 to rewrite them, then review the diff), and the
// cases the golden files do not show: a clean scan, an interruption, git
// provenance, bytes that are not UTF-8. Schema validation of the GitLab
// report and parsing of the JUnit XML are in tests/e2e/test_ci_reports.py.

#include <gtest/gtest.h>

#include "leakgate/reporter.h"
#include "unit/report/fixed_result.h"

namespace leakgate {
namespace {

using testing::FixedResult;
using testing::Golden;

// 2026-01-02T03:04:05 UTC.
const ReportContext kContext{"0.1.0", "sha256:feed", false, 1, 1767323045};

std::string Render(const char* format, const ScanResult& result,
                   const ReportContext& context = kContext) {
  return MakeReporter(format, context)->Render(result);
}

TEST(GitlabReporterTest, MatchesGolden) {
  std::string out = Render("gitlab", FixedResult());
  EXPECT_EQ(out, Golden("report.gitlab.json", out));
}

TEST(JunitReporterTest, MatchesGolden) {
  std::string out = Render("junit", FixedResult());
  EXPECT_EQ(out, Golden("report.junit.xml", out));
}

TEST(GitlabReporterTest, TimesSpanTheScanAndStatusFollowsErrors) {
  ScanResult result = FixedResult();
  result.summary.duration_ms = 65'400;
  std::string out = Render("gitlab", result);
  EXPECT_NE(out.find("\"start_time\": \"2026-01-02T03:03:00\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"end_time\": \"2026-01-02T03:04:05\""),
            std::string::npos);
  EXPECT_NE(out.find("\"status\": \"failure\""), std::string::npos);
  result.errors.clear();
  out = Render("gitlab", result);
  EXPECT_NE(out.find("\"status\": \"success\""), std::string::npos);
  EXPECT_EQ(out.find("\"messages\""), std::string::npos);
  result.complete = false;
  out = Render("gitlab", result);
  EXPECT_NE(out.find("\"status\": \"failure\""), std::string::npos);
  EXPECT_NE(out.find("\"level\": \"fatal\""), std::string::npos);
}

TEST(GitlabReporterTest, AStartBeforeTheEpochIsClampedToIt) {
  ScanResult result = FixedResult();
  result.summary.duration_ms = UINT64_MAX;
  EXPECT_NE(
      Render("gitlab", result).find("\"start_time\": \"1970-01-01T00:00:00\""),
      std::string::npos);
}

TEST(GitlabReporterTest, GitFindingsNameTheirCommitAndAuthor) {
  ScanResult result = FixedResult();
  Finding& finding = result.findings[0];
  finding.has_git = true;
  finding.git = {"0123456789abcdef0123456789abcdef01234567",
                 "Ann Example",
                 "ann@example.com",
                 "2025-05-06T07:08:09Z",
                 "feedbeef",
                 true};
  std::string out = Render("gitlab", result);
  EXPECT_NE(out.find("\"sha\": \"0123456789abcdef0123456789abcdef01234567\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"author\": \"Ann Example <ann@example.com>\""),
            std::string::npos);
  // The other finding (no git) keeps the placeholder commit.
  EXPECT_NE(out.find("\"sha\": \"0000000\""), std::string::npos);
}

TEST(GitlabReporterTest, IdsAreStableAndDistinct) {
  const std::string one = Render("gitlab", FixedResult());
  EXPECT_EQ(Render("gitlab", FixedResult()), one);
  ScanResult moved = FixedResult();
  moved.findings[0].location.line = 9;
  const std::string other = Render("gitlab", moved);
  const auto id_of = [](const std::string& report) {
    size_t at = report.find("\"id\": \"", report.find("vulnerabilities"));
    return report.substr(at + 7, 36);
  };
  EXPECT_NE(id_of(one), id_of(other));
  EXPECT_EQ(id_of(one)[14], '8');  // the UUID's version nibble
}

TEST(JunitReporterTest, CleanScanIsOnePassingTestCase) {
  ScanResult result;
  result.summary.duration_ms = 1234;
  EXPECT_EQ(Render("junit", result),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"leakgate\" tests=\"1\" failures=\"0\" "
            "errors=\"0\" time=\"1.234\">\n"
            "  <testsuite name=\"leakgate\" tests=\"1\" failures=\"0\" "
            "errors=\"0\" time=\"1.234\" skipped=\"0\">\n"
            "    <properties>\n"
            "      <property name=\"leakgate.version\" value=\"0.1.0\"/>\n"
            "      <property name=\"leakgate.rules_digest\" "
            "value=\"sha256:feed\"/>\n"
            "    </properties>\n"
            "    <testcase classname=\"leakgate\" name=\"no leaked secrets\" "
            "time=\"1.234\"/>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

TEST(JunitReporterTest, InterruptionIsAnErrorAndBadBytesAreReplaced) {
  ScanResult result;
  result.complete = false;
  result.errors = {{"a\x01<b>\xc3\xa9\xff", "", "gone & \"lost\""}};
  const std::string out = Render("junit", result);
  EXPECT_NE(out.find("tests=\"2\" failures=\"0\" errors=\"2\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("name=\"read a&#xFFFD;&lt;b&gt;&#xE9;&#xFFFD;\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("gone &amp; &quot;lost&quot;"), std::string::npos);
  EXPECT_NE(out.find("name=\"scan complete\""), std::string::npos);
  EXPECT_EQ(out.find("no leaked secrets"), std::string::npos);
  for (unsigned char c : out) EXPECT_TRUE(c < 0x80) << out;
}

TEST(JunitReporterTest, TabsAndCarriageReturnsAreReferencesInText) {
  ScanResult result = FixedResult();
  static const Guidance kGuidance = {"a\tb\r\nc", {}, {}};
  result.findings.resize(1);
  result.findings[0].guidance = &kGuidance;
  const std::string out = Render("junit", result);
  EXPECT_NE(out.find(">a&#x9;b&#xD;\nc\n\nFingerprint:"), std::string::npos)
      << out;
}

TEST(CiReportersTest, RenderingOnThreadsKeepsTheOrder) {
  ScanResult result = FixedResult();
  const std::vector<Finding> pair = result.findings;
  result.findings.clear();
  for (uint64_t i = 0; i < 700; ++i)
    for (Finding finding : pair) {
      finding.location.line += 10 * i;
      result.findings.push_back(finding);
    }
  ReportContext threaded = kContext;
  threaded.threads = 3;
  for (const char* format : {"gitlab", "junit"}) {
    SCOPED_TRACE(format);
    const std::string one = Render(format, result);
    EXPECT_EQ(Render(format, result, threaded), one);
    EXPECT_NE(one.find("6991"), std::string::npos) << "the last finding";
  }
}

}  // namespace
}  // namespace leakgate

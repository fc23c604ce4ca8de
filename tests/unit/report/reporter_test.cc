// Reporters against golden files, byte for byte. Set LEAKGATE_UPDATE_GOLDEN=1
// to rewrite them after an intended change, then review the diff.

#include "leakgate/reporter.h"

#include <gtest/gtest.h>

#include "unit/report/fixed_result.h"

namespace leakgate {
namespace {

using testing::FixedResult;
using testing::Golden;

const ReportContext kContext{"0.1.0", "sha256:feed", false};

TEST(ReporterTest, JsonMatchesGolden) {
  std::string out = MakeReporter("json", kContext)->Render(FixedResult());
  EXPECT_EQ(out, Golden("report.json", out));
}

TEST(ReporterTest, RenderingOnThreadsKeepsTheOrder) {
  // More findings than one block of rendering, each made distinct.
  ScanResult result = FixedResult();
  const std::vector<Finding> pair = result.findings;
  result.findings.clear();
  for (uint64_t i = 0; i < 1500; ++i) {
    for (Finding finding : pair) {
      finding.location.line += 10 * i;
      result.findings.push_back(finding);
    }
  }
  ReportContext threaded = kContext;
  threaded.threads = 3;
  for (const char* format : {"json", "jsonl", "sarif", "text"}) {
    SCOPED_TRACE(format);
    const std::string one = MakeReporter(format, kContext)->Render(result);
    EXPECT_EQ(MakeReporter(format, threaded)->Render(result), one);
    EXPECT_NE(one.find("14991"), std::string::npos) << "the last finding";
  }
}

TEST(ReporterTest, JsonLinesMatchesGolden) {
  std::string out = MakeReporter("jsonl", kContext)->Render(FixedResult());
  EXPECT_EQ(out, Golden("report.jsonl", out));
}

TEST(ReporterTest, TextMatchesGoldenAndHasNoRawControlBytes) {
  std::string out = MakeReporter("text", kContext)->Render(FixedResult());
  EXPECT_EQ(out, Golden("report.txt", out));
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

TEST(ReporterTest, TextSummarySaysHowManyWereSuppressedAndWhy) {
  ScanResult result = FixedResult();
  result.summary.suppressed = {1, 2, 0};
  std::string out = MakeReporter("text", kContext)->Render(result);
  EXPECT_NE(out.find("; 3 suppressed (1 inline, 2 by .leakgateignore)\n"),
            std::string::npos)
      << out;
  result.summary.suppressed = {0, 0, 4};
  out = MakeReporter("text", kContext)->Render(result);
  EXPECT_NE(out.find("; 4 suppressed (4 by baseline)\n"), std::string::npos)
      << out;
  result.summary.suppressed = {};
  out = MakeReporter("text", kContext)->Render(result);
  EXPECT_EQ(out.find("suppressed"), std::string::npos) << out;
}

TEST(ReporterTest, UnknownFormatIsRefused) {
  EXPECT_EQ(MakeReporter("xml", kContext), nullptr);
}

}  // namespace
}  // namespace leakgate

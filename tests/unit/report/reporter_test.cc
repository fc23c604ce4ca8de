// Reporters against golden files, byte for byte. Set LEAKGATE_UPDATE_GOLDEN=1
// to rewrite them after an intended change, then review the diff.

#include "leakgate/reporter.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace leakgate {
namespace {

ScanResult FixedResult() {
  ScanResult result;
  result.summary.files = 3;
  result.summary.bytes = 4242;
  result.summary.duration_ms = 7;
  Finding id;
  id.rule_index = 0;
  id.rule = "aws-access-key-id";
  id.name = "AWS access key ID";
  id.severity = Severity::kCritical;
  id.secret = "AKIAYVP4CIPPERUVIFXG";
  id.fingerprint = "lg1:00000000000000000000000000000001";
  id.location = {"config/.env", 1, 19, 1, 39};
  id.related = {
      {"aws-secret-access-key", "lg1:00000000000000000000000000000002", 2}};
  id.details = {{"aws_account", "595918472158"},
                {"key_type", "long-term IAM user or root key"}};
  id.guidance = {"Key AKIAYVP4CIPPERUVIFXG is exposed.",
                 {"step one", "step two", "step three", "step four"},
                 {"https://docs.aws.amazon.com/"}};
  id.snippet = "AWS_ACCESS_KEY_ID=AKIAYVP4CIPPERUVIFXG";
  Finding secret;
  secret.rule_index = 1;
  secret.rule = "aws-secret-access-key";
  secret.name = "AWS secret access key";
  secret.severity = Severity::kCritical;
  secret.secret = "pTyG…(redacted)";
  secret.fingerprint = "lg1:00000000000000000000000000000002";
  secret.location = {"config/.env", 2, 23, 2, 63};
  secret.related = {
      {"aws-access-key-id", "lg1:00000000000000000000000000000001", 1}};
  secret.guidance = {"A secret key is exposed.", {"deactivate"}, {}};
  secret.snippet = "AWS_SECRET_ACCESS_KEY=pTyG…(redacted)\x1b[31m";
  result.findings = {id, secret};
  result.skipped = {{"link", "symbolic link not followed"}};
  result.errors = {{"missing\xff.txt", "", "No such file or directory"}};
  return result;
}

std::string Golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(LEAKGATE_GOLDEN_DIR) + "/" + name;
  if (std::getenv("LEAKGATE_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    return actual;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const ReportContext kContext{"0.1.0", "sha256:feed", false};

TEST(ReporterTest, JsonMatchesGolden) {
  std::string out = MakeReporter("json", kContext)->Render(FixedResult());
  EXPECT_EQ(out, Golden("report.json", out));
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

TEST(ReporterTest, UnknownFormatIsRefused) {
  EXPECT_EQ(MakeReporter("xml", kContext), nullptr);
}

}  // namespace
}  // namespace leakgate

// The AWS rules through the whole engine (prefilter, confirm, decoys):
// exact rule, line and columns for each case, and nothing on each decoy.

#include <gtest/gtest.h>

#include "unit/test_engine.h"

namespace leakgate::testing {
namespace {

using Spots = std::vector<Spot>;

struct Case {
  const char* name;
  std::string text;
  Spots expected;
};

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class AwsRulesTest : public ::testing::TestWithParam<Case> {};

TEST_P(AwsRulesTest, FindsExactly) {
  EXPECT_EQ(ScanSpots(GetParam().text), GetParam().expected);
}

const std::string K = kKeyId, S = kSecretKey, K2 = kOtherKeyId,
                  S2 = kOtherSecretKey;

INSTANTIATE_TEST_SUITE_P(
    Positives, AwsRulesTest,
    ::testing::Values(
        Case{
            "dotenv",
            Cat({"AWS_ACCESS_KEY_ID=", K, "\nAWS_SECRET_ACCESS_KEY=", S, "\n"}),
            {{"aws-access-key-id", 1, 19, 39},
             {"aws-secret-access-key", 2, 23, 63}}},
        Case{"credentials_ini",
             Cat({"[default]\naws_access_key_id = ", K,
                  "\naws_secret_access_key = ", S}),
             {{"aws-access-key-id", 2, 21, 41},
              {"aws-secret-access-key", 3, 25, 65}}},
        Case{"json",
             Cat({"{\"AccessKeyId\": \"", K, "\", \"SecretAccessKey\": \"", S,
                  "\"}"}),
             {{"aws-access-key-id", 1, 18, 38},
              {"aws-secret-access-key", 1, 61, 101}}},
        Case{"go_no_keyword_same_line",
             Cat({"c := credentials.NewStaticCredentials(\"", K, "\", \"", S,
                  "\", \"\")"}),
             {{"aws-access-key-id", 1, 40, 60},
              {"aws-secret-access-key", 1, 64, 104}}},
        Case{"java_secret_five_lines_below",
             Cat({"String id = \"", K, "\";\n\n\n\n\nString s = \"", S, "\";"}),
             {{"aws-access-key-id", 1, 14, 34},
              {"aws-secret-access-key", 6, 13, 53}}},
        Case{"console_csv",
             Cat({"Access key ID,Secret access key\n", K, ",", S, "\n"}),
             {{"aws-access-key-id", 2, 1, 21},
              {"aws-secret-access-key", 2, 22, 62}}},
        Case{"two_ids_one_line",
             Cat({"ids: ", K, " ", K2}),
             {{"aws-access-key-id", 1, 6, 26},
              {"aws-access-key-id", 1, 27, 47}}},
        Case{"asia_key",
             Cat({"export AWS_ACCESS_KEY_ID=", kSessionKeyId}),
             {{"aws-access-key-id", 1, 26, 46}}},
        Case{
            "crlf",
            Cat({"a=1\r\nAWS_ACCESS_KEY_ID=", K, "\r\nsecret_key=", S, "\r\n"}),
            {{"aws-access-key-id", 2, 19, 39},
             {"aws-secret-access-key", 3, 12, 52}}},
        Case{
            "bom_not_counted",
            Cat({"\xEF\xBB\xBF", "id=", K, "\nid=", K2}),
            {{"aws-access-key-id", 1, 4, 24}, {"aws-access-key-id", 2, 4, 24}}},
        Case{
            "nul_laden",
            Cat({std::string_view("\0\0\x01\x02", 4), K,
                 std::string_view("\0\n\0", 3), K2}),
            {{"aws-access-key-id", 1, 5, 25}, {"aws-access-key-id", 2, 2, 22}}},
        Case{"yaml_quoted",
             Cat({"aws:\n  aws_secret_access_key: '", S, "'\n"}),
             {{"aws-secret-access-key", 2, 27, 67}}}),
    [](const auto& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Decoys, AwsRulesTest,
    ::testing::Values(
        Case{"docs_pair",
             "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
             "aws_secret_access_key = "
             "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
             {}},
        Case{
            "placeholders",
            "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\n"
            "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n"
            "aws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "aws_access_key_id: {{ aws_key }}\n",
            {}},
        Case{"git_sha_with_keyword",
             "aws_secret_access_key = "
             "da39a3ee5e6b4b0d3255bfef95601890afd80709\n",
             {}},
        Case{"git_sha_next_to_key_id",
             Cat({"id = ", K,
                  "\n# commit da39a3ee5e6b4b0d3255bfef95601890afd80709\n"}),
             {{"aws-access-key-id", 1, 6, 26}}},
        Case{"sri_digest",
             Cat({"\"integrity\": \"sha512-", S, S2,
                  "AB==\"\nsecret_key = sha1-", S, "="}),
             {}},
        Case{"identifier_prefixes",
             "AIDAYVP4CIPPERUVIFXG AROAYVP4CIPPERUVIFXG AGPAYVP4CIPPERUVIFXG "
             "ANPAYVP4CIPPERUVIFXG ANVAYVP4CIPPERUVIFXG AIPAYVP4CIPPERUVIFXG "
             "APKAYVP4CIPPERUVIFXG ASCAYVP4CIPPERUVIFXG",
             {}},
        Case{"near_misses",
             "AKIAYVP4CIPPERUVIF0G AKIAYVP4CIPPERUVIF1G AKIAYVP4CIPPERUVIF8G "
             "AKIAYVP4CIPPERUVIF9G AKIAYVP4CIPPERUVIFX AKIAYVP4CIPPERUVIFXGA "
             "XAKIAYVP4CIPPERUVIFXG akiayvp4cipperuvifxg AKIAyvp4cipperuvifxg",
             {}},
        Case{"secret_without_keyword_far_from_id",
             Cat({"id = ", K, "\n\n\n\n\n\nblob = '", S, "'\n"}),
             {{"aws-access-key-id", 1, 6, 26}}},
        Case{"long_base64_run_near_id",
             Cat({"id = ", K, "\ndata = '", S, S2, "'\n"}),
             {{"aws-access-key-id", 1, 6, 26}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(AwsRulesTest, LinksKeyIdAndSecretBothWays) {
  std::string text =
      Cat({"AWS_ACCESS_KEY_ID=", K, "\nAWS_SECRET_ACCESS_KEY=", S, "\n"});
  std::vector<Finding> findings = ScanText(EmbeddedEngine(), text, "t", false);
  ASSERT_EQ(findings.size(), 2u);
  ASSERT_EQ(findings[0].related.size(), 1u);
  ASSERT_EQ(findings[1].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].rule, "aws-secret-access-key");
  EXPECT_EQ(findings[0].related[0].fingerprint, findings[1].fingerprint);
  EXPECT_EQ(findings[0].related[0].line, 2u);
  EXPECT_EQ(findings[1].related[0].fingerprint, findings[0].fingerprint);
}

TEST(AwsRulesTest, KeyIdDetailsAndGuidanceNameTheKey) {
  std::vector<Finding> findings =
      ScanText(EmbeddedEngine(), Cat({"k=", K}), "t", false);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].secret, K);
  EXPECT_EQ(findings[0].details.at("aws_account"), "595918472158");
  const Guidance guidance = FilledGuidance(findings[0]);
  ASSERT_FALSE(guidance.steps.empty());
  EXPECT_NE(guidance.steps[0].find(
                "aws sts get-access-key-info --access-key-id " + K),
            std::string::npos);
}

TEST(AwsRulesTest, SessionKeyGetsRevokeSessionsGuidance) {
  std::vector<Finding> findings =
      ScanText(EmbeddedEngine(), Cat({"k=", kSessionKeyId}), "t", false);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].details.at("aws_account"), "609629065308");
  bool mentions_revoke = false;
  for (const std::string& step : FilledGuidance(findings[0]).steps)
    mentions_revoke |= step.find("Revoke sessions") != std::string::npos;
  EXPECT_TRUE(mentions_revoke);
}

}  // namespace
}  // namespace leakgate::testing

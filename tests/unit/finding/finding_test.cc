// Redaction, fingerprints, the AWS account decode and entropy.

#include "leakgate/finding.h"

#include <gtest/gtest.h>

#include "leakgate/aws.h"
#include "leakgate/entropy.h"
#include "unit/test_engine.h"

namespace leakgate::testing {
namespace {

TEST(RedactTest, ShowsAtMostFourCharacters) {
  EXPECT_EQ(RedactSecret(kSecretKey, false), "pTyG…(redacted)");
  EXPECT_EQ(RedactSecret(kSecretKey, true), kSecretKey);
  EXPECT_EQ(RedactSecret("hunter2hunter2", false), "…(redacted)");
}

TEST(FingerprintTest, DependsOnRuleAndSecretOnly) {
  std::string a = Fingerprint("aws-secret-access-key", kSecretKey);
  EXPECT_EQ(a, Fingerprint("aws-secret-access-key", kSecretKey));
  EXPECT_NE(a, Fingerprint("aws-access-key-id", kSecretKey));
  EXPECT_NE(a, Fingerprint("aws-secret-access-key", kOtherSecretKey));
  EXPECT_EQ(a.rfind("lg1:", 0), 0u);
  EXPECT_EQ(a.size(), 4u + 32u);
  EXPECT_EQ(a.find(std::string(kSecretKey).substr(0, 8)), std::string::npos);
}

TEST(FingerprintTest, SurvivesMovingTheSecret) {
  const Engine& engine = EmbeddedEngine();
  std::string here = std::string("aws_secret_access_key = ") + kSecretKey;
  std::string there = "\n\n\n   " + here;
  auto a = ScanText(engine, here, "a.txt", false);
  auto b = ScanText(engine, there, "b.txt", false);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].fingerprint, b[0].fingerprint);
  EXPECT_NE(a[0].location.line, b[0].location.line);
}

TEST(AwsAccountTest, DecodesKnownPairs) {
  std::string account;
  ASSERT_TRUE(DecodeAwsAccount("ASIAY34FZKBOKMUTVV7A", &account));
  EXPECT_EQ(account, "609629065308");
  ASSERT_TRUE(DecodeAwsAccount("AKIAYVP4CIPPERUVIFXG", &account));
  EXPECT_EQ(account, "595918472158");
}

TEST(AwsAccountTest, AccountsPastTwelveDigitsAreNotReportedAsAccounts) {
  std::string account;
  // All 40 account bits set: 1099511627775, past any 12-digit account.
  ASSERT_TRUE(DecodeAwsAccount("AKIA7777777777ABCDEF", &account));
  EXPECT_EQ(account, "1099511627775");
  const auto details = AwsKeyIdDetails("AKIA7777777777ABCDEF");
  EXPECT_EQ(details.count("aws_account"), 0u);
  EXPECT_NE(details.at("aws_account_note").find("more than 12 digits"),
            std::string::npos);
  EXPECT_EQ(AwsKeyIdDetails("AKIAYVP4CIPPERUVIFXG").at("aws_account").size(), 12u);
}

TEST(AwsAccountTest, OldStyleIdsDoNotEncodeTheAccount) {
  std::string account;
  EXPECT_FALSE(DecodeAwsAccount("AKIAIOSFODNN7EXAMPLE", &account));
  EXPECT_FALSE(DecodeAwsAccount("AKIAJ3MNBQNSPUQ2IDW5", &account));
  EXPECT_FALSE(DecodeAwsAccount("AKIA", &account));
  auto details = AwsKeyIdDetails("AKIAJ3MNBQNSPUQ2IDW5");
  EXPECT_EQ(details.count("aws_account"), 0u);
  EXPECT_EQ(details.count("aws_account_note"), 1u);
  EXPECT_EQ(details.at("key_type"), "long-term IAM user or root key");
}

TEST(EntropyTest, MeasuresBitsPerByte) {
  EXPECT_DOUBLE_EQ(ShannonEntropy(""), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("aaaa"), 0.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abab"), 1.0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abcd"), 2.0);
  EXPECT_GT(ShannonEntropy(kSecretKey), 4.5);
}

TEST(SnippetTest, MasksEverySecretOnTheLine) {
  std::string line = std::string("boto3.client(aws_access_key_id='") + kKeyId +
                     "', aws_secret_access_key='" + kSecretKey + "')";
  auto findings = ScanText(EmbeddedEngine(), line, "t", false);
  ASSERT_EQ(findings.size(), 2u);
  for (const Finding& f : findings) {
    EXPECT_EQ(f.snippet.find(kSecretKey), std::string::npos) << f.snippet;
    EXPECT_NE(f.snippet.find(kKeyId), std::string::npos) << f.snippet;
    EXPECT_NE(f.snippet.find("pTyG…(redacted)"), std::string::npos)
        << f.snippet;
  }
}

}  // namespace
}  // namespace leakgate::testing

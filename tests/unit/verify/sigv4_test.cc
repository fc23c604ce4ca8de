// AWS Signature Version 4 against AWS's published vectors: the SigV4 test
// suite (credentials AKIDEXAMPLE, 20150830T123600Z, us-east-1, service
// "service") and the documentation's IAM ListUsers example and signing key.

#include "verify/sigv4.h"

#include <gtest/gtest.h>

namespace leakgate::testing {
namespace {

const SigV4Credentials kSuite{"AKIDEXAMPLE",
                              "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""};
constexpr char kDate[] = "20150830T123600Z";

std::string Suite(const std::string& headers, const std::string& signature) {
  return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
         "aws4_request, SignedHeaders=" +
         headers + ", Signature=" + signature;
}

TEST(SigV4Test, DerivesTheDocumentedSigningKey) {
  const std::string key = SigV4SigningKey(
      "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam");
  std::string hex;
  for (unsigned char c : key) {
    static const char kDigits[] = "0123456789abcdef";
    hex += kDigits[c >> 4];
    hex += kDigits[c & 0xf];
  }
  EXPECT_EQ(hex, "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
}

TEST(SigV4Test, GetVanilla) {
  SigV4Request request{"GET", "example.amazonaws.com", "/", "", {}, ""};
  SigV4Signature s = SignV4(request, kSuite, "us-east-1", "service", kDate);
  EXPECT_EQ(s.canonical_request,
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
            "host;x-amz-date\n"
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(s.string_to_sign,
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
            "aws4_request\n"
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
  EXPECT_EQ(s.authorization,
            Suite("host;x-amz-date",
                  "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
  ASSERT_EQ(s.headers.size(), 2u);
  EXPECT_EQ(s.headers[0].first, "X-Amz-Date");
  EXPECT_EQ(s.headers[1].first, "Authorization");
}

TEST(SigV4Test, GetVanillaQueryOrderKeyCase) {
  SigV4Request request{"GET", "example.amazonaws.com", "/",
                       "Param2=value2&Param1=value1", {}, ""};
  EXPECT_EQ(SignV4(request, kSuite, "us-east-1", "service", kDate).authorization,
            Suite("host;x-amz-date",
                  "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"));
}

TEST(SigV4Test, PostVanilla) {
  SigV4Request request{"POST", "example.amazonaws.com", "/", "", {}, ""};
  EXPECT_EQ(SignV4(request, kSuite, "us-east-1", "service", kDate).authorization,
            Suite("host;x-amz-date",
                  "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
}

TEST(SigV4Test, PostXWwwFormUrlencoded) {
  SigV4Request request{"POST",
                       "example.amazonaws.com",
                       "/",
                       "",
                       {{"Content-Type", "application/x-www-form-urlencoded"}},
                       "Param1=value1"};
  SigV4Signature s = SignV4(request, kSuite, "us-east-1", "service", kDate);
  EXPECT_EQ(s.string_to_sign.substr(s.string_to_sign.rfind('\n') + 1),
            "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281");
  EXPECT_EQ(s.authorization,
            Suite("content-type;host;x-amz-date",
                  "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
}

TEST(SigV4Test, TheDocumentedIamListUsersExample) {
  SigV4Request request{
      "GET",
      "iam.amazonaws.com",
      "/",
      "Action=ListUsers&Version=2010-05-08",
      {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}},
      ""};
  SigV4Signature s = SignV4(request, kSuite, "us-east-1", "iam", kDate);
  EXPECT_EQ(Sha256Hex(s.canonical_request),
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
  EXPECT_EQ(s.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/"
            "aws4_request, SignedHeaders=content-type;host;x-amz-date, "
            "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
}

TEST(SigV4Test, ASessionTokenIsSentAndSigned) {
  SigV4Credentials temporary = kSuite;
  temporary.session_token = "token";
  SigV4Request request{"POST", "sts.amazonaws.com", "/", "", {}, "x"};
  SigV4Signature s = SignV4(request, temporary, "us-east-1", "sts", kDate);
  ASSERT_EQ(s.headers.size(), 3u);
  EXPECT_EQ(s.headers[1].first, "X-Amz-Security-Token");
  EXPECT_EQ(s.headers[1].second, "token");
  EXPECT_NE(s.authorization.find("SignedHeaders=host;x-amz-date;x-amz-security-token,"),
            std::string::npos);
  EXPECT_NE(s.authorization,
            SignV4(request, kSuite, "us-east-1", "sts", kDate).authorization);
}

}  // namespace
}  // namespace leakgate::testing

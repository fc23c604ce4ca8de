#include "leakgate/verify.h"

#include <gtest/gtest.h>

namespace leakgate {
namespace {

TEST(VerifyTest, JwtHeaderMustBeJsonWithAlg) {
  // {"alg":"HS256"} . {"sub":"1234567890"} . signature
  EXPECT_TRUE(Verify("jwt-header",
                     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig"));
  // {"xxxxxxxxxxxxx : not JSON
  EXPECT_FALSE(Verify("jwt-header", "eyJ4eHh4eHh4eHh4eHh4.eyJzdWIi.sig"));
  // {"typ":"JWT"} : JSON without alg
  EXPECT_FALSE(Verify("jwt-header", "eyJ0eXAiOiJKV1QifQ.eyJzdWIi.sig"));
  // base64url alphabet (- and _) and no padding: {"alg":"ES256","kid":"a?b"}
  EXPECT_TRUE(
      Verify("jwt-header", "eyJhbGciOiJFUzI1NiIsImtpZCI6ImE_YiJ9.e30.s"));
  EXPECT_FALSE(Verify("jwt-header", "no-dot-here"));
  EXPECT_TRUE(IsKnownVerifier("jwt-header"));
  EXPECT_FALSE(IsKnownVerifier("crc"));
}

TEST(VerifyTest, GitHubAndNpmTokenChecksum) {
  EXPECT_TRUE(
      HasValidTokenChecksum("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"));
  EXPECT_FALSE(
      HasValidTokenChecksum("ghp_cs3876rmr9P2JCOtn2MMgCuWmIZOL24fythf"));
  EXPECT_TRUE(
      HasValidTokenChecksum("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"));
  EXPECT_FALSE(HasValidTokenChecksum("ghp_short"));
  EXPECT_FALSE(HasValidTokenChecksum("no-underscore"));
}

}  // namespace
}  // namespace leakgate

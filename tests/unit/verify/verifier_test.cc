// The verdicts without a network: STS and provider answers judged as the
// providers document them (and everything else unknown), the STS request's
// shape, canary accounts, and the verify stage's grouping through a fake
// client that counts what it was asked.

#include "leakgate/verifier.h"

#include <gtest/gtest.h>

#include <atomic>

#include "leakgate/verified_guidance.h"
#include "verify/aws_sts.h"
#include "verify/providers.h"

namespace leakgate::testing {
namespace {

HttpResponse Answer(long status, const std::string& body,
                    const std::string& type = "application/json") {
  HttpResponse response;
  response.answered = true;
  response.status = status;
  response.body = body;
  response.headers["content-type"] = type;
  return response;
}

const char kStsLive[] =
    "<GetCallerIdentityResponse><GetCallerIdentityResult>"
    "<Arn>arn:aws:iam::123456789012:user/alice</Arn><UserId>AIDA</UserId>"
    "<Account>123456789012</Account></GetCallerIdentityResult>"
    "</GetCallerIdentityResponse>";

std::string StsError(const std::string& code) {
  return "<ErrorResponse><Error><Type>Sender</Type><Code>" + code +
         "</Code></Error></ErrorResponse>";
}

TEST(StsJudgeTest, LiveOnlyOnTheDocumentedAnswer) {
  const Verification live = JudgeStsAnswer(Answer(200, kStsLive, "text/xml"));
  EXPECT_EQ(live.status, "live");
  EXPECT_EQ(live.identity,
            (std::map<std::string, std::string>{
                {"account", "123456789012"},
                {"arn", "arn:aws:iam::123456789012:user/alice"},
                {"user", "alice"}}));
  EXPECT_EQ(JudgeStsAnswer(Answer(403, StsError("InvalidClientTokenId"))).status,
            "invalid");
  EXPECT_EQ(JudgeStsAnswer(Answer(403, StsError("SignatureDoesNotMatch"))).status,
            "invalid");
  const Verification expired =
      JudgeStsAnswer(Answer(403, StsError("ExpiredToken")));
  EXPECT_EQ(expired.status, "unknown");
  EXPECT_EQ(expired.reason, "HTTP 403: AWS error ExpiredToken");
}

TEST(StsJudgeTest, EverythingElseIsUnknown) {
  struct Case {
    const char* name;
    HttpResponse response;
    const char* reason;
  };
  HttpResponse timeout;
  timeout.error = "Operation timed out after 1000 milliseconds";
  const Case cases[] = {
      {"proxy html 403",
       Answer(403, "<html>Access denied</html>", "text/html"),
       "HTTP 403 with an HTML page, not the provider's answer (a proxy?)"},
      {"429", Answer(429, ""), "HTTP 429 (rate limited)"},
      {"503", Answer(503, StsError("InvalidClientTokenId")),
       "HTTP 503 (server error)"},
      {"200 garbage", Answer(200, "<GetCallerIdentityResponse>"),
       "HTTP 200 with a body that is not a GetCallerIdentityResponse"},
      {"timeout", timeout, "Operation timed out after 1000 milliseconds"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Verification verdict = JudgeStsAnswer(c.response);
    EXPECT_EQ(verdict.status, "unknown");
    EXPECT_EQ(verdict.reason, c.reason);
  }
}

TEST(StsJudgeTest, RootAndAssumedRoleIdentities) {
  std::string root = kStsLive;
  root.replace(root.find("user/alice"), 10, "root");
  root.replace(root.find("123456789012:root"), 12, "123456789012");
  EXPECT_EQ(JudgeStsAnswer(Answer(200, root)).identity.at("user"), "root");
  std::string role = kStsLive;
  role.replace(role.find("arn:aws:iam::123456789012:user/alice"), 36,
               "arn:aws:sts::123456789012:assumed-role/deploy/ci-7");
  const Verification verdict = JudgeStsAnswer(Answer(200, role));
  EXPECT_EQ(verdict.identity.at("role"), "deploy");
  EXPECT_EQ(verdict.identity.at("session"), "ci-7");
  EXPECT_EQ(verdict.identity.count("user"), 0u);
}

TEST(StsRequestTest, SignedPostWithTheSessionToken) {
  const HttpRequest request =
      StsRequest({"ASIAEXAMPLEEXAMPLE22", "secret", "token-value"},
                 "https://127.0.0.1:8443", "20261204T100000Z");
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "https://127.0.0.1:8443/");
  EXPECT_EQ(request.body, "Action=GetCallerIdentity&Version=2011-06-15");
  std::map<std::string, std::string> headers(request.headers.begin(),
                                             request.headers.end());
  EXPECT_EQ(headers["X-Amz-Security-Token"], "token-value");
  EXPECT_EQ(headers["X-Amz-Date"], "20261204T100000Z");
  EXPECT_EQ(headers["Authorization"].rfind(
                "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLEEXAMPLE22/20261204/"
                "us-east-1/sts/aws4_request, SignedHeaders=",
                0),
            0u);
  EXPECT_EQ(StsRequest({"AKIA", "s", ""}, "", "20261204T100000Z").url,
            "https://sts.amazonaws.com/");
}

TEST(CanaryTest, PublishedAccountsOnly) {
  EXPECT_TRUE(IsCanaryAwsAccount("052310077262"));
  EXPECT_TRUE(IsCanaryAwsAccount("717712589309"));
  EXPECT_FALSE(IsCanaryAwsAccount("123456789012"));
  EXPECT_FALSE(IsCanaryAwsAccount(""));
}

TEST(ProviderJudgeTest, GithubAnswers) {
  const ProviderCheck* github = FindProviderCheck("github-pat-classic");
  ASSERT_NE(github, nullptr);
  HttpResponse live = Answer(200, R"({"login":"octocat","id":1})");
  live.headers["x-oauth-scopes"] = "repo";
  const Verification verdict = JudgeProviderAnswer(*github, live);
  EXPECT_EQ(verdict.status, "live");
  EXPECT_EQ(verdict.identity, (std::map<std::string, std::string>{
                                  {"scopes", "repo"}, {"user", "octocat"}}));
  EXPECT_EQ(JudgeProviderAnswer(*github,
                                Answer(401, R"({"message":"Bad credentials"})"))
                .status,
            "invalid");
  // A 401 that is not GitHub's body, a 200 without the login: unknown.
  EXPECT_EQ(JudgeProviderAnswer(*github, Answer(401, "<html></html>", "text/html"))
                .status,
            "unknown");
  EXPECT_EQ(JudgeProviderAnswer(*github, Answer(200, R"({"ok":true})")).status,
            "unknown");
  EXPECT_EQ(JudgeProviderAnswer(*github, Answer(200, "{\"login\": ")).reason,
            "HTTP 200 with a body that does not parse as the provider's JSON");
}

TEST(ProviderJudgeTest, SlackOkFalseIsInvalidOnlyForAuthErrors) {
  const ProviderCheck* slack = FindProviderCheck("slack-bot-token");
  ASSERT_NE(slack, nullptr);
  EXPECT_EQ(JudgeProviderAnswer(*slack, Answer(200, R"({"ok":false,"error":"invalid_auth"})"))
                .status,
            "invalid");
  EXPECT_EQ(JudgeProviderAnswer(*slack, Answer(200, R"({"ok":false,"error":"ratelimited"})"))
                .status,
            "unknown");
}

TEST(ProviderChecksTest, AtLeastTenProvidersAllHttpsWithTheSecretInAHeader) {
  EXPECT_GE(ProviderChecks().size(), 10u);
  for (const ProviderCheck& check : ProviderChecks()) {
    SCOPED_TRACE(check.family);
    EXPECT_EQ(check.url.rfind("https://", 0), 0u);
    const HttpRequest request = ProviderRequest(check, "SEKRET", "");
    EXPECT_EQ(request.url.find("SEKRET"), std::string::npos);
    bool in_header = false;
    for (const auto& [name, value] : request.headers)
      in_header |= value.find("SEKRET") != std::string::npos;
    EXPECT_TRUE(in_header);
  }
}

// Counts requests and answers GitHub's success for every one.
class CountingClient : public HttpClient {
 public:
  HttpResponse Send(const HttpRequest& request) const override {
    ++sent;
    if (request.custom_endpoint) ++custom;
    if (request.url.rfind("https://127.0.0.1:9/", 0) == 0) ++rebased;
    return Answer(200, R"({"login":"octocat"})");
  }
  mutable std::atomic<int> sent{0};
  mutable std::atomic<int> custom{0};
  mutable std::atomic<int> rebased{0};
};

Finding Token(const std::string& path, const std::string& secret) {
  Finding finding;
  finding.rule = "github-pat-classic";
  finding.location.path = path;
  finding.raw_secret = secret;
  return finding;
}

TEST(VerifyStageTest, OneCheckPerDistinctCredentialAndSecretsWiped) {
  ScanResult result;
  result.findings = {Token("a", "ghp_one"), Token("b", "ghp_one"),
                     Token("c", "ghp_two")};
  Finding lone;
  lone.rule = "aws-access-key-id";
  lone.raw_secret = "AKIAZ3MSJV4WWNKWW5FG";
  result.findings.push_back(lone);
  CountingClient client;
  VerifyOptions options;
  options.rate = 0;
  VerifyFindingsWith(options, client, &result);
  EXPECT_EQ(client.sent.load(), 2);
  EXPECT_EQ(client.custom.load(), 0);  // --verify-ca is not for api.github.com
  for (size_t i = 0; i < 3; ++i)
    EXPECT_EQ(result.findings[i].verification.status, "live");
  EXPECT_EQ(result.findings[3].verification.status, "unknown");
  for (const Finding& finding : result.findings)
    EXPECT_TRUE(finding.raw_secret.empty());
  const VerificationCounts& counts = result.summary.verification;
  EXPECT_EQ(counts.live, 3u);
  EXPECT_EQ(counts.unknown, 1u);
  LeaveOutNotLive(&result);
  EXPECT_EQ(result.findings.size(), 3u);
  EXPECT_EQ(result.summary.verification.left_out, 1u);
}

TEST(VerifyStageTest, AnEndpointOverrideIsMarkedForTheExtraCa) {
  ScanResult result;
  result.findings = {Token("a", "ghp_one")};
  CountingClient client;
  VerifyOptions options;
  options.rate = 0;
  options.endpoints["github"] = "https://127.0.0.1:9";
  VerifyFindingsWith(options, client, &result);
  EXPECT_EQ(client.custom.load(), 1);
  EXPECT_EQ(client.rebased.load(), 1);
}

TEST(VerifiedGuidanceTest, UnchangedUnlessLive) {
  Finding finding;
  finding.rule = "aws-access-key-id";
  finding.has_verification = true;
  finding.verification.status = "unknown";
  finding.verification.identity["arn"] = "arn:aws:iam::1:root";
  const Guidance guidance{"s", {"--user-name USER"}, {}};
  const Guidance same = WithVerifiedIdentity(finding, guidance);
  EXPECT_EQ(same.summary, "s");
  EXPECT_EQ(same.steps, guidance.steps);
}

}  // namespace
}  // namespace leakgate::testing

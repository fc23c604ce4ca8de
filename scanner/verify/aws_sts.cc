// sts:GetCallerIdentity needs no permission (an explicit deny cannot block
// it), so it answers for any working key pair and names the identity, which
// fills the runbook. The response is a small, fixed XML document; it is read
// with a tag search rather than an XML library, and anything that does not
// look exactly like it is "unknown". Canary accounts are recognised before
// anything is sent: their keys exist to raise an alarm when used.

#include "aws_sts.h"

#include <algorithm>
#include <array>

#include "providers.h"

namespace leakgate {
namespace {

constexpr char kStsUrl[] = "https://sts.amazonaws.com/";
constexpr char kStsBody[] = "Action=GetCallerIdentity&Version=2011-06-15";

// The text of the first <tag>…</tag> inside `xml`, false if absent.
bool Element(const std::string& xml, const std::string& tag, std::string* text) {
  const std::string open = "<" + tag + ">", close = "</" + tag + ">";
  const size_t begin = xml.find(open);
  if (begin == std::string::npos) return false;
  const size_t end = xml.find(close, begin + open.size());
  if (end == std::string::npos) return false;
  *text = xml.substr(begin + open.size(), end - begin - open.size());
  return true;
}

// arn:aws:iam::123456789012:user/path/alice → user alice;
// arn:aws:iam::123456789012:root → user root;
// arn:aws:sts::123456789012:assumed-role/Role/session → role Role.
void IdentityFromArn(const std::string& arn, Verification* verdict) {
  const size_t colon = arn.rfind(':');
  const std::string resource = colon == std::string::npos ? "" : arn.substr(colon + 1);
  if (resource == "root") {
    verdict->identity["user"] = "root";
  } else if (resource.rfind("user/", 0) == 0) {
    verdict->identity["user"] = resource.substr(resource.rfind('/') + 1);
  } else if (resource.rfind("assumed-role/", 0) == 0) {
    const std::string rest = resource.substr(13);
    verdict->identity["role"] = rest.substr(0, rest.find('/'));
    if (rest.find('/') != std::string::npos)
      verdict->identity["session"] = rest.substr(rest.find('/') + 1);
  }
}

}  // namespace

HttpRequest StsRequest(const SigV4Credentials& credentials,
                       const std::string& base, const std::string& amz_date) {
  HttpRequest request;
  request.method = "POST";
  request.url = RebaseUrl(kStsUrl, base);
  request.body = kStsBody;
  SigV4Request to_sign;
  to_sign.method = "POST";
  to_sign.host = UrlAuthority(request.url);
  to_sign.path = "/";
  to_sign.headers = {
      {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
  to_sign.body = kStsBody;
  SigV4Signature signature = SignV4(to_sign, credentials, "us-east-1", "sts", amz_date);
  request.headers = to_sign.headers;
  request.headers.insert(request.headers.end(), signature.headers.begin(),
                         signature.headers.end());
  return request;
}

Verification JudgeStsAnswer(const HttpResponse& response) {
  Verification verdict;
  verdict.status = "unknown";
  if (!response.answered) {
    verdict.reason = response.error;
    return verdict;
  }
  const std::string& xml = response.body;
  std::string result, arn, account, user_id, code;
  if (response.status == 200 && xml.find("<GetCallerIdentityResponse") != std::string::npos &&
      Element(xml, "GetCallerIdentityResult", &result) &&
      Element(result, "Arn", &arn) && Element(result, "Account", &account) &&
      arn.rfind("arn:", 0) == 0) {
    verdict.status = "live";
    verdict.identity["account"] = account;
    verdict.identity["arn"] = arn;
    IdentityFromArn(arn, &verdict);
    return verdict;
  }
  if (response.status >= 400 && response.status < 500 &&
      xml.find("<ErrorResponse") != std::string::npos && Element(xml, "Code", &code)) {
    if (code == "InvalidClientTokenId" || code == "SignatureDoesNotMatch") {
      verdict.status = "invalid";
      verdict.reason = "AWS: " + code;
      return verdict;
    }
    verdict.reason = "HTTP " + std::to_string(response.status) + ": AWS error " + code;
    return verdict;
  }
  verdict.reason = response.status == 200
                       ? "HTTP 200 with a body that is not a GetCallerIdentityResponse"
                       : UnknownReason(response);
  return verdict;
}

bool IsCanaryAwsAccount(const std::string& account) {
  // canarytokens.org's AWS accounts, then accounts of look-alike canary
  // services, as security tools publish them.
  static constexpr std::array<const char*, 26> kAccounts = {
      "052310077262", "171436882533", "266735846894", "534261010715",
      "595918472158", "717712589309", "730335385048", "819147034852",
      "893192397702", "992382622183", "044858866125", "251535659677",
      "344043088457", "351906852752", "390477818340", "426127672474",
      "427150556519", "439872796651", "445142720921", "465867158099",
      "637958123769", "693412236332", "732624840810", "735421457923",
      "959235150393", "982842642351"};
  return std::any_of(kAccounts.begin(), kAccounts.end(),
                     [&](const char* known) { return account == known; });
}

}  // namespace leakgate

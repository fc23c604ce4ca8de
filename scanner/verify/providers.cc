// The providers' identity calls as a table: URL, headers carrying the
// secret, and the answers that mean live or invalid, each from the
// provider's API reference. Anything else, a proxy's HTML page, 429, 5xx, a
// body that is not the provider's JSON, is "unknown": a scanner that calls a
// WAF's 403 "invalid" or any 200 "live" misleads the person triaging.

#include "providers.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace leakgate {
namespace {

const char kBearer[] = "Bearer {secret}";

std::vector<ProviderCheck> MakeChecks() {
  std::vector<ProviderCheck> checks;
  // docs.github.com/rest/users/users#get-the-authenticated-user
  checks.push_back({"github", {"github-pat-classic", "github-pat-fine-grained"},
                    "GET", "https://api.github.com/user",
                    {{"Authorization", kBearer},
                     {"Accept", "application/vnd.github+json"},
                     {"X-GitHub-Api-Version", "2022-11-28"}},
                    "", 200, {{"/login", {}}}, {401},
                    {{"/message", {"Bad credentials"}}},
                    {{"user", "/login"}, {"scopes", "header:x-oauth-scopes"}}});
  // docs.gitlab.com/api/personal_access_tokens (self)
  checks.push_back({"gitlab", {"gitlab-pat"}, "GET",
                    "https://gitlab.com/api/v4/personal_access_tokens/self",
                    {{"PRIVATE-TOKEN", "{secret}"}}, "", 200, {{"/id", {}}},
                    {401}, {{"/message", {}}},
                    {{"token", "/name"}, {"user_id", "/user_id"},
                     {"scopes", "/scopes"}, {"active", "/active"}}});
  // api.slack.com/methods/auth.test: always 200; "ok" says which.
  checks.push_back({"slack", {"slack-bot-token", "slack-user-token"}, "POST",
                    "https://slack.com/api/auth.test",
                    {{"Authorization", kBearer},
                     {"Content-Type", "application/x-www-form-urlencoded"}},
                    "", 200, {{"/ok", {"true"}}}, {200},
                    {{"/ok", {"false"}},
                     {"/error",
                      {"invalid_auth", "not_authed", "account_inactive",
                       "token_revoked", "token_expired"}}},
                    {{"user", "/user"}, {"team", "/team"}, {"url", "/url"}}});
  // docs.stripe.com/api/accounts/retrieve and its 401 error object.
  checks.push_back({"stripe", {"stripe-live-key", "stripe-test-key"}, "GET",
                    "https://api.stripe.com/v1/account",
                    {{"Authorization", kBearer}}, "", 200, {{"/id", {}}}, {401},
                    {{"/error/type", {"invalid_request_error"}}},
                    {{"account", "/id"}, {"email", "/email"}}});
  // docs.npmjs.com: the registry's whoami endpoint.
  checks.push_back({"npm", {"npm-access-token"}, "GET",
                    "https://registry.npmjs.org/-/whoami",
                    {{"Authorization", kBearer}}, "", 200, {{"/username", {}}},
                    {401}, {}, {{"user", "/username"}}});
  // www.twilio.com/docs/sendgrid/api-reference/api-key-permissions
  checks.push_back({"sendgrid", {"sendgrid-api-key"}, "GET",
                    "https://api.sendgrid.com/v3/scopes",
                    {{"Authorization", kBearer}}, "", 200, {{"/scopes", {}}},
                    {401}, {{"/errors", {}}}, {{"scopes", "/scopes"}}});
  // platform.openai.com/docs/api-reference/models/list
  checks.push_back({"openai", {"openai-api-key"}, "GET",
                    "https://api.openai.com/v1/models",
                    {{"Authorization", kBearer}}, "", 200, {{"/data", {}}}, {401},
                    {{"/error/code", {"invalid_api_key"}}}, {}});
  // docs.anthropic.com/en/api/models-list and its authentication_error.
  checks.push_back({"anthropic", {"anthropic-api-key"}, "GET",
                    "https://api.anthropic.com/v1/models",
                    {{"x-api-key", "{secret}"}, {"anthropic-version", "2023-06-01"}},
                    "", 200, {{"/data", {}}}, {401},
                    {{"/error/type", {"authentication_error"}}}, {}});
  // huggingface.co/docs/hub/api: whoami-v2.
  checks.push_back({"huggingface", {"huggingface-token"}, "GET",
                    "https://huggingface.co/api/whoami-v2",
                    {{"Authorization", kBearer}}, "", 200, {{"/name", {}}}, {401},
                    {{"/error", {}}},
                    {{"user", "/name"}, {"token", "/auth/accessToken/displayName"},
                     {"role", "/auth/accessToken/role"}}});
  // docs.digitalocean.com/reference/api: GET /v2/account; 401 "unauthorized".
  checks.push_back({"digitalocean", {"digitalocean-token"}, "GET",
                    "https://api.digitalocean.com/v2/account",
                    {{"Authorization", kBearer}}, "", 200, {{"/account/uuid", {}}},
                    {401}, {{"/id", {"unauthorized"}}},
                    {{"user", "/account/email"}, {"account", "/account/uuid"},
                     {"team", "/account/team/name"}}});
  // devcenter.heroku.com/articles/platform-api-reference#account-info and
  // its error object ("id": "unauthorized").
  checks.push_back({"heroku", {"heroku-api-key"}, "GET",
                    "https://api.heroku.com/account",
                    {{"Authorization", kBearer},
                     {"Accept", "application/vnd.heroku+json; version=3"}},
                    "", 200, {{"/id", {}}}, {401}, {{"/id", {"unauthorized"}}},
                    {{"user", "/email"}, {"account", "/id"}}});
  // learning.postman.com/docs/developer/postman-api: GET /me.
  checks.push_back({"postman", {"postman-api-key"}, "GET",
                    "https://api.getpostman.com/me", {{"X-Api-Key", "{secret}"}},
                    "", 200, {{"/user/id", {}}}, {401},
                    {{"/error/name", {"AuthenticationError"}}},
                    {{"user", "/user/username"}, {"team", "/user/teamName"}}});
  // console.groq.com/docs/api-reference#models-list (OpenAI's error shape).
  checks.push_back({"groq", {"groq-api-key"}, "GET",
                    "https://api.groq.com/openai/v1/models",
                    {{"Authorization", kBearer}}, "", 200, {{"/data", {}}}, {401},
                    {{"/error/code", {"invalid_api_key"}}}, {}});
  return checks;
}

// The value as the tests compare it: strings raw, others as JSON text,
// arrays of strings joined with commas.
std::string ValueText(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value) {
      if (!joined.empty()) joined += ',';
      joined += ValueText(item);
    }
    return joined;
  }
  return value.dump();
}

const nlohmann::json* At(const nlohmann::json& body, const std::string& pointer) {
  try {
    const nlohmann::json::json_pointer ptr(pointer);
    if (!body.contains(ptr)) return nullptr;
    const nlohmann::json& value = body.at(ptr);
    return value.is_null() ? nullptr : &value;
  } catch (const nlohmann::json::exception&) {
    return nullptr;
  }
}

bool Holds(const nlohmann::json& body, const std::vector<JsonTest>& tests) {
  for (const JsonTest& test : tests) {
    const nlohmann::json* value = At(body, test.pointer);
    if (!value) return false;
    if (!test.values.empty() &&
        std::find(test.values.begin(), test.values.end(), ValueText(*value)) ==
            test.values.end())
      return false;
  }
  return true;
}

}  // namespace

const std::vector<ProviderCheck>& ProviderChecks() {
  static const std::vector<ProviderCheck> checks = MakeChecks();
  return checks;
}

const ProviderCheck* FindProviderCheck(const std::string& rule) {
  for (const ProviderCheck& check : ProviderChecks())
    if (std::find(check.rules.begin(), check.rules.end(), rule) != check.rules.end())
      return &check;
  return nullptr;
}

std::string RebaseUrl(const std::string& url, const std::string& base) {
  if (base.empty()) return url;
  const std::string authority = UrlAuthority(url);
  const std::string rest = url.substr(std::string("https://").size() + authority.size());
  std::string prefix = base;
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  return prefix + (rest.empty() ? "/" : rest);
}

HttpRequest ProviderRequest(const ProviderCheck& check, const std::string& secret,
                            const std::string& base) {
  HttpRequest request{check.method, RebaseUrl(check.url, base), check.headers,
                      check.body};
  for (auto& [name, value] : request.headers)
    if (size_t at = value.find("{secret}"); at != std::string::npos)
      value.replace(at, 8, secret);
  return request;
}

std::string UnknownReason(const HttpResponse& response) {
  if (!response.answered) return response.error;
  std::string reason = "HTTP " + std::to_string(response.status);
  if (response.status == 429) return reason + " (rate limited)";
  if (response.status >= 500) return reason + " (server error)";
  const auto type = response.headers.find("content-type");
  if (type != response.headers.end() && type->second.find("html") != std::string::npos)
    return reason + " with an HTML page, not the provider's answer (a proxy?)";
  return reason + ", not the provider's documented answer";
}

Verification JudgeProviderAnswer(const ProviderCheck& check,
                                 const HttpResponse& response) {
  Verification verdict;
  verdict.status = "unknown";
  if (!response.answered) {
    verdict.reason = response.error;
    return verdict;
  }
  const nlohmann::json body =
      nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  const bool json = !body.is_discarded() && body.is_object();
  if (json && response.status == check.live_status && Holds(body, check.live_when)) {
    verdict.status = "live";
    for (const IdentityField& field : check.identity) {
      if (field.source.rfind("header:", 0) == 0) {
        auto it = response.headers.find(field.source.substr(7));
        if (it != response.headers.end()) verdict.identity[field.name] = it->second;
      } else if (const nlohmann::json* value = At(body, field.source)) {
        verdict.identity[field.name] = ValueText(*value);
      }
    }
    return verdict;
  }
  const bool invalid_status =
      std::find(check.invalid_status.begin(), check.invalid_status.end(),
                response.status) != check.invalid_status.end();
  if (invalid_status && json && Holds(body, check.invalid_when)) {
    verdict.status = "invalid";
    verdict.reason = "HTTP " + std::to_string(response.status) +
                     ": the provider rejects the credential";
    return verdict;
  }
  verdict.reason = UnknownReason(response);
  if (response.answered && response.status == check.live_status && !json)
    verdict.reason = "HTTP " + std::to_string(response.status) +
                     " with a body that does not parse as the provider's JSON";
  return verdict;
}

}  // namespace leakgate

// The verify stage. It runs on the suppressed, sorted result: findings are
// grouped into distinct credentials (an AWS key ID and its related secret
// key are one; the same token in ten files is one), each credential is
// checked once by a small pool of threads, and its verdict is copied to every
// finding of the group. A per-provider rate limit spaces requests to one
// provider. Raw secrets live only until this stage ends.

#include "leakgate/verifier.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <memory>
#include <mutex>
#include <thread>

#include "aws_sts.h"
#include "http_client.h"
#include "providers.h"

namespace leakgate {
namespace {

using Clock = std::chrono::steady_clock;

constexpr uint64_t kSessionTokenLines = 5;

// One credential to check and the findings that share its verdict.
struct Credential {
  std::string family;
  const ProviderCheck* check = nullptr;  // nullptr: AWS
  std::string secret;
  SigV4Credentials aws;
  std::vector<size_t> findings;
  Verification verdict;
};

std::string NowRfc3339() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Spaces the requests to each provider 1/rate seconds apart.
class RateLimit {
 public:
  explicit RateLimit(double rate) : rate_(rate) {}
  void Wait(const std::string& family) {
    if (rate_ <= 0) return;
    Clock::time_point at;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      Clock::time_point& next = next_[family];
      at = std::max(next, Clock::now());
      next = at + std::chrono::microseconds(static_cast<int64_t>(1e6 / rate_));
    }
    std::this_thread::sleep_until(at);
  }

 private:
  double rate_;
  std::mutex mutex_;
  std::map<std::string, Clock::time_point> next_;
};

bool SameBlob(const Finding& a, const Finding& b) {
  return a.location.path == b.location.path && a.git.commit == b.git.commit;
}

// The session token nearest an ASIA key in the same file, within a few
// lines: its index in `all`, or all.size() when there is none.
size_t SessionTokenNear(const std::vector<Finding>& all, const Finding& key) {
  size_t best = all.size();
  uint64_t best_distance = kSessionTokenLines + 1;
  for (size_t i = 0; i < all.size(); ++i) {
    const Finding& other = all[i];
    if (!other.rule.starts_with("aws-session-token") || !SameBlob(other, key))
      continue;
    const uint64_t a = other.location.line, b = key.location.line;
    const uint64_t distance = a > b ? a - b : b - a;
    if (distance < best_distance) best = i, best_distance = distance;
  }
  return best;
}

Verification Unchecked(const std::string& reason) {
  Verification verdict;
  verdict.status = "unknown";
  verdict.reason = reason;
  return verdict;
}

// The AWS key ID finding for a secret-key finding (its related anchor).
const Finding* PartnerKeyId(const std::vector<Finding>& all, const Finding& secret) {
  for (const RelatedFinding& related : secret.related) {
    if (related.rule != "aws-access-key-id") continue;
    for (const Finding& other : all)
      if (other.fingerprint == related.fingerprint && SameBlob(other, secret) &&
          !other.raw_secret.empty())
        return &other;
  }
  return nullptr;
}

// Groups findings into credentials; findings without a check get their
// verdict here.
std::vector<Credential> Group(ScanResult* result) {
  std::vector<Finding>& all = result->findings;
  std::map<std::string, size_t> index;
  std::vector<Credential> credentials;
  auto add = [&](const std::string& key, Credential credential, size_t finding) {
    auto [it, fresh] = index.emplace(key, credentials.size());
    if (fresh) credentials.push_back(std::move(credential));
    credentials[it->second].findings.push_back(finding);
  };
  for (size_t i = 0; i < all.size(); ++i) {
    Finding& finding = all[i];
    finding.has_verification = true;
    if (finding.rule == "aws-access-key-id" || finding.rule == "aws-secret-access-key") {
      const Finding* id = &finding;
      const Finding* secret = nullptr;
      if (finding.rule == "aws-secret-access-key") {
        secret = &finding;
        id = PartnerKeyId(all, finding);
      } else {
        for (const RelatedFinding& related : finding.related)
          for (const Finding& other : all)
            if (!secret && other.fingerprint == related.fingerprint &&
                related.rule == "aws-secret-access-key" && SameBlob(other, finding))
              secret = &other;
      }
      if (!id || !secret) {
        finding.verification = Unchecked(
            "not checked: an AWS key ID and its secret key are checked together, "
            "and this one has no partner beside it");
        continue;
      }
      auto account = id->details.find("aws_account");
      if (account != id->details.end() && IsCanaryAwsAccount(account->second)) {
        finding.details["canary"] = "true";
        finding.verification = Unchecked(
            "not checked: a canary token (account " + account->second +
            "); using it would raise its alarm");
        continue;
      }
      // The secret key's runbook names the key ID it pairs with.
      if (secret == &finding) finding.details["aws_access_key_id"] = id->raw_secret;
      Credential credential;
      credential.family = "aws";
      credential.aws = {id->raw_secret, secret->raw_secret, ""};
      const std::string key = "aws:" + id->raw_secret + ':' + secret->raw_secret;
      if (id->raw_secret.starts_with("ASIA")) {
        // The session token is part of the credential and shares its verdict.
        const size_t token = SessionTokenNear(all, *id);
        if (token < all.size()) {
          credential.aws.session_token = all[token].raw_secret;
          add(key, credential, token);
        }
      }
      add(key, std::move(credential), i);
      continue;
    }
    const ProviderCheck* check = FindProviderCheck(finding.rule);
    if (!check || finding.raw_secret.empty()) {
      finding.verification = Unchecked("not checked: no live check for this rule");
      continue;
    }
    Credential credential;
    credential.family = check->family;
    credential.check = check;
    credential.secret = finding.raw_secret;
    add(check->family + '\0' + finding.raw_secret, std::move(credential), i);
  }
  return credentials;
}

Verification CheckOne(const Credential& credential, const VerifyOptions& options,
                      const HttpClient& client) {
  auto endpoint = options.endpoints.find(credential.family);
  const std::string base = endpoint == options.endpoints.end() ? "" : endpoint->second;
  HttpRequest request =
      credential.check ? ProviderRequest(*credential.check, credential.secret, base)
                       : StsRequest(credential.aws, base, AmzDateNow());
  request.custom_endpoint = !base.empty();
  const HttpResponse response = client.Send(request);
  return credential.check ? JudgeProviderAnswer(*credential.check, response)
                          : JudgeStsAnswer(response);
}

}  // namespace

bool ParseVerifyEndpoint(const std::string& spec, std::string* family,
                         std::string* url, std::string* err) {
  const size_t eq = spec.find('=');
  if (eq == std::string::npos) {
    *err = "--verify-endpoint wants NAME=URL, got \"" + spec + "\"";
    return false;
  }
  *family = spec.substr(0, eq);
  *url = spec.substr(eq + 1);
  bool known = *family == "aws";
  for (const ProviderCheck& check : ProviderChecks()) known |= check.family == *family;
  if (!known) {
    *err = "--verify-endpoint: unknown provider \"" + *family + "\"";
    return false;
  }
  if (UrlAuthority(*url).empty()) {
    *err = "--verify-endpoint: " + *family + " needs an https:// URL";
    return false;
  }
  return true;
}

void VerifyFindings(const VerifyOptions& options, ScanResult* result) {
  CurlGlobalInit();
  const CurlHttpClient client({options.timeout_ms, options.ca_file});
  VerifyFindingsWith(options, client, result);
}

void VerifyFindingsWith(const VerifyOptions& options, const HttpClient& client,
                        ScanResult* result) {
  std::vector<Credential> credentials = Group(result);
  RateLimit limit(options.rate);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < credentials.size(); i = next++) {
      limit.Wait(credentials[i].family);
      credentials[i].verdict = CheckOne(credentials[i], options, client);
      credentials[i].verdict.checked_at = NowRfc3339();
    }
  };
  const size_t threads = std::min<size_t>(
      credentials.size(), static_cast<size_t>(std::max(options.concurrency, 1)));
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& thread : pool) thread.join();
  for (const Credential& credential : credentials)
    for (size_t i : credential.findings)
      result->findings[i].verification = credential.verdict;

  VerificationCounts& counts = result->summary.verification;
  counts.ran = true;
  for (Finding& finding : result->findings) {
    const std::string& status = finding.verification.status;
    ++(status == "live" ? counts.live
                        : status == "invalid" ? counts.invalid : counts.unknown);
    std::fill(finding.raw_secret.begin(), finding.raw_secret.end(), '\0');
    finding.raw_secret.clear();
    finding.raw_secret.shrink_to_fit();
  }
}

void LeaveOutNotLive(ScanResult* result) {
  std::vector<Finding>& all = result->findings;
  const auto live_end = std::stable_partition(
      all.begin(), all.end(), [](const Finding& finding) {
        return finding.verification.status == "live";
      });
  result->summary.verification.left_out += all.end() - live_end;
  all.erase(live_end, all.end());
}

}  // namespace leakgate

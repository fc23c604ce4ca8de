// Building findings from confirmed matches, and ordering a result.

#include "leakgate/finding.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "leakgate/aws.h"
#include "leakgate/sha256.h"
#include "leakgate/verified_guidance.h"
#include "leakgate/verify.h"

namespace leakgate {
namespace {

// Files whose whole purpose is to hold credentials: a keyword-anchored
// value there is likelier a real one than the same line in code or docs.
bool IsCredentialFile(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  const std::string_view name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  static constexpr std::string_view kNames[] = {
      ".env", "_netrc", ".netrc", ".pgpass", ".my.cnf", ".pypirc", ".npmrc",
      ".git-credentials", ".dockercfg", ".s3cfg", ".boto", "credentials",
      "credentials.xml", "settings.xml", "wp-config.php", "secrets.yml",
      "secrets.yaml", "terraform.tfvars", "terraform.tfstate"};
  for (std::string_view known : kNames)
    if (name == known) return true;
  static constexpr std::string_view kSuffixes[] = {
      ".env", ".properties", ".tfvars", ".tfstate", ".ini", ".cnf", ".cfg"};
  for (std::string_view suffix : kSuffixes)
    if (name.size() > suffix.size() && name.ends_with(suffix)) return true;
  return name.starts_with(".env.") ||
         (name == "config.json" && path.find(".docker") != std::string_view::npos);
}


constexpr size_t kFingerprintHexDigits = 32;

std::string FillPlaceholders(std::string text,
                             const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

// "{name}" → "<name>" for every lower-case identifier in braces.
std::string ShowPlaceholders(std::string text) {
  for (size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    size_t close = open + 1;
    while (close < text.size() &&
           (std::islower(static_cast<unsigned char>(text[close])) ||
            text[close] == '_'))
      ++close;
    if (close == open + 1 || close == text.size() || text[close] != '}')
      continue;
    text[open] = '<';
    text[close] = '>';
  }
  return text;
}

}  // namespace

std::string Fingerprint(const std::string& rule_id, std::string_view secret) {
  Sha256 hash;
  hash.Update(std::string_view("leakgate-fingerprint-v1\0", 24));
  hash.Update(rule_id);
  hash.Update(std::string_view("\0", 1));
  hash.Update(secret);
  return "lg1:" + hash.FinalHex().substr(0, kFingerprintHexDigits);
}

Finding BuildFinding(const RuleSet& rules, int rule_index,
                     std::string_view secret, const Location& location,
                     bool show_secrets) {
  const Rule& rule = rules.rule(static_cast<size_t>(rule_index));
  Finding finding;
  finding.rule_index = rule_index;
  finding.rule = rule.id;
  finding.name = rule.name;
  finding.severity = rule.severity;
  finding.confidence = rule.confidence;
  if (rule.fallback && IsCredentialFile(location.path))
    finding.confidence = Confidence::kMedium;
  finding.secret = RedactSecret(secret, show_secrets || !rule.redact);
  finding.fingerprint = Fingerprint(rule.id, secret);
  finding.location = location;
  if (rule.details == "aws-access-key-id") {
    finding.details = AwsKeyIdDetails(secret);
  } else if (rule.details == "token-checksum") {
    // A failed checksum means a made-up value (a test fixture), reported
    // all the same: the value may still be what someone pasted.
    finding.details["checksum"] = HasValidTokenChecksum(secret)
                                      ? "valid"
                                      : "invalid (not issued by the provider?)";
  }

  // An ID no account can own, or a token whose checksum fails, is most
  // likely made up: still reported, with less confidence.
  if (finding.details.count("aws_account_note") &&
      finding.details["aws_account_note"].starts_with("decodes to"))
    finding.confidence = Confidence::kMedium;
  auto checksum = finding.details.find("checksum");
  if (checksum != finding.details.end() && checksum->second != "valid")
    finding.confidence = Confidence::kMedium;

  finding.guidance = &rule.GuidanceFor(std::string(secret));
  return finding;
}

Guidance FilledGuidance(const Finding& finding) {
  if (!finding.guidance) return {};
  std::map<std::string, std::string> values = finding.details;
  values["secret"] = finding.secret;
  if (!values.count("aws_account")) values["aws_account"] = "(see step 1)";
  Guidance filled;
  filled.summary = FillPlaceholders(finding.guidance->summary, values);
  for (const std::string& step : finding.guidance->steps)
    filled.steps.push_back(FillPlaceholders(step, values));
  filled.links = finding.guidance->links;
  return WithVerifiedIdentity(finding, std::move(filled));
}

Guidance GenericGuidance(const Guidance& guidance) {
  Guidance generic = guidance;
  generic.summary = ShowPlaceholders(std::move(generic.summary));
  for (std::string& step : generic.steps)
    step = ShowPlaceholders(std::move(step));
  return generic;
}

void SortResult(ScanResult* result) {
  auto key = [](const Finding& f) {
    return std::tie(f.repository, f.location.path, f.location.line,
                    f.location.column, f.rule, f.location.end_line,
                    f.location.end_column, f.fingerprint, f.git.commit);
  };
  std::sort(
      result->findings.begin(), result->findings.end(),
      [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  std::sort(result->skipped.begin(), result->skipped.end(),
            [](const Skip& a, const Skip& b) {
              return std::tie(a.path, a.reason) < std::tie(b.path, b.reason);
            });
  std::sort(result->warnings.begin(), result->warnings.end());
  std::sort(result->errors.begin(), result->errors.end(),
            [](const ScanError& a, const ScanError& b) {
              return std::tie(a.path, a.object, a.message) <
                     std::tie(b.path, b.object, b.message);
            });
}

}  // namespace leakgate

// Shared by the reporter golden tests: the fixed result they render (an AWS
// key pair on two lines, a skip, an error on a path that is not UTF-8) and
// the comparison with a golden file. Set LEAKGATE_UPDATE_GOLDEN=1 to rewrite
// the golden files after an intended change, then review the diff.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "leakgate/finding.h"

namespace leakgate::testing {

inline ScanResult FixedResult() {
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
  // Guidance is the rule's: placeholders are filled in when reported.
  static const Guidance kIdGuidance = {
      "Key {secret} is exposed.",
      {"step one", "step two", "step three", "step four"},
      {"https://docs.aws.amazon.com/"}};
  id.guidance = &kIdGuidance;
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
  static const Guidance kSecretGuidance = {
      "A secret key is exposed.", {"deactivate"}, {}};
  secret.guidance = &kSecretGuidance;
  secret.snippet = "AWS_SECRET_ACCESS_KEY=pTyG…(redacted)\x1b[31m";
  result.findings = {id, secret};
  result.skipped = {{"link", "symbolic link not followed"}};
  result.errors = {{"missing\xff.txt", "", "No such file or directory"}};
  return result;
}

/// The golden file `name`'s bytes, or `actual` after writing it there when
/// LEAKGATE_UPDATE_GOLDEN is set.
inline std::string Golden(const std::string& name, const std::string& actual) {
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

}  // namespace leakgate::testing

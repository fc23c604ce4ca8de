// What a scan produces: findings, skips, errors, and their summary.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "leakgate/rule.h"

namespace leakgate {

/// 1-based line and byte column; end_column is exclusive.
struct Location {
  std::string path;  ///< relative to the scan root; "-" for stdin.
  uint64_t line = 0;
  uint64_t column = 0;
  uint64_t end_line = 0;
  uint64_t end_column = 0;
};

/// Where a git finding was seen first (filled by the git source).
struct GitProvenance {
  std::string commit;
  std::string author;
  std::string email;
  std::string date;  ///< RFC 3339, UTC.
  std::string blob;
  bool first_seen = true;
  /// The commit's time and generation: with `commit`, the order in which
  /// shards and workers fold to the oldest (not reported).
  int64_t time = 0;
  uint32_t generation = 0;
};

struct RelatedFinding {
  std::string rule;
  std::string fingerprint;
  uint64_t line = 0;
};

/// The outcome of a live check (--verify, DESIGN.md §8).
struct Verification {
  std::string status;      ///< "live", "invalid" or "unknown".
  std::string checked_at;  ///< RFC 3339, UTC.
  /// What the provider says the credential is: AWS account, arn, user.
  std::map<std::string, std::string> identity;
  std::string reason;  ///< why "unknown" (or "invalid"); never a secret.
};

struct Finding {
  int rule_index = -1;
  std::string rule;
  std::string name;
  Severity severity = Severity::kHigh;
  Confidence confidence = Confidence::kHigh;
  std::string secret;  ///< as reported: redacted unless --show-secrets.
  std::string fingerprint;
  /// `git` with several repositories: the one this finding is in (empty
  /// otherwise, and then not reported).
  std::string repository;
  Location location;
  bool has_git = false;
  GitProvenance git;
  uint64_t occurrences = 1;
  std::vector<RelatedFinding> related;
  std::map<std::string, std::string> details;
  /// The decoding layers the secret was found under, outermost first
  /// ("base64", …); its location is that of the encoded text. Reports write
  /// it as details.decoded.
  std::vector<std::string> decoded;
  /// The rule's guidance for this secret, placeholders not filled in (the
  /// rule set outlives findings); reporters call FilledGuidance().
  const Guidance* guidance = nullptr;
  std::string snippet;  ///< the line, every secret on it masked.
  /// The line(s) holding the secret carry `leakgate:allow` (or
  /// `gitleaks:allow`); suppress.h decides what that means.
  bool inline_allowed = false;
  /// --verify only: the secret itself, kept until the live check and then
  /// cleared; never written to a report.
  std::string raw_secret;
  bool has_verification = false;
  Verification verification;
};

/// Something that was asked for and could not be read (counts toward exit 2).
struct ScanError {
  std::string path;
  std::string object;  ///< git object id, empty when not applicable.
  std::string message;
};

/// Something deliberately not scanned (symlink, FIFO, .git/ ...).
struct Skip {
  std::string path;
  std::string reason;
};

struct Suppressed {
  uint64_t inline_comment = 0;
  uint64_t ignore_file = 0;
  uint64_t baseline = 0;
};

/// --verify: findings by verification status, counted before
/// --only-verified leaves out the ones that are not live (`left_out`).
struct VerificationCounts {
  bool ran = false;
  uint64_t live = 0;
  uint64_t invalid = 0;
  uint64_t unknown = 0;
  uint64_t left_out = 0;
};

struct ScanSummary {
  uint64_t files = 0;
  uint64_t blobs = 0;
  uint64_t bytes = 0;
  Suppressed suppressed;
  /// Findings left out by --min-confidence.
  uint64_t below_min_confidence = 0;
  VerificationCounts verification;
  uint64_t duration_ms = 0;
};

struct ScanResult {
  bool complete = true;
  ScanSummary summary;
  std::vector<Finding> findings;
  std::vector<Skip> skipped;
  std::vector<std::string> warnings;
  std::vector<ScanError> errors;
};

/// Sorts findings by (repository, path, line, column, rule), skips and errors by path and
/// warnings by text, so that a report does not depend on thread scheduling.
void SortResult(ScanResult* result);

}  // namespace leakgate

namespace leakgate {

/// "lg1:" + 32 hex digits of SHA-256 over the rule id and the secret: stable
/// when the secret moves, and truncated so it does not reveal a short secret.
std::string Fingerprint(const std::string& rule_id, std::string_view secret);

/// The secret as reports show it: whole when `reveal`, otherwise at most its
/// first 4 characters (none for short secrets) and "…(redacted)".
std::string RedactSecret(std::string_view secret, bool reveal);

/// Builds a finding for `secret` (the raw bytes) of rule `rule_index`: fills
/// name, severity, fingerprint, the reported (redacted) secret, details and
/// which of the rule's guidance applies. The raw secret is not kept.
Finding BuildFinding(const RuleSet& rules, int rule_index,
                     std::string_view secret, const Location& location,
                     bool show_secrets);

/// The finding's guidance with its placeholders ({secret}, {aws_account},
/// the details) filled in. Rendered when a report is written, not kept per
/// finding: the text is the bulk of a finding's size.
Guidance FilledGuidance(const Finding& finding);

/// A rule's guidance with every placeholder shown as "<name>", for a help
/// text that describes the rule rather than one finding.
Guidance GenericGuidance(const Guidance& guidance);

/// Links, within one blob's findings, each finding of a rule with a nearby
/// anchor to the closest anchor finding within that many lines, both ways
/// (`related`). Findings must come from the same path.
void LinkRelated(const RuleSet& rules, std::vector<Finding>* findings);

}  // namespace leakgate

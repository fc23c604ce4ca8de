// A detection rule and the immutable rule pack, as read from rules/*.toml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace leakgate {

enum class Severity { kInfo, kLow, kMedium, kHigh, kCritical };

const char* SeverityName(Severity severity);
bool ParseSeverity(const std::string& text, Severity* severity);

/// How likely a finding is a real credential (README "Reports"): high for a
/// provider format with a prefix, checksum or pairing; medium for a
/// keyword-anchored value where credentials live; low for generic matches.
enum class Confidence { kLow, kMedium, kHigh };

const char* ConfidenceName(Confidence confidence);
bool ParseConfidence(const std::string& text, Confidence* confidence);

/// What to tell the user to do about a finding. Steps may hold placeholders
/// such as {secret} or {aws_account} that finding/ fills in.
struct Guidance {
  std::string summary;
  std::vector<std::string> steps;
  std::vector<std::string> links;
};

/// Guidance that replaces the rule's default when the secret starts with
/// `prefix` (an ASIA key is revoked differently from an AKIA key).
struct GuidanceVariant {
  std::string prefix;
  Guidance guidance;
};

/// A second way to confirm a rule: a candidate matching `confirm` is reported
/// when it stands within `lines` lines of a confirmed finding of `anchor_rule`
/// (an AWS secret key with no keyword, next to its key ID).
struct NearbyConfirm {
  std::string anchor_rule;
  int lines = 0;
  std::string confirm;
};

struct Rule {
  std::string id;
  std::string name;
  Severity severity = Severity::kHigh;
  /// Hyperscan prefilter; may match more than the rule, never less.
  std::string pattern;
  /// PCRE2; the named group `secret` is the finding.
  std::string confirm;
  std::vector<std::string> keywords;
  /// Shannon bits per byte the secret must reach.
  double min_entropy = 0.0;
  /// PCRE2 decoys tested on the secret.
  std::vector<std::string> allow;
  /// false: the secret identifies but does not authenticate (shown whole).
  bool redact = true;
  /// A catch-all (generic password): reported only where no other rule's
  /// secret overlaps, so one secret is one finding.
  bool fallback = false;
  /// The confidence of its findings (default: high, low for a fallback).
  Confidence confidence = Confidence::kHigh;
  /// Name of a details decoder, e.g. "aws-access-key-id".
  std::string details;
  /// Name of a structural check the secret must pass, e.g. "jwt-header".
  std::string verify;
  /// Bytes before a prefilter hit that confirm may read.
  int lookbehind = 0;
  /// Bytes after a prefilter hit that confirm may read.
  int lookahead = 64;
  bool has_nearby = false;
  NearbyConfirm nearby;
  Guidance guidance;
  std::vector<GuidanceVariant> guidance_variants;
  std::vector<std::string> positive_examples;
  std::vector<std::string> negative_examples;
  std::string source_file;  ///< where the rule was defined, for messages.

  /// The guidance to show for `secret`: a matching variant or the default.
  const Guidance& GuidanceFor(const std::string& secret) const;
};

/// One file of rule data, as embedded in the binary or read from disk.
struct RuleFile {
  std::string name;
  std::string text;
};

/// The immutable rule pack. Rule indices are stable and are the Hyperscan
/// expression ids.
class RuleSet {
 public:
  RuleSet() = default;
  RuleSet(std::vector<Rule> rules, std::vector<std::string> global_allow,
          std::string digest);

  const std::vector<Rule>& rules() const { return rules_; }
  const Rule& rule(size_t index) const { return rules_[index]; }
  size_t size() const { return rules_.size(); }
  /// Decoy regexes applied to the secret of every rule (placeholders, docs).
  const std::vector<std::string>& global_allow() const { return global_allow_; }
  /// "sha256:<hex>" of the rule files' names and contents.
  const std::string& digest() const { return digest_; }
  /// Index of the rule with `id`, or -1.
  int IndexOf(const std::string& id) const;
  /// Largest lookbehind + lookahead of any rule (and its nearby window):
  /// chunked scanning overlaps buffers by more than this.
  size_t MaxContext() const;

 private:
  std::vector<Rule> rules_;
  std::vector<std::string> global_allow_;
  std::string digest_;
  std::map<std::string, int> index_;
};

/// Parses and validates rule files (TOML). On failure returns false and
/// fills `err` with the file, the rule id and the cause. Validation covers
/// required fields, unique ids, severities and nearby anchors; regexes are
/// compiled by the engines (see CheckRuleSet).
bool LoadRuleSet(const std::vector<RuleFile>& files, RuleSet* rules,
                 std::string* err);

/// Bytes the nearby confirmation may read on each side of its anchor.
inline constexpr size_t kNearbyWindowBytes = 2048;

}  // namespace leakgate

// RuleSet: the immutable, indexed rule pack.

#include <algorithm>

#include "leakgate/rule.h"

namespace leakgate {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
    case Severity::kCritical:
      return "critical";
  }
  return "unknown";
}

const char* ConfidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::kLow:
      return "low";
    case Confidence::kMedium:
      return "medium";
    case Confidence::kHigh:
      return "high";
  }
  return "unknown";
}

bool ParseConfidence(const std::string& text, Confidence* confidence) {
  for (Confidence value :
       {Confidence::kLow, Confidence::kMedium, Confidence::kHigh}) {
    if (text == ConfidenceName(value)) {
      *confidence = value;
      return true;
    }
  }
  return false;
}

bool ParseSeverity(const std::string& text, Severity* severity) {
  static const std::pair<const char*, Severity> kNames[] = {
      {"info", Severity::kInfo},
      {"low", Severity::kLow},
      {"medium", Severity::kMedium},
      {"high", Severity::kHigh},
      {"critical", Severity::kCritical}};
  for (const auto& [name, value] : kNames) {
    if (text == name) {
      *severity = value;
      return true;
    }
  }
  return false;
}

const Guidance& Rule::GuidanceFor(const std::string& secret) const {
  for (const GuidanceVariant& variant : guidance_variants) {
    if (secret.compare(0, variant.prefix.size(), variant.prefix) == 0)
      return variant.guidance;
  }
  return guidance;
}

RuleSet::RuleSet(std::vector<Rule> rules, std::vector<std::string> global_allow,
                 std::string digest)
    : rules_(std::move(rules)),
      global_allow_(std::move(global_allow)),
      digest_(std::move(digest)) {
  for (size_t i = 0; i < rules_.size(); ++i)
    index_[rules_[i].id] = static_cast<int>(i);
}

int RuleSet::IndexOf(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? -1 : it->second;
}

size_t RuleSet::MaxContext() const {
  size_t widest = 0;
  for (const Rule& rule : rules_) {
    size_t context = static_cast<size_t>(rule.lookbehind + rule.lookahead);
    if (rule.has_nearby) context = std::max(context, 2 * kNearbyWindowBytes);
    widest = std::max(widest, context);
  }
  return widest;
}

}  // namespace leakgate

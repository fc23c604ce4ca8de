// Reads rule files (TOML) into a validated RuleSet.
//
// TOML because regexes sit in literal strings ('''...''') with no escaping,
// and because gitleaks users already write their rules in it. Each file holds
// `[[rule]]` tables and may hold one `[allow]` table whose `secrets` apply to
// every rule. Everything a later stage relies on is checked here, with the
// file and rule id in the message: required fields, unique ids, severities,
// nearby anchors, and a bounded confirm window (taken from the pattern's
// maximum width when the rule does not set `lookbehind`).

#include <toml++/toml.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "leakgate/hs_database.h"
#include "leakgate/rule.h"
#include "leakgate/sha256.h"
#include "leakgate/verify.h"

namespace leakgate {
namespace {

// Widest prefilter match that gets a window of its own width; wider or
// unbounded patterns must say how far back confirm should look.
constexpr unsigned kMaxDerivedLookbehind = 4096;
constexpr int kMaxWindow = 16384;

bool ReadStrings(const toml::node_view<const toml::node>& node,
                 std::vector<std::string>* out, std::string* err) {
  if (!node) return true;
  const toml::array* array = node.as_array();
  if (!array) {
    *err = "expected an array of strings";
    return false;
  }
  for (const toml::node& item : *array) {
    std::optional<std::string> value = item.value<std::string>();
    if (!value) {
      *err = "expected an array of strings";
      return false;
    }
    out->push_back(*value);
  }
  return true;
}

bool ReadGuidance(const toml::node_view<const toml::node>& node, Guidance* out,
                  std::string* err) {
  out->summary = node["summary"].value_or(std::string());
  if (!ReadStrings(node["steps"], &out->steps, err) ||
      !ReadStrings(node["links"], &out->links, err))
    return false;
  return true;
}

bool ReadRule(const toml::table& table, Rule* rule, std::string* err) {
  toml::node_view<const toml::node> view(table);
  rule->id = view["id"].value_or(std::string());
  if (rule->id.empty()) {
    *err = "rule without an id";
    return false;
  }
  auto fail = [&](const std::string& what) {
    *err = "rule " + rule->id + ": " + what;
    return false;
  };
  rule->name = view["name"].value_or(std::string());
  rule->pattern = view["pattern"].value_or(std::string());
  rule->confirm = view["confirm"].value_or(std::string());
  if (rule->name.empty()) return fail("missing name");
  if (rule->pattern.empty()) return fail("missing pattern");
  if (rule->confirm.empty()) return fail("missing confirm");
  if (rule->confirm.find("(?<secret>") == std::string::npos &&
      rule->confirm.find("(?P<secret>") == std::string::npos)
    return fail("confirm has no named group 'secret'");
  if (!ParseSeverity(view["severity"].value_or(std::string()), &rule->severity))
    return fail("severity must be one of info, low, medium, high, critical");

  std::string field_err;
  if (!ReadStrings(view["keywords"], &rule->keywords, &field_err) ||
      !ReadStrings(view["allow"], &rule->allow, &field_err))
    return fail(field_err);
  rule->min_entropy = view["min_entropy"].value_or(0.0);
  rule->redact = view["redact"].value_or(true);
  rule->fallback = view["fallback"].value_or(false);
  rule->confidence = rule->fallback ? Confidence::kLow : Confidence::kHigh;
  if (auto confidence = view["confidence"].value<std::string>();
      confidence && !ParseConfidence(*confidence, &rule->confidence))
    return fail("confidence must be one of low, medium, high");
  rule->details = view["details"].value_or(std::string());
  rule->verify = view["verify"].value_or(std::string());
  if (!rule->verify.empty() && !IsKnownVerifier(rule->verify))
    return fail("unknown verify check " + rule->verify);
  rule->lookahead = view["lookahead"].value_or(64);

  unsigned min_width = 0, max_width = 0;
  if (!HsDatabase::CheckPattern(rule->pattern, &min_width, &max_width,
                                &field_err))
    return fail("pattern: " + field_err);
  if (auto lookbehind = view["lookbehind"].value<int>()) {
    rule->lookbehind = *lookbehind;
  } else if (max_width <= kMaxDerivedLookbehind) {
    rule->lookbehind = static_cast<int>(max_width);
  } else {
    return fail("pattern has no bounded width; set lookbehind");
  }
  if (rule->lookbehind < 1 || rule->lookbehind > kMaxWindow ||
      rule->lookahead < 0 || rule->lookahead > kMaxWindow)
    return fail("lookbehind and lookahead must be within 1.." +
                std::to_string(kMaxWindow));

  if (const toml::table* nearby = table["nearby"].as_table()) {
    toml::node_view<const toml::node> n(*nearby);
    rule->has_nearby = true;
    rule->nearby.anchor_rule = n["rule"].value_or(std::string());
    rule->nearby.lines = n["lines"].value_or(0);
    rule->nearby.confirm = n["confirm"].value_or(std::string());
    if (rule->nearby.anchor_rule.empty() || rule->nearby.lines <= 0 ||
        rule->nearby.confirm.find("(?<secret>") == std::string::npos)
      return fail(
          "nearby needs rule, lines > 0 and a confirm with (?<secret>)");
  }

  if (!ReadGuidance(view["guidance"], &rule->guidance, &field_err))
    return fail("guidance: " + field_err);
  if (rule->guidance.summary.empty() || rule->guidance.steps.empty())
    return fail("guidance needs a summary and steps");
  if (const toml::array* variants = view["guidance"]["when"].as_array()) {
    for (const toml::node& node : *variants) {
      GuidanceVariant variant;
      toml::node_view<const toml::node> v(node);
      variant.prefix = v["prefix"].value_or(std::string());
      if (variant.prefix.empty() ||
          !ReadGuidance(v, &variant.guidance, &field_err) ||
          variant.guidance.steps.empty())
        return fail("guidance.when needs a prefix and steps");
      rule->guidance_variants.push_back(std::move(variant));
    }
  }

  if (!ReadStrings(view["examples"]["positive"], &rule->positive_examples,
                   &field_err) ||
      !ReadStrings(view["examples"]["negative"], &rule->negative_examples,
                   &field_err))
    return fail("examples: " + field_err);
  if (rule->positive_examples.empty())
    return fail("needs at least one positive example");
  return true;
}

}  // namespace

bool LoadRuleSet(const std::vector<RuleFile>& files, RuleSet* rules,
                 std::string* err) {
  std::vector<Rule> loaded;
  std::vector<std::string> global_allow;
  std::set<std::string> ids;
  for (const RuleFile& file : files) {
    toml::table root;
    try {
      root = toml::parse(file.text, file.name);
    } catch (const toml::parse_error& e) {
      std::ostringstream message;
      message << file.name << ":" << e.source().begin.line << ":"
              << e.source().begin.column << ": " << e.description();
      *err = message.str();
      return false;
    }
    std::string field_err;
    const toml::table& const_root = root;
    if (!ReadStrings(const_root["allow"]["secrets"], &global_allow,
                     &field_err)) {
      *err = file.name + ": allow.secrets: " + field_err;
      return false;
    }
    const toml::array* array = const_root["rule"].as_array();
    if (!array) continue;
    for (const toml::node& node : *array) {
      const toml::table* table = node.as_table();
      Rule rule;
      rule.source_file = file.name;
      if (!table) {
        *err = file.name + ": [[rule]] must be a table";
        return false;
      }
      if (!ReadRule(*table, &rule, err)) {
        *err = file.name + ": " + *err;
        return false;
      }
      if (!ids.insert(rule.id).second) {
        *err = file.name + ": duplicate rule id " + rule.id;
        return false;
      }
      loaded.push_back(std::move(rule));
    }
  }
  for (const Rule& rule : loaded) {
    if (rule.has_nearby && !ids.count(rule.nearby.anchor_rule)) {
      *err = rule.source_file + ": rule " + rule.id + ": nearby rule " +
             rule.nearby.anchor_rule + " does not exist";
      return false;
    }
  }
  if (loaded.empty()) {
    *err = "no rules";
    return false;
  }

  Sha256 digest;
  for (const RuleFile& file : files) {
    digest.Update(file.name);
    digest.Update(std::string_view("\0", 1));
    digest.Update(file.text);
    digest.Update(std::string_view("\0", 1));
  }
  *rules = RuleSet(std::move(loaded), std::move(global_allow),
                   "sha256:" + digest.FinalHex());
  return true;
}

}  // namespace leakgate

// SARIF 2.1.0 report (README.md, "Reports"), shaped for GitHub code scanning: one
// run; a rule descriptor for each rule that has findings, sorted by id, whose
// help is the rule's guidance; one result per finding, in the result's
// (sorted) order, with a partial fingerprint that follows the secret rather
// than the line; errors, warnings and skips as notifications of the one
// invocation. A rule's help is its guidance with placeholders shown as
// "<secret>"; each result's message repeats the steps for its own secret.
//
// Columns are the finding's byte columns: SARIF's exclusive endColumn is
// ours, and they equal UTF-16 columns on ASCII lines. The output is escaped
// to ASCII, so no byte of a scanned path or secret reaches a terminal raw;
// bytes that are not UTF-8 become U+FFFD inside strings and are
// percent-encoded in URIs.

#include <map>
#include <nlohmann/json.hpp>
#include <string_view>

#include "json_stream.h"
#include "report_text.h"
#include "leakgate/reporter.h"

namespace leakgate {
namespace {

using Json = nlohmann::ordered_json;

constexpr char kSchema[] =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";
constexpr char kSourceRoot[] = "%SRCROOT%";
// A versioned partial-fingerprint name (SARIF §3.27.17) for our "lg1:" ones.
constexpr char kFingerprintKey[] = "leakgate/v1";
// GitHub code scanning's limits on a rule's name and descriptions.
constexpr size_t kMaxNameChars = 255;
constexpr size_t kMaxDescriptionChars = 1024;

const char* Level(Severity severity) {
  switch (severity) {
    case Severity::kCritical:
    case Severity::kHigh:
      return "error";
    case Severity::kMedium:
      return "warning";
    case Severity::kLow:
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

// GitHub's security-severity score, which it buckets back into critical
// (over 9.0), high, medium and low; nullptr for info, which is no security
// severity at all.
const char* SecuritySeverity(Severity severity) {
  switch (severity) {
    case Severity::kCritical:
      return "9.5";
    case Severity::kHigh:
      return "8.0";
    case Severity::kMedium:
      return "5.5";
    case Severity::kLow:
      return "2.0";
    case Severity::kInfo:
      return nullptr;
  }
  return nullptr;
}

// Percent-encodes every byte but RFC 3986's unreserved characters and "/",
// so that any path (spaces, "%", ":", bytes that are not UTF-8) is a valid
// URI reference that decodes back to the same bytes.
std::string EncodePath(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9') ||
        std::string_view("-._~/").find(c) != std::string_view::npos) {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

// A relative path is relative to the scan root (%SRCROOT%); an absolute one
// (several roots given) becomes a file URI.
Json ArtifactLocation(const std::string& path) {
  if (!path.empty() && path[0] == '/')
    return {{"uri", "file://" + EncodePath(path)}};
  return {{"uri", EncodePath(path)}, {"uriBaseId", kSourceRoot}};
}

// Backslash-escapes what Markdown would read as markup in the middle of a
// line; our own line prefixes ("1. ", "- ") carry the structure.
std::string EscapeMarkdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>&|~").find(c) != std::string_view::npos)
      out += '\\';
    out += c;
  }
  return out;
}

std::string GuidanceMarkdown(const Guidance& guidance) {
  std::string markdown = EscapeMarkdown(guidance.summary) + "\n";
  if (!guidance.steps.empty()) markdown += "\n";
  for (size_t i = 0; i < guidance.steps.size(); ++i)
    markdown +=
        std::to_string(i + 1) + ". " + EscapeMarkdown(guidance.steps[i]) + "\n";
  if (!guidance.links.empty()) markdown += "\n";
  for (const std::string& link : guidance.links)
    markdown += "- <" + link + ">\n";
  return markdown;
}

Json RuleJson(const Finding& finding) {
  const std::string severity = SeverityName(finding.severity);
  Json rule;
  rule["id"] = finding.rule;
  rule["name"] = Clip(finding.name, kMaxNameChars);
  rule["shortDescription"] = {
      {"text", Clip(finding.name + " exposed", kMaxDescriptionChars)}};
  rule["fullDescription"] = {
      {"text", Clip("leakgate found a secret of this kind (" + finding.name +
                        ", " + severity +
                        " severity) in the scanned files or git history. "
                        "Deleting it does not un-leak it: revoke or rotate "
                        "it as the help says.",
                    kMaxDescriptionChars)}};
  rule["defaultConfiguration"] = {{"level", Level(finding.severity)}};
  const Guidance help =
      finding.guidance ? GenericGuidance(*finding.guidance) : Guidance{};
  rule["help"] = {{"text", GuidanceText(help)},
                  {"markdown", GuidanceMarkdown(help)}};
  Json properties;
  properties["tags"] = {"security", "secret", "external/cwe/cwe-798"};
  if (const char* score = SecuritySeverity(finding.severity))
    properties["security-severity"] = score;
  rule["properties"] = std::move(properties);
  return rule;
}

// The first sentence is what GitHub shows when space is short.
std::string Message(const Finding& finding) {
  std::string text = finding.name + ": " + finding.secret + ".\n\n" +
                     GuidanceText(FilledGuidance(finding));
  if (!finding.related.empty()) text += "\n";
  for (const RelatedFinding& related : finding.related)
    text += "\nRelated: " + related.rule + " on line " +
            std::to_string(related.line) + ".";
  return text;
}

Json ResultJson(const Finding& finding, size_t rule_index) {
  const Location& at = finding.location;
  Json result;
  result["ruleId"] = finding.rule;
  result["ruleIndex"] = rule_index;
  // A key its provider accepted is an error whatever the rule's severity.
  result["level"] = finding.has_verification && finding.verification.status == "live"
                        ? "error"
                        : Level(finding.severity);
  result["message"] = {{"text", Message(finding)}};
  result["locations"] = {{{"physicalLocation",
                           {{"artifactLocation", ArtifactLocation(at.path)},
                            {"region",
                             {{"startLine", at.line},
                              {"startColumn", at.column},
                              {"endLine", at.end_line},
                              {"endColumn", at.end_column}}}}}}};
  result["partialFingerprints"] = {{kFingerprintKey, finding.fingerprint}};
  if (!finding.related.empty()) {
    Json related_locations = Json::array();
    for (const RelatedFinding& related : finding.related)
      related_locations.push_back(
          {{"id", related_locations.size() + 1},
           {"physicalLocation",
            {{"artifactLocation", ArtifactLocation(at.path)},
             {"region", {{"startLine", related.line}}}}},
           {"message", {{"text", related.rule}}}});
    result["relatedLocations"] = std::move(related_locations);
  }
  Json properties;
  properties["occurrences"] = finding.occurrences;
  if (!finding.repository.empty())
    properties["repository"] = finding.repository;
  properties["confidence"] = ConfidenceName(finding.confidence);
  if (!finding.details.empty() || !finding.decoded.empty()) {
    properties["details"] = Json::object();
    for (const auto& [key, value] : finding.details)
      properties["details"][key] = value;
    if (!finding.decoded.empty())
      properties["details"]["decoded"] = finding.decoded;
  }
  if (finding.has_verification) {
    properties["verification"] = {{"status", finding.verification.status}};
    if (!finding.verification.checked_at.empty())
      properties["verification"]["checked_at"] = finding.verification.checked_at;
    if (!finding.verification.identity.empty())
      properties["verification"]["identity"] = finding.verification.identity;
    if (!finding.verification.reason.empty())
      properties["verification"]["reason"] = finding.verification.reason;
  }
  if (finding.has_git) {
    // Staged blobs have no commit yet; messages have no blob.
    auto or_null = [](const std::string& text) {
      return text.empty() ? Json(nullptr) : Json(text);
    };
    const GitProvenance& git = finding.git;
    properties["git"] = {
        {"commit", or_null(git.commit)}, {"author", or_null(git.author)},
        {"email", or_null(git.email)},   {"date", or_null(git.date)},
        {"blob", or_null(git.blob)},     {"first_seen", git.first_seen}};
  }
  result["properties"] = std::move(properties);
  return result;
}

Json Notification(const char* level, const std::string& text) {
  return {{"level", level}, {"message", {{"text", text}}}};
}

class SarifReporter : public Reporter {
 public:
  explicit SarifReporter(const ReportContext& context) : context_(context) {}

  void Write(const ScanResult& result, const ReportOut& out) const override {
    // One descriptor per rule with findings, sorted by id, described by the
    // rule's first finding.
    std::map<std::string, const Finding*> first_of_rule;
    for (const Finding& finding : result.findings)
      first_of_rule.emplace(finding.rule, &finding);
    std::map<std::string, size_t> rule_index;
    Json rules = Json::array();
    for (const auto& [id, finding] : first_of_rule) {
      rule_index[id] = rules.size();
      rules.push_back(RuleJson(*finding));
    }

    Json notifications = Json::array();
    if (!result.complete)
      notifications.push_back(
          Notification("error",
                       "interrupted: the scan did not finish, results are "
                       "incomplete"));
    for (const ScanError& error : result.errors) {
      std::string text = error.path;
      if (!error.object.empty()) text += " (" + error.object + ")";
      notifications.push_back(
          Notification("error", text + ": " + error.message));
    }
    for (const std::string& warning : result.warnings)
      notifications.push_back(Notification("warning", warning));
    for (const Skip& skip : result.skipped)
      notifications.push_back(
          Notification("note", skip.path + ": " + skip.reason));
    Json invocation;
    invocation["executionSuccessful"] =
        result.complete && result.errors.empty();
    invocation["toolExecutionNotifications"] = std::move(notifications);
    // What suppression left out, so that a report never hides silently.
    const Suppressed& suppressed = result.summary.suppressed;
    invocation["properties"] = {{"suppressed",
                                 {{"inline", suppressed.inline_comment},
                                  {"ignore_file", suppressed.ignore_file},
                                  {"baseline", suppressed.baseline}}}};

    Json run;
    run["tool"] = {
        {"driver",
         {{"name", "leakgate"},
          {"version", context_.version},
          {"rules", std::move(rules)},
          {"properties", {{"rules_digest", context_.rules_digest}}}}}};
    run["invocations"] = Json::array({invocation});
    run["originalUriBaseIds"] = {
        {kSourceRoot,
         {{"description",
           {{"text",
             "The directory scanned (the working directory when several "
             "paths are given); for git scans, the repository's root."}}}}}};
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = Json::array();  // streamed: the last key of the run

    Json log;
    log["$schema"] = kSchema;
    log["version"] = "2.1.0";
    log["runs"] = Json::array({run});
    auto dump = [](const Json& json) {
      return json.dump(2, ' ', true, Json::error_handler_t::replace);
    };
    WriteWithStreamedArray(
        dump(log) + "\n", "results", result.findings.size(), context_.threads,
        [&](size_t i) {
          const Finding& finding = result.findings[i];
          return dump(ResultJson(finding, rule_index.at(finding.rule)));
        },
        out);
  }

 private:
  ReportContext context_;
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(const ReportContext& context) {
  return std::make_unique<SarifReporter>(context);
}

}  // namespace leakgate

// JSON and JSON Lines reports (README.md, "Reports"). Keys keep the documented
// order (ordered_json); bytes that are not UTF-8 (Latin-1 file names, binary
// context) are replaced with U+FFFD rather than failing the report.

#include <nlohmann/json.hpp>

#include "json_stream.h"
#include "leakgate/reporter.h"

namespace leakgate {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json FindingJson(const Finding& finding) {
  Json json;
  json["rule"] = finding.rule;
  json["name"] = finding.name;
  json["severity"] = SeverityName(finding.severity);
  json["secret"] = finding.secret;
  json["fingerprint"] = finding.fingerprint;
  if (!finding.repository.empty()) json["repository"] = finding.repository;
  const Location& at = finding.location;
  json["location"] = {{"path", at.path},
                      {"line", at.line},
                      {"column", at.column},
                      {"end_line", at.end_line},
                      {"end_column", at.end_column}};
  if (finding.has_git) {
    // Staged blobs have no commit yet; messages have no blob.
    auto or_null = [](const std::string& text) {
      return text.empty() ? Json(nullptr) : Json(text);
    };
    const GitProvenance& git = finding.git;
    json["git"] = {
        {"commit", or_null(git.commit)}, {"author", or_null(git.author)},
        {"email", or_null(git.email)},   {"date", or_null(git.date)},
        {"blob", or_null(git.blob)},     {"first_seen", git.first_seen}};
  }
  json["occurrences"] = finding.occurrences;
  json["related"] = Json::array();
  for (const RelatedFinding& related : finding.related)
    json["related"].push_back({{"rule", related.rule},
                               {"fingerprint", related.fingerprint},
                               {"line", related.line}});
  json["confidence"] = ConfidenceName(finding.confidence);
  json["details"] = Json::object();
  for (const auto& [key, value] : finding.details) json["details"][key] = value;
  // --verify marks canary keys; the contract has it as a JSON boolean.
  if (finding.details.count("canary"))
    json["details"]["canary"] = finding.details.at("canary") == "true";
  if (!finding.decoded.empty()) json["details"]["decoded"] = finding.decoded;
  if (finding.has_verification) {
    const Verification& v = finding.verification;
    json["verification"] = {{"status", v.status}};
    if (!v.checked_at.empty()) json["verification"]["checked_at"] = v.checked_at;
    if (!v.identity.empty()) json["verification"]["identity"] = v.identity;
    if (!v.reason.empty()) json["verification"]["reason"] = v.reason;
  }
  const Guidance guidance = FilledGuidance(finding);
  json["guidance"] = {{"summary", guidance.summary},
                      {"steps", guidance.steps},
                      {"links", guidance.links}};
  return json;
}

class JsonReporter : public Reporter {
 public:
  JsonReporter(const ReportContext& context, bool lines)
      : context_(context), lines_(lines) {}

  void Write(const ScanResult& result, const ReportOut& out) const override {
    Json head;
    head["tool"] = {{"name", "leakgate"},
                    {"version", context_.version},
                    {"rules_digest", context_.rules_digest}};
    head["complete"] = result.complete;
    const ScanSummary& s = result.summary;
    head["summary"] = {{"findings", result.findings.size()},
                       {"files", s.files},
                       {"blobs", s.blobs},
                       {"bytes", s.bytes},
                       {"skipped", result.skipped.size()},
                       {"errors", result.errors.size()},
                       {"suppressed",
                        {{"inline", s.suppressed.inline_comment},
                         {"ignore_file", s.suppressed.ignore_file},
                         {"baseline", s.suppressed.baseline}}},
                       {"below_min_confidence", s.below_min_confidence},
                       {"duration_ms", s.duration_ms}};
    if (s.verification.ran)
      head["summary"]["verification"] = {{"live", s.verification.live},
                                         {"invalid", s.verification.invalid},
                                         {"unknown", s.verification.unknown},
                                         {"left_out", s.verification.left_out}};
    Json skipped = Json::array();
    for (const Skip& skip : result.skipped)
      skipped.push_back({{"path", skip.path}, {"reason", skip.reason}});
    Json errors = Json::array();
    for (const ScanError& error : result.errors)
      errors.push_back({{"path", error.path},
                        {"object", error.object.empty() ? Json(nullptr)
                                                        : Json(error.object)},
                        {"message", error.message}});

    if (lines_) {
      RenderInOrder(
          result.findings.size(), context_.threads,
          [&](size_t i) {
            return Dump(FindingJson(result.findings[i]), -1) + "\n";
          },
          out);
      head["skipped"] = std::move(skipped);
      head["warnings"] = result.warnings;
      head["errors"] = std::move(errors);
      out(Dump(head, -1) + "\n");
      return;
    }
    head["findings"] = Json::array();
    head["skipped"] = std::move(skipped);
    head["warnings"] = result.warnings;
    head["errors"] = std::move(errors);
    WriteWithStreamedArray(
        Dump(head, 2) + "\n", "findings", result.findings.size(),
        context_.threads,
        [&](size_t i) { return Dump(FindingJson(result.findings[i]), 2); },
        out);
  }

 private:
  ReportContext context_;
  bool lines_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(const ReportContext& context,
                                           bool lines) {
  return std::make_unique<JsonReporter>(context, lines);
}

}  // namespace leakgate

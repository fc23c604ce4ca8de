// GitLab's secret-detection report (`--format gitlab`), the JSON a GitLab CI
// job hands over as `artifacts: reports: secret_detection`, written to
// version 15.2.1 of GitLab's security-report schema (a copy in
// tests/schemas, which the tests validate against). One vulnerability per
// finding, in the result's (sorted) order.
//
// The schema requires a commit on every location: git findings carry the
// commit that introduced the secret; file scans and staged blobs have none,
// and get "0000000", as GitLab's own analyzer writes for them. The id is
// UUID-shaped and derived from the fingerprint, path and line, so a re-run
// gives the same ids. raw_source_code_extract is the secret as reported,
// redacted unless --show-secrets. Errors and warnings become scan messages;
// an error or an interruption makes the scan's status "failure".

#include <ctime>
#include <nlohmann/json.hpp>

#include "json_stream.h"
#include "leakgate/reporter.h"
#include "leakgate/sha256.h"
#include "report_text.h"

namespace leakgate {
namespace {

using Json = nlohmann::ordered_json;

constexpr char kSchemaVersion[] = "15.2.1";
constexpr char kSchemaUrl[] =
    "https://gitlab.com/gitlab-org/security-products/security-report-schemas/"
    "-/raw/v15.2.1/dist/secret-detection-report-format.json";
constexpr char kNoCommit[] = "0000000";
// The schema's limits on a vulnerability's name and solution.
constexpr size_t kMaxName = 255;
constexpr size_t kMaxSolution = 7000;

const char* GitlabSeverity(Severity severity) {
  switch (severity) {
    case Severity::kCritical:
      return "Critical";
    case Severity::kHigh:
      return "High";
    case Severity::kMedium:
      return "Medium";
    case Severity::kLow:
      return "Low";
    case Severity::kInfo:
      return "Info";
  }
  return "Unknown";
}

// yyyy-mm-ddThh:mm:ss in UTC, the schema's format for start and end times.
std::string IsoTime(int64_t seconds) {
  const time_t t = static_cast<time_t>(seconds);
  struct tm utc = {};
  gmtime_r(&t, &utc);
  char text[32] = {};
  strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  return text;
}

// 32 hex digits of SHA-256 laid out as a UUID (version 8: custom, RFC 9562).
std::string VulnerabilityId(const Finding& finding) {
  Sha256 sha;
  sha.Update(finding.fingerprint);
  sha.Update(std::string_view("\0", 1));
  sha.Update(finding.location.path);
  sha.Update(std::string_view("\0", 1));
  sha.Update(std::to_string(finding.location.line));
  std::string hex = sha.FinalHex().substr(0, 32);
  hex[12] = '8';
  hex[16] = "89ab"[(hex[16] - (hex[16] >= 'a' ? 'a' - 10 : '0')) & 3];
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) +
         "-" + hex.substr(16, 4) + "-" + hex.substr(20);
}

Json TextDetail(const std::string& name, const std::string& value) {
  return {{"name", name}, {"type", "text"}, {"value", value}};
}

Json Details(const Finding& finding) {
  Json details;
  details["fingerprint"] = TextDetail("Fingerprint", finding.fingerprint);
  details["confidence"] =
      TextDetail("Confidence", ConfidenceName(finding.confidence));
  for (const auto& [key, value] : finding.details)
    details[key] = TextDetail(key, value);
  if (!finding.decoded.empty()) {
    std::string layers;
    for (const std::string& layer : finding.decoded)
      layers += (layers.empty() ? "" : ", ") + layer;
    details["decoded"] = TextDetail("Decoded from", layers);
  }
  if (finding.has_git && !finding.git.blob.empty())
    details["blob"] = TextDetail("Blob", finding.git.blob);
  return details;
}

Json Location(const Finding& finding) {
  const GitProvenance& git = finding.git;
  Json commit;
  commit["sha"] =
      finding.has_git && !git.commit.empty() ? git.commit : kNoCommit;
  if (finding.has_git && !git.author.empty())
    commit["author"] = git.author + " <" + git.email + ">";
  if (finding.has_git && !git.date.empty()) commit["date"] = git.date;
  return {{"file", finding.location.path},
          {"start_line", finding.location.line},
          {"end_line", finding.location.end_line},
          {"commit", std::move(commit)}};
}

Json Vulnerability(const Finding& finding) {
  const Guidance guidance = FilledGuidance(finding);
  std::string description = finding.name + " (leakgate rule " + finding.rule +
                            ", " + ConfidenceName(finding.confidence) +
                            " confidence): " + finding.secret + ".";
  for (const RelatedFinding& related : finding.related)
    description += " Related: " + related.rule + " on line " +
                   std::to_string(related.line) + ".";
  Json vulnerability;
  vulnerability["id"] = VulnerabilityId(finding);
  vulnerability["name"] = Clip(finding.name, kMaxName);
  vulnerability["description"] = description;
  vulnerability["severity"] = GitlabSeverity(finding.severity);
  vulnerability["solution"] = Clip(GuidanceText(guidance), kMaxSolution);
  vulnerability["identifiers"] = {{{"type", "leakgate_rule_id"},
                                   {"name", "leakgate rule " + finding.rule},
                                   {"value", finding.rule}}};
  Json links = Json::array();
  for (const std::string& link : guidance.links)
    if (link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0)
      links.push_back({{"url", link}});
  if (!links.empty()) vulnerability["links"] = std::move(links);
  vulnerability["location"] = Location(finding);
  vulnerability["raw_source_code_extract"] = finding.secret;
  vulnerability["details"] = Details(finding);
  return vulnerability;
}

Json Messages(const ScanResult& result) {
  Json messages = Json::array();
  if (!result.complete)
    messages.push_back({{"level", "fatal"},
                        {"value",
                         "The scan was interrupted; the report is "
                         "partial."}});
  for (const ScanError& error : result.errors)
    messages.push_back(
        {{"level", "warn"},
         {"value", "Could not read " + error.path +
                       (error.object.empty() ? "" : " (" + error.object + ")") +
                       ": " + error.message}});
  for (const std::string& warning : result.warnings)
    if (!warning.empty())
      messages.push_back({{"level", "warn"}, {"value", warning}});
  return messages;
}

class GitlabReporter : public Reporter {
 public:
  explicit GitlabReporter(const ReportContext& context) : context_(context) {}

  void Write(const ScanResult& result, const ReportOut& out) const override {
    const int64_t end = context_.end_time
                            ? context_.end_time
                            : static_cast<int64_t>(std::time(nullptr));
    // Clamped at the epoch: a duration is never older than that.
    const uint64_t seconds = result.summary.duration_ms / 1000;
    const int64_t start = seconds >= static_cast<uint64_t>(end)
                              ? 0
                              : end - static_cast<int64_t>(seconds);
    const Json tool = {{"id", "leakgate"},
                       {"name", "leakgate"},
                       {"version", context_.version},
                       {"vendor", {{"name", "leakgate"}}}};
    Json scan;
    scan["analyzer"] = tool;
    scan["scanner"] = tool;
    scan["type"] = "secret_detection";
    scan["start_time"] = IsoTime(start);
    scan["end_time"] = IsoTime(end);
    scan["status"] =
        result.complete && result.errors.empty() ? "success" : "failure";
    Json messages = Messages(result);
    if (!messages.empty()) scan["messages"] = std::move(messages);

    Json report;
    report["version"] = kSchemaVersion;
    report["schema"] = kSchemaUrl;
    report["scan"] = std::move(scan);
    report["vulnerabilities"] = Json::array();  // streamed
    auto dump = [](const Json& json) {
      return json.dump(2, ' ', true, Json::error_handler_t::replace);
    };
    WriteWithStreamedArray(
        dump(report) + "\n", "vulnerabilities", result.findings.size(),
        context_.threads,
        [&](size_t i) { return dump(Vulnerability(result.findings[i])); }, out);
  }

 private:
  ReportContext context_;
};

}  // namespace

std::unique_ptr<Reporter> MakeGitlabReporter(const ReportContext& context) {
  return std::make_unique<GitlabReporter>(context);
}

}  // namespace leakgate

// The readable report: one block per finding, then a summary line. Every
// byte that comes from scanned content or a path is escaped, so a file can
// not put terminal control sequences on the user's screen.

#include <cstdio>

#include "leakgate/human_bytes.h"
#include "leakgate/reporter.h"

namespace leakgate {
namespace {

// Steps shown under each finding; the JSON report has them all.
constexpr size_t kStepsShown = 3;

std::string Printable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof(escaped), c == '\t' ? "\t" : "\\x%02x", c);
      out += escaped;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string Plural(uint64_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "; 3 suppressed (1 inline, 2 by .leakgateignore)", or nothing.
std::string SuppressedText(const Suppressed& suppressed) {
  const uint64_t hidden =
      suppressed.inline_comment + suppressed.ignore_file + suppressed.baseline;
  if (hidden == 0) return "";
  std::string why;
  auto add = [&](uint64_t count, const char* reason) {
    if (count == 0) return;
    why += (why.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
  };
  add(suppressed.inline_comment, "inline");
  add(suppressed.ignore_file, "by .leakgateignore");
  add(suppressed.baseline, "by baseline");
  return "; " + std::to_string(hidden) + " suppressed (" + why + ")";
}

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const ReportContext& context) : context_(context) {}

  void Write(const ScanResult& result, const ReportOut& write) const override {
    std::string out;
    for (const Finding& finding : result.findings) {
      RenderFinding(finding, &out);
      write(out);
      out.clear();
    }
    for (const std::string& warning : result.warnings)
      out += Paint("33", "warning: ") + Printable(warning) + "\n";
    for (const ScanError& error : result.errors) {
      out += Paint("31", "error: ") + Printable(error.path);
      if (!error.object.empty()) out += " (" + error.object + ")";
      if (!error.path.empty() || !error.object.empty()) out += ": ";
      out += Printable(error.message) + "\n";
    }
    const ScanSummary& s = result.summary;
    out +=
        "leakgate: " + Plural(result.findings.size(), "finding", "findings") +
        " in " + Plural(s.files + s.blobs, "file", "files") + " (" +
        HumanBytes(s.bytes) + ", " + std::to_string(s.duration_ms) + " ms)";
    if (!result.skipped.empty())
      out += "; " + std::to_string(result.skipped.size()) +
             " skipped (listed with --format json)";
    if (!result.errors.empty())
      out += "; " + Plural(result.errors.size(), "error", "errors");
    out += SuppressedText(s.suppressed);
    if (s.verification.ran)
      out += "; verified: " + std::to_string(s.verification.live) + " live, " +
             std::to_string(s.verification.invalid) + " invalid, " +
             std::to_string(s.verification.unknown) + " unknown" +
             (s.verification.left_out
                  ? " (" + std::to_string(s.verification.left_out) +
                        " not live left out)"
                  : "");
    if (!result.complete) out += "; INCOMPLETE (interrupted)";
    out += "\n";
    write(out);
  }

 private:
  std::string Paint(const char* code, const std::string& text) const {
    if (!context_.color) return text;
    return std::string("\x1b[") + code + "m" + text + "\x1b[0m";
  }

  // "  LIVE" (red), "  invalid" or "  unknown" after the rule, with --verify.
  std::string VerifiedMark(const Finding& finding) const {
    if (!finding.has_verification) return "";
    const std::string& status = finding.verification.status;
    return "  " + (status == "live" ? Paint("1;31", "LIVE") : status);
  }

  void RenderFinding(const Finding& finding, std::string* out) const {
    const Location& at = finding.location;
    const char* severity_colour =
        finding.severity >= Severity::kHigh ? "1;31" : "1;33";
    *out += Paint(severity_colour, SeverityName(finding.severity)) + "  " +
            Paint("1", finding.name) + " (" + finding.rule + ")" +
            VerifiedMark(finding) + "\n";
    if (!finding.repository.empty())
      *out += "  repo:    " + Printable(finding.repository) + "\n";
    *out += "  at:      " + Printable(at.path) + ":" + std::to_string(at.line) +
            ":" + std::to_string(at.column) + "\n";
    if (finding.has_git && !finding.git.commit.empty())
      *out += "  commit:  " + finding.git.commit + " " +
              Printable(finding.git.author) + " <" +
              Printable(finding.git.email) + "> " + finding.git.date + "\n";
    *out += "  secret:  " + Printable(finding.secret) + "\n";
    *out += "  fingerprint: " + Printable(finding.fingerprint) + "\n";
    if (!finding.snippet.empty())
      *out += "  line:    " + Printable(finding.snippet) + "\n";
    if (auto account = finding.details.find("aws_account");
        account != finding.details.end())
      *out += "  account: " + account->second + "\n";
    if (finding.has_verification) {
      const Verification& v = finding.verification;
      std::string line = v.status == "live" ? "LIVE" : v.status;
      for (const auto& [key, value] : v.identity)
        line += " " + key + "=" + Printable(value);
      if (!v.reason.empty()) line += " (" + Printable(v.reason) + ")";
      *out += "  verify:  " + line + "\n";
    }
    for (const RelatedFinding& related : finding.related)
      *out += "  related: " + related.rule + " on line " +
              std::to_string(related.line) + "\n";
    const std::vector<std::string> steps = FilledGuidance(finding).steps;
    for (size_t i = 0; i < steps.size() && i < kStepsShown; ++i)
      *out += std::string(i == 0 ? "  do now:  " : "           ") +
              std::to_string(i + 1) + ". " + Printable(steps[i]) + "\n";
    if (steps.size() > kStepsShown)
      *out += "           (" +
              Plural(steps.size() - kStepsShown, "more step", "more steps") +
              " in --format json)\n";
    *out += "\n";
  }

  ReportContext context_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(const ReportContext& context) {
  return std::make_unique<TextReporter>(context);
}

}  // namespace leakgate

// JUnit XML (`--format junit`), the test report CI dashboards read (GitLab's
// `artifacts: reports: junit`, Jenkins, Azure DevOps): one <testsuite>
// "leakgate" whose test cases are the findings, each failing with its rule,
// path:line and the secret as reported (redacted unless --show-secrets), and
// the guidance as the failure's text. Each error (something that could not
// be read) and an interruption are test cases with an <error>; a scan with
// none of these is one passing test case, so a dashboard shows a green run
// rather than an empty one.
//
// The XML is ASCII: characters outside it are written as character
// references, bytes that are not UTF-8 and characters XML 1.0 forbids
// (control characters) as U+FFFD, so no scanned byte reaches a terminal or a
// parser raw.

#include <cstdio>

#include "json_stream.h"
#include "leakgate/reporter.h"
#include "report_text.h"

namespace leakgate {
namespace {

// The length of the UTF-8 sequence at text[i] and its code point; 0 for a
// byte that does not start a valid sequence.
size_t DecodeUtf8(std::string_view text, size_t i, uint32_t* code) {
  const auto byte = [&](size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  const unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (lead >= 0x80 && (lead < 0xC2 || lead > 0xF4)) return 0;
  if (i + length > text.size()) return 0;
  uint32_t value = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMin[length] || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF))
    return 0;
  *code = value;
  return length;
}

bool XmlChar(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// `text` escaped for XML content or (with `attribute`) a quoted attribute.
// Tabs and carriage returns (and in attributes line breaks too) are written
// as references, which XML parsers keep, rather than raw, which they
// normalise.
std::string Escape(std::string_view text, bool attribute = false) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t c = 0xFFFD;
    size_t length = DecodeUtf8(text, i, &c);
    i += length ? length : 1;
    if (!XmlChar(c)) c = 0xFFFD;
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      default:
        break;
    }
    if (c >= 0x80 || (c < 0x20 && (attribute || c != '\n'))) {
      char reference[16];
      std::snprintf(reference, sizeof reference, "&#x%X;", c);
      out += reference;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Attribute(const char* name, std::string_view value) {
  return std::string(" ") + name + "=\"" + Escape(value, true) + "\"";
}

std::string Seconds(uint64_t milliseconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%llu.%03llu",
                static_cast<unsigned long long>(milliseconds / 1000),
                static_cast<unsigned long long>(milliseconds % 1000));
  return text;
}

std::string FindingCase(const Finding& finding) {
  const Location& at = finding.location;
  const std::string where = at.path + ":" + std::to_string(at.line);
  std::string text = GuidanceText(FilledGuidance(finding));
  text += "\n\nFingerprint: " + finding.fingerprint;
  if (finding.has_git && !finding.git.commit.empty())
    text += "\nCommit: " + finding.git.commit;
  return "    <testcase" + Attribute("classname", at.path) +
         Attribute("name", finding.rule + " at " + where + ":" +
                               std::to_string(at.column)) +
         Attribute("file", at.path) +
         Attribute("line", std::to_string(at.line)) + ">\n      <failure" +
         Attribute("type", finding.rule) +
         Attribute("message", finding.name + " (" +
                                  SeverityName(finding.severity) + ") at " +
                                  where + ": " + finding.secret) +
         ">" + Escape(text) + "</failure>\n    </testcase>\n";
}

std::string ErrorCase(const std::string& name, const std::string& message) {
  return "    <testcase" + Attribute("classname", "leakgate") +
         Attribute("name", name) + ">\n      <error" +
         Attribute("message", message) + "/>\n    </testcase>\n";
}

class JunitReporter : public Reporter {
 public:
  explicit JunitReporter(const ReportContext& context) : context_(context) {}

  void Write(const ScanResult& result, const ReportOut& out) const override {
    const size_t failures = result.findings.size();
    const size_t errors = result.errors.size() + (result.complete ? 0 : 1);
    const bool clean = failures == 0 && errors == 0;
    const std::string counts =
        Attribute("tests", std::to_string(clean ? 1 : failures + errors)) +
        Attribute("failures", std::to_string(failures)) +
        Attribute("errors", std::to_string(errors)) +
        Attribute("time", Seconds(result.summary.duration_ms));
    out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" +
        Attribute("name", "leakgate") + counts + ">\n  <testsuite" +
        Attribute("name", "leakgate") + counts + Attribute("skipped", "0") +
        ">\n    <properties>\n      <property" +
        Attribute("name", "leakgate.version") +
        Attribute("value", context_.version) + "/>\n      <property" +
        Attribute("name", "leakgate.rules_digest") +
        Attribute("value", context_.rules_digest) + "/>\n    </properties>\n");
    RenderInOrder(
        failures, context_.threads,
        [&](size_t i) { return FindingCase(result.findings[i]); }, out);
    for (const ScanError& error : result.errors)
      out(ErrorCase(
          "read " + error.path,
          error.path + (error.object.empty() ? "" : " (" + error.object + ")") +
              ": " + error.message));
    if (!result.complete)
      out(ErrorCase("scan complete",
                    "The scan was interrupted; the report is partial."));
    if (clean)
      out("    <testcase" + Attribute("classname", "leakgate") +
          Attribute("name", "no leaked secrets") +
          Attribute("time", Seconds(result.summary.duration_ms)) + "/>\n");
    out("  </testsuite>\n</testsuites>\n");
  }

 private:
  ReportContext context_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJunitReporter(const ReportContext& context) {
  return std::make_unique<JunitReporter>(context);
}

}  // namespace leakgate

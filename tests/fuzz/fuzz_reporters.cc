// The reporters over a result whose scanned-side strings (paths, secrets,
// snippets, git authors, error messages, skips, warnings) are arbitrary
// bytes: invalid UTF-8, control characters, NULs.
//
// JSON parses and keeps every UTF-8 string as it was; JSON Lines is one
// document a line, a finding each and then the rest; SARIF parses, is ASCII,
// has one result per finding naming a rule descriptor of its id, and each
// artifact URI percent-decodes back to the path; text (colour off) has no
// control byte but '\n' and '\t'; the GitLab report parses, has one
// vulnerability per finding, each with a commit, and times in the schema's
// format; JUnit XML is ASCII with one test case per finding and error (one
// passing one when there are none).

#include <fuzzer/FuzzedDataProvider.h>

#include <cctype>
#include <deque>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "leakgate/finding.h"
#include "leakgate/reporter.h"

namespace leakgate::fuzz {
namespace {

using nlohmann::json;

// The rule-side strings come from the rule pack, not from what is scanned.
const char* const kRules[] = {"aws-access-key-id", "aws-secret-access-key",
                              "generic-password", "github-pat"};

std::string Bytes(FuzzedDataProvider* in) {
  return in->ConsumeRandomLengthString(64);
}

// Text with placeholders among arbitrary bytes.
std::string Template(FuzzedDataProvider* in) {
  static const char* const kPlaceholders[] = {"{secret}", "{aws_account}",
                                              "{x-", "}", "{"};
  std::string text;
  for (int n = in->ConsumeIntegralInRange(0, 4); n > 0; --n)
    text += Bytes(in) + kPlaceholders[in->ConsumeIntegralInRange(0, 4)];
  return text;
}

Finding MakeFinding(FuzzedDataProvider* in, std::deque<Guidance>* guidances) {
  Finding f;
  f.rule_index = in->ConsumeIntegralInRange(0, 3);
  f.rule = kRules[f.rule_index];
  f.name = std::string("Name of ") + f.rule;
  f.severity = static_cast<Severity>(in->ConsumeIntegralInRange(0, 4));
  f.secret = Bytes(in);
  f.fingerprint = Bytes(in);
  f.location.path = Bytes(in);
  f.location.line = in->ConsumeIntegral<uint64_t>();
  f.location.column = in->ConsumeIntegral<uint64_t>();
  f.location.end_line = in->ConsumeIntegral<uint32_t>();
  f.location.end_column = in->ConsumeIntegral<uint32_t>();
  f.has_git = in->ConsumeBool();
  if (f.has_git) {
    f.git.commit = in->ConsumeBool() ? "0123456789abcdef0123456789abcdef01234567"
                                     : "";
    f.git.author = Bytes(in);
    f.git.email = Bytes(in);
    f.git.date = "2026-01-02T03:04:05Z";
    f.git.first_seen = in->ConsumeBool();
  }
  f.occurrences = in->ConsumeIntegral<uint64_t>();
  for (int n = in->ConsumeIntegralInRange(0, 2); n > 0; --n)
    f.related.push_back({kRules[in->ConsumeIntegralInRange(0, 3)], Bytes(in),
                         in->ConsumeIntegral<uint64_t>()});
  if (in->ConsumeBool()) f.details["aws_account"] = "595918472158";
  for (int n = in->ConsumeIntegralInRange(0, 2); n > 0; --n)
    f.details["x-" + Bytes(in)] = Bytes(in);
  // The rule's guidance, with placeholders that the reporters fill in from
  // the finding (its secret and details).
  if (in->ConsumeBool()) {
    Guidance& guidance = guidances->emplace_back();
    guidance.summary = Template(in);
    for (int n = in->ConsumeIntegralInRange(0, 5); n > 0; --n)
      guidance.steps.push_back(Template(in));
    for (int n = in->ConsumeIntegralInRange(0, 2); n > 0; --n)
      guidance.links.push_back(Bytes(in));
    f.guidance = &guidance;
  }
  f.snippet = Bytes(in);
  f.inline_allowed = in->ConsumeBool();
  return f;
}

ScanResult MakeResult(FuzzedDataProvider* in,
                      std::deque<Guidance>* guidances) {
  ScanResult r;
  r.complete = in->ConsumeBool();
  r.summary.files = in->ConsumeIntegral<uint64_t>();
  r.summary.blobs = in->ConsumeIntegral<uint32_t>();
  r.summary.bytes = in->ConsumeIntegral<uint64_t>();
  r.summary.duration_ms = in->ConsumeIntegral<uint64_t>();
  r.summary.suppressed.inline_comment = in->ConsumeIntegral<uint32_t>();
  r.summary.suppressed.ignore_file = in->ConsumeIntegral<uint32_t>();
  r.summary.suppressed.baseline = in->ConsumeIntegral<uint32_t>();
  for (int n = in->ConsumeIntegralInRange(0, 4); n > 0; --n)
    r.findings.push_back(MakeFinding(in, guidances));
  for (int n = in->ConsumeIntegralInRange(0, 3); n > 0; --n)
    r.skipped.push_back({Bytes(in), Bytes(in)});
  for (int n = in->ConsumeIntegralInRange(0, 3); n > 0; --n)
    r.warnings.push_back(Bytes(in));
  for (int n = in->ConsumeIntegralInRange(0, 3); n > 0; --n)
    r.errors.push_back(
        {Bytes(in), in->ConsumeBool() ? "" : "89abcdef0123456789abcdef0123456789abcdef",
         Bytes(in)});
  return r;
}

json Parse(std::string_view text) {
  json parsed = json::parse(text.begin(), text.end(), nullptr, false);
  if (parsed.is_discarded())
    std::fprintf(stderr, "does not parse as JSON:\n%.*s\n",
                 static_cast<int>(text.size()), text.data());
  FUZZ_CHECK(!parsed.is_discarded());
  return parsed;
}

// A string the report must carry unchanged when it is UTF-8.
void CheckString(const json& value, const std::string& expected) {
  FUZZ_CHECK(value.is_string());
  if (IsUtf8(expected)) FUZZ_CHECK(value.get<std::string>() == expected);
  FUZZ_CHECK(IsUtf8(value.get<std::string>()));
}

void CheckFindingJson(const json& j, const Finding& f) {
  FUZZ_CHECK(j.at("rule") == f.rule);
  CheckString(j.at("secret"), f.secret);
  CheckString(j.at("fingerprint"), f.fingerprint);
  CheckString(j.at("location").at("path"), f.location.path);
  FUZZ_CHECK(j.at("location").at("line").get<uint64_t>() == f.location.line);
  FUZZ_CHECK(j.at("location").at("column").get<uint64_t>() ==
             f.location.column);
  FUZZ_CHECK(j.at("occurrences").get<uint64_t>() == f.occurrences);
  FUZZ_CHECK(j.at("related").size() == f.related.size());
  const Guidance filled = FilledGuidance(f);
  FUZZ_CHECK(j.at("guidance").at("steps").size() == filled.steps.size());
  CheckString(j.at("guidance").at("summary"), filled.summary);
  FUZZ_CHECK(j.contains("git") == f.has_git);
  if (f.has_git && !f.git.author.empty())
    CheckString(j.at("git").at("author"), f.git.author);
}

void CheckTail(const json& j, const ScanResult& r) {
  FUZZ_CHECK(j.at("complete").get<bool>() == r.complete);
  FUZZ_CHECK(j.at("summary").at("findings").get<size_t>() ==
             r.findings.size());
  FUZZ_CHECK(j.at("skipped").size() == r.skipped.size());
  FUZZ_CHECK(j.at("warnings").size() == r.warnings.size());
  FUZZ_CHECK(j.at("errors").size() == r.errors.size());
  for (size_t i = 0; i < r.skipped.size(); ++i)
    CheckString(j["skipped"][i].at("path"), r.skipped[i].path);
  for (size_t i = 0; i < r.warnings.size(); ++i)
    CheckString(j["warnings"][i], r.warnings[i]);
  for (size_t i = 0; i < r.errors.size(); ++i) {
    CheckString(j["errors"][i].at("path"), r.errors[i].path);
    CheckString(j["errors"][i].at("message"), r.errors[i].message);
  }
}

void CheckJson(const ScanResult& r, const ReportContext& context) {
  const json j = Parse(MakeJsonReporter(context, false)->Render(r));
  CheckTail(j, r);
  FUZZ_CHECK(j.at("findings").size() == r.findings.size());
  for (size_t i = 0; i < r.findings.size(); ++i)
    CheckFindingJson(j["findings"][i], r.findings[i]);
}

void CheckJsonLines(const ScanResult& r, const ReportContext& context) {
  const std::string out = MakeJsonReporter(context, true)->Render(r);
  FUZZ_CHECK(!out.empty() && out.back() == '\n');
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < out.size();) {
    const size_t end = out.find('\n', start);
    lines.emplace_back(out.data() + start, end - start);
    start = end + 1;
  }
  FUZZ_CHECK(lines.size() == r.findings.size() + 1);
  for (size_t i = 0; i < r.findings.size(); ++i)
    CheckFindingJson(Parse(lines[i]), r.findings[i]);
  CheckTail(Parse(lines.back()), r);
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  FUZZ_CHECK(false);  // the encoder writes upper-case hex only
  return 0;
}

std::string PercentDecode(std::string_view uri) {
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] != '%') {
      out.push_back(uri[i]);
      continue;
    }
    FUZZ_CHECK(i + 2 < uri.size());
    out.push_back(static_cast<char>(HexDigit(uri[i + 1]) * 16 +
                                    HexDigit(uri[i + 2])));
    i += 2;
  }
  return out;
}

void CheckSarif(const ScanResult& r, const ReportContext& context) {
  const std::string out = MakeSarifReporter(context)->Render(r);
  for (unsigned char c : out) FUZZ_CHECK(c < 0x80 && (c >= 0x20 || c == '\n'));
  const json j = Parse(out);
  FUZZ_CHECK(j.at("runs").size() == 1);
  const json& run = j["runs"][0];
  const json& results = run.at("results");
  const json& rules = run.at("tool").at("driver").at("rules");
  FUZZ_CHECK(results.size() == r.findings.size());
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const json& result = results[i];
    FUZZ_CHECK(result.at("ruleId") == r.findings[i].rule);
    const size_t index = result.at("ruleIndex").get<size_t>();
    FUZZ_CHECK(index < rules.size());
    FUZZ_CHECK(rules[index].at("id") == r.findings[i].rule);
    std::string uri = result.at("locations")[0]
                          .at("physicalLocation")
                          .at("artifactLocation")
                          .at("uri")
                          .get<std::string>();
    for (char c : uri)
      FUZZ_CHECK(std::isalnum(static_cast<unsigned char>(c)) ||
                 std::string_view("-._~/%:").find(c) != std::string_view::npos);
    if (uri.rfind("file://", 0) == 0) uri.erase(0, 7);
    FUZZ_CHECK(PercentDecode(uri) == r.findings[i].location.path);
  }
}

void CheckText(const ScanResult& r, const ReportContext& context) {
  const std::string out = MakeTextReporter(context)->Render(r);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
      std::fprintf(stderr, "raw control byte 0x%02x at %zu of the text report\n",
                   c, i);
      FUZZ_CHECK(false);
    }
  }
  FUZZ_CHECK(!out.empty() && out.back() == '\n');
}

bool IsSchemaTime(const json& value) {
  if (!value.is_string()) return false;
  const std::string text = value.get<std::string>();
  static const char kShape[] = "dddd-dd-ddTdd:dd:dd";
  if (text.size() != sizeof kShape - 1) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (kShape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(text[i]))
                         : text[i] != kShape[i])
      return false;
  return true;
}

void CheckGitlab(const ScanResult& r, const ReportContext& context) {
  const json j = Parse(MakeGitlabReporter(context)->Render(r));
  FUZZ_CHECK(IsSchemaTime(j.at("scan").at("start_time")));
  FUZZ_CHECK(IsSchemaTime(j.at("scan").at("end_time")));
  FUZZ_CHECK(j["scan"].at("status") ==
             (r.complete && r.errors.empty() ? "success" : "failure"));
  const json& vulnerabilities = j.at("vulnerabilities");
  FUZZ_CHECK(vulnerabilities.size() == r.findings.size());
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const json& v = vulnerabilities[i];
    FUZZ_CHECK(v.at("identifiers")[0].at("value") == r.findings[i].rule);
    const json& sha = v.at("location").at("commit").at("sha");
    FUZZ_CHECK(!sha.get<std::string>().empty());
    FUZZ_CHECK(v.at("id").get<std::string>().size() == 36);
    CheckString(v.at("raw_source_code_extract"), r.findings[i].secret);
  }
}

void CheckJunit(const ScanResult& r, const ReportContext& context) {
  const std::string out = MakeJunitReporter(context)->Render(r);
  for (unsigned char c : out)
    FUZZ_CHECK(c < 0x80 && (c >= 0x20 || c == '\n'));
  size_t cases = 0;
  for (size_t at = out.find("<testcase "); at != std::string::npos;
       at = out.find("<testcase ", at + 1))
    ++cases;
  const size_t failing = r.findings.size() + r.errors.size() + !r.complete;
  FUZZ_CHECK(cases == (failing == 0 ? 1 : failing));
  // Every '<' is markup: text never carries one raw.
  size_t tags = 0;
  for (char c : out) tags += c == '<';
  size_t closers = 0;
  for (char c : out) closers += c == '>';
  FUZZ_CHECK(tags == closers);
}

}  // namespace
}  // namespace leakgate::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leakgate;
  FuzzedDataProvider provider(data, size);
  std::deque<Guidance> guidances;  // outlives the findings that point here
  const ScanResult result = fuzz::MakeResult(&provider, &guidances);
  ReportContext context;
  context.version = "0.1.0";
  context.rules_digest = "sha256:00";
  context.color = false;
  fuzz::CheckJson(result, context);
  fuzz::CheckJsonLines(result, context);
  fuzz::CheckSarif(result, context);
  fuzz::CheckText(result, context);
  context.end_time = 1767323045;
  fuzz::CheckGitlab(result, context);
  fuzz::CheckJunit(result, context);
  return 0;
}

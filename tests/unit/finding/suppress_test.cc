// Suppression: ignore file lines (valid and malformed), baselines, and which
// findings each source suppresses, with the counts and warnings a report
// shows.

#include "leakgate/suppress.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "unit/temp_dir.h"
#include "unit/test_engine.h"

namespace leakgate::testing {
namespace {

constexpr char kFp1[] = "lg1:0123456789abcdef0123456789abcdef";
constexpr char kFp2[] = "lg1:fedcba9876543210fedcba9876543210";
constexpr char kToday[] = "2026-03-15";

Finding Make(const std::string& rule, const std::string& fingerprint,
             const std::string& path, bool inline_allowed = false) {
  Finding finding;
  finding.rule = rule;
  finding.fingerprint = fingerprint;
  finding.location.path = path;
  finding.inline_allowed = inline_allowed;
  return finding;
}

IgnoreFile Parsed(const std::string& text, const std::string& scope = "") {
  IgnoreFile file{".leakgateignore", scope, {}};
  std::string err;
  EXPECT_TRUE(ParseIgnoreFile(text, &file, &err)) << err;
  return file;
}

std::vector<std::string> Paths(const ScanResult& result) {
  std::vector<std::string> paths;
  for (const Finding& f : result.findings) paths.push_back(f.location.path);
  return paths;
}

TEST(IgnoreFileTest, ParsesEveryField) {
  IgnoreFile file = Parsed(
      "# leakgate ignore file\n"
      "\n"
      "lg1:0123456789ABCDEF0123456789abcdef\n"
      "  lg1:fedcba9876543210fedcba9876543210  tests/*.py "
      "expires=2026-12-31   # fixture, see #12  \r\n"
      "lg1:fedcba9876543210fedcba9876543210 expires=2024-02-29 docs/a#b.md");
  ASSERT_EQ(file.entries.size(), 3u);
  EXPECT_EQ(file.entries[0].fingerprint, kFp1) << "hex is folded to lower case";
  EXPECT_EQ(file.entries[0].glob, "");
  EXPECT_EQ(file.entries[0].line, 3u);
  EXPECT_EQ(file.entries[1].fingerprint, kFp2);
  EXPECT_EQ(file.entries[1].glob, "tests/*.py");
  EXPECT_EQ(file.entries[1].expires, "2026-12-31");
  EXPECT_EQ(file.entries[1].reason, "fixture, see #12");
  EXPECT_EQ(file.entries[1].line, 4u);
  EXPECT_EQ(file.entries[2].glob, "docs/a#b.md") << "# inside a word";
  EXPECT_EQ(file.entries[2].expires, "2024-02-29");
}

TEST(IgnoreFileTest, SkipsAByteOrderMark) {
  IgnoreFile file = Parsed(std::string("\xEF\xBB\xBF") + kFp1 + "\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].fingerprint, kFp1);
}

TEST(IgnoreFileTest, RefusesMalformedLinesWithFileAndLine) {
  struct Case {
    const char* name;
    const char* line;
    const char* why;
  };
  const Case cases[] = {
      {"not a fingerprint", "AKIAYVP4CIPPERUVIFXG", "expected a fingerprint"},
      {"short fingerprint", "lg1:0123", "expected a fingerprint"},
      {"not hex", "lg1:0123456789abcdef0123456789abcdeg",
       "expected a fingerprint"},
      {"other scheme", "xx1:0123456789abcdef0123456789abcdef",
       "expected a fingerprint"},
      {"reason only", "lg1:0123456789abcdef0123456789abcdef a b",
       "unexpected word 3"},
      {"bad date", "lg1:0123456789abcdef0123456789abcdef expires=2026-13-01",
       "YYYY-MM-DD"},
      {"no leap day", "lg1:0123456789abcdef0123456789abcdef expires=2025-02-29",
       "YYYY-MM-DD"},
      {"date format", "lg1:0123456789abcdef0123456789abcdef expires=1/2/2026",
       "YYYY-MM-DD"},
      {"two dates",
       "lg1:0123456789abcdef0123456789abcdef expires=2026-01-01 "
       "expires=2027-01-01",
       "twice"},
  };
  for (const Case& c : cases) {
    IgnoreFile file{"dir/.leakgateignore", "", {}};
    std::string err;
    EXPECT_FALSE(
        ParseIgnoreFile(std::string("# ok\n\n") + c.line + "\n", &file, &err))
        << c.name;
    EXPECT_EQ(err.rfind("dir/.leakgateignore:3: ", 0), 0u) << c.name << err;
    EXPECT_NE(err.find(c.why), std::string::npos) << c.name << ": " << err;
    EXPECT_EQ(err.find("AKIAYVP4"), std::string::npos)
        << "a line's words are never echoed";
  }
}

TEST(BaselineTest, ReadsRuleAndFingerprintOfEachFinding) {
  Baseline baseline{"old.json", {}};
  std::string err;
  ASSERT_TRUE(ParseBaseline(
      R"({"tool": {"name": "leakgate"}, "findings": [
           {"rule": "aws-access-key-id", "fingerprint": "lg1:a"},
           {"rule": "github-pat", "fingerprint": "lg1:b"}]})",
      &baseline, &err))
      << err;
  EXPECT_EQ(baseline.findings,
            (std::set<std::pair<std::string, std::string>>{
                {"aws-access-key-id", "lg1:a"}, {"github-pat", "lg1:b"}}));
}

TEST(BaselineTest, RefusesWhatIsNotALeakgateJsonReport) {
  const char* cases[] = {
      "",
      "not json",
      "[]",
      R"({"findings": []})",
      R"({"tool": {"name": "gitleaks"}, "findings": []})",
      R"({"tool": {"name": "leakgate"}})",
      R"({"tool": {"name": "leakgate"}, "findings": [{"rule": "x"}]})",
      R"({"tool": {"name": "leakgate"}, "findings": [3]})",
  };
  for (const char* text : cases) {
    Baseline baseline{"old.json", {}};
    std::string err;
    EXPECT_FALSE(ParseBaseline(text, &baseline, &err)) << text;
    EXPECT_EQ(err.rfind("old.json: not a leakgate JSON report", 0), 0u) << err;
  }
}

TEST(SuppressorTest, CountsEachFindingUnderItsFirstReason) {
  Suppressor suppressor;
  suppressor.AddIgnoreFile(Parsed(std::string(kFp1) + "\n"));
  suppressor.SetBaseline({"old.json", {{"rule-b", kFp2}}});
  ScanResult result;
  result.findings = {
      Make("rule-a", kFp1, "inline.txt", /*inline_allowed=*/true),
      Make("rule-a", kFp1, "ignored.txt"),
      Make("rule-b", kFp2, "baseline.txt"),
      Make("rule-c", kFp2, "other-rule.txt"),
  };
  suppressor.Apply(kToday, &result);
  EXPECT_EQ(Paths(result), std::vector<std::string>{"other-rule.txt"});
  EXPECT_EQ(result.summary.suppressed.inline_comment, 1u);
  EXPECT_EQ(result.summary.suppressed.ignore_file, 1u);
  EXPECT_EQ(result.summary.suppressed.baseline, 1u);
  EXPECT_TRUE(result.warnings.empty());
}

TEST(SuppressorTest, GlobsMatchThePathWithinTheFilesScope) {
  Suppressor suppressor;
  suppressor.AddIgnoreFile(
      Parsed(std::string(kFp1) + " tests/*\n", /*scope=*/"repo/"));
  ScanResult result;
  result.findings = {
      Make("r", kFp1, "repo/tests/a/b.py"),  // '*' crosses '/'
      Make("r", kFp1, "repo/src/c.py"),      // glob does not match
      Make("r", kFp1, "other/tests/d.py"),   // outside the file's scope
      Make("r", kFp2, "repo/tests/e.py"),    // another secret
  };
  suppressor.Apply(kToday, &result);
  EXPECT_EQ(Paths(result),
            (std::vector<std::string>{"repo/src/c.py", "other/tests/d.py",
                                      "repo/tests/e.py"}));
  EXPECT_EQ(result.summary.suppressed.ignore_file, 1u);
}

TEST(SuppressorTest, ExpiredEntryReportsTheFindingAgainAndSaysSo) {
  Suppressor suppressor;
  suppressor.AddIgnoreFile(Parsed(std::string("# x\n") + kFp1 +
                                  " expires=2026-03-15\n" + kFp2 +
                                  " expires=2026-03-16\n"));
  ScanResult result;
  result.findings = {Make("r", kFp1, "a"), Make("r", kFp1, "b"),
                     Make("r", kFp2, "c")};
  suppressor.Apply(kToday, &result);
  EXPECT_EQ(Paths(result), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(result.summary.suppressed.ignore_file, 1u);
  EXPECT_EQ(result.warnings,
            std::vector<std::string>{
                ".leakgateignore:2: entry expired on 2026-03-15; 2 findings "
                "reported again"});
}

TEST(SuppressorTest, ExpiredEntryIsSilentWhenSomethingElseSuppresses) {
  Suppressor suppressor;
  suppressor.AddIgnoreFile(
      Parsed(std::string(kFp1) + " expires=2020-01-01\n" + kFp1 + " a\n"));
  suppressor.SetBaseline({"old.json", {{"r", kFp1}}});
  ScanResult result;
  result.findings = {Make("r", kFp1, "a"), Make("r", kFp1, "b")};
  suppressor.Apply(kToday, &result);
  EXPECT_TRUE(result.findings.empty());
  EXPECT_EQ(result.summary.suppressed.ignore_file, 1u);
  EXPECT_EQ(result.summary.suppressed.baseline, 1u);
  EXPECT_TRUE(result.warnings.empty());
}

TEST(SuppressorTest, ReportsUnusedEntriesWhenAsked) {
  IgnoreFile file = Parsed(std::string(kFp1) + "\n" + kFp2 + " nowhere/*\n" +
                           kFp2 + " expires=2020-01-01 # old\n");
  ScanResult result;
  result.findings = {Make("r", kFp1, "a")};
  Suppressor quiet;
  quiet.AddIgnoreFile(file);
  ScanResult unchanged = result;
  quiet.Apply(kToday, &unchanged);
  EXPECT_TRUE(unchanged.warnings.empty());

  Suppressor suppressor;
  suppressor.AddIgnoreFile(file);
  suppressor.set_report_unused(true);
  suppressor.Apply(kToday, &result);
  EXPECT_EQ(result.warnings,
            (std::vector<std::string>{
                std::string(".leakgateignore:2: entry ") + kFp2 +
                    " matched no finding",
                std::string(".leakgateignore:3: entry ") + kFp2 +
                    " expired on 2020-01-01 and matched no finding"}));
}

TEST(SuppressorTest, LoadReadsTheTreesFileUnlessTold) {
  ScopedTempDir temp;
  const std::string dir = temp.path().string();
  const std::string own = dir + "/.leakgateignore";
  const std::string explicit_file = dir + "/mine";
  std::ofstream(own) << kFp1 << "\n";
  std::ofstream(explicit_file) << kFp2 << "\n";
  auto suppressed = [&](const SuppressOptions& options) {
    Suppressor suppressor;
    std::string err;
    EXPECT_TRUE(suppressor.Load(options, {{own, ""}}, &err)) << err;
    ScanResult result;
    result.findings = {Make("r", kFp1, "a"), Make("r", kFp2, "b")};
    suppressor.Apply(kToday, &result);
    return Paths(result);
  };
  SuppressOptions options;
  EXPECT_EQ(suppressed(options), std::vector<std::string>{"b"});
  options.repo_config = false;
  EXPECT_EQ(suppressed(options), (std::vector<std::string>{"a", "b"}));
  options.ignore_file = explicit_file;
  EXPECT_EQ(suppressed(options), std::vector<std::string>{"a"});
  options.repo_config = true;
  EXPECT_EQ(suppressed(options), std::vector<std::string>{"a"})
      << "--ignore-file replaces the tree's own file";

  // Missing default: nothing to read. Missing explicit file: an error.
  Suppressor suppressor;
  std::string err;
  EXPECT_TRUE(suppressor.Load({}, {{dir + "/nothing", ""}}, &err)) << err;
  SuppressOptions missing;
  missing.ignore_file = dir + "/nothing";
  EXPECT_FALSE(suppressor.Load(missing, {}, &err));
  EXPECT_NE(err.find("cannot read " + dir + "/nothing"), std::string::npos);
}

TEST(InlineAllowTest, MarksFindingsOnLinesWithAnAllowComment) {
  const std::string padding(300, 'x');  // beyond the snippet's context
  const std::string text =
      std::string("a = ") + kKeyId + "  # leakgate:allow\n" +     //
      "b = " + kOtherKeyId + "\n" +                               //
      "// gitleaks:allow " + padding + " c = " + kKeyId + "\n" +  //
      "d = " + kKeyId + " " + padding + " leakgate:allow\n" +     //
      "e = " + kKeyId + " leakgate:allo\n";
  std::vector<Finding> findings =
      ScanText(EmbeddedEngine(), text, "t", /*show_secrets=*/false);
  std::vector<std::pair<uint64_t, bool>> allowed;
  for (const Finding& f : findings)
    allowed.emplace_back(f.location.line, f.inline_allowed);
  EXPECT_EQ(allowed,
            (std::vector<std::pair<uint64_t, bool>>{
                {1, true}, {2, false}, {3, true}, {4, true}, {5, false}}));
}

}  // namespace
}  // namespace leakgate::testing

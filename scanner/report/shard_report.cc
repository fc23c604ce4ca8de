// A shard report: JSON Lines that hold a git scan's part without loss, so
// that `leakgate merge` can fold and finish it as the unsharded run would.
// Unlike the user-facing reports it keeps what only the merge needs: each
// finding's commit time and generation (the fold's order), its masked line,
// whether it carries an inline allow, which of the rule's guidance applies,
// and the suppressions the shard loaded. The last line says how many parts
// came before it, so a truncated file is refused, not merged short.

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "leakgate/shard.h"

namespace leakgate {
namespace {

using nlohmann::json;

constexpr int kFormat = 1;

// Text from a repository (paths, lines, names) need not be UTF-8, and JSON
// holds only UTF-8: such strings travel as hex, losslessly.
std::string Hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    hex += kDigits[c >> 4];
    hex += kDigits[c & 15];
  }
  return hex;
}

std::string Unhex(const json& j) {
  const std::string hex = j.get<std::string>();
  if (hex.size() % 2) throw std::runtime_error("odd hex text");
  auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    throw std::runtime_error("not hex text");
  };
  std::string bytes(hex.size() / 2, '\0');
  for (size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = static_cast<char>(digit(hex[2 * i]) << 4 | digit(hex[2 * i + 1]));
  return bytes;
}

// Which of the rule's guidance the finding shows: -1 its default, -2 none.
int GuidanceIndex(const RuleSet& rules, const Finding& finding) {
  if (!finding.guidance || finding.rule_index < 0) return -2;
  const Rule& rule = rules.rule(finding.rule_index);
  for (size_t i = 0; i < rule.guidance_variants.size(); ++i)
    if (finding.guidance == &rule.guidance_variants[i].guidance)
      return static_cast<int>(i);
  return -1;
}

json FindingJson(const RuleSet& rules, const Finding& f) {
  const GitProvenance& git = f.git;
  json related = json::array();
  for (const RelatedFinding& r : f.related)
    related.push_back({r.rule, r.fingerprint, r.line});
  return {{"rule", f.rule},
          {"name", f.name},
          {"severity", SeverityName(f.severity)},
          {"confidence", ConfidenceName(f.confidence)},
          {"secret", Hex(f.secret)},
          {"fingerprint", f.fingerprint},
          {"repository", f.repository},
          {"location",
           {Hex(f.location.path), f.location.line, f.location.column,
            f.location.end_line, f.location.end_column}},
          {"has_git", f.has_git},
          {"git",
           {git.commit, Hex(git.author), Hex(git.email), git.date, git.blob,
            git.first_seen, git.time, git.generation}},
          {"occurrences", f.occurrences},
          {"related", related},
          {"details", f.details},
          {"decoded", f.decoded},
          {"guidance", GuidanceIndex(rules, f)},
          {"snippet", Hex(f.snippet)},
          {"inline_allowed", f.inline_allowed}};
}

// Throws json exceptions on a malformed line; false when the rule is not
// in `rules`.
bool ReadFinding(const json& j, const RuleSet& rules, Finding* f) {
  f->rule = j.at("rule").get<std::string>();
  f->rule_index = rules.IndexOf(f->rule);
  if (f->rule_index < 0) return false;
  const Rule& rule = rules.rule(f->rule_index);
  f->name = j.at("name").get<std::string>();
  ParseSeverity(j.at("severity").get<std::string>(), &f->severity);
  ParseConfidence(j.at("confidence").get<std::string>(), &f->confidence);
  f->secret = Unhex(j.at("secret"));
  f->fingerprint = j.at("fingerprint").get<std::string>();
  f->repository = j.at("repository").get<std::string>();
  const json& at = j.at("location");
  f->location = {Unhex(at.at(0)), at.at(1).get<uint64_t>(),
                 at.at(2).get<uint64_t>(), at.at(3).get<uint64_t>(),
                 at.at(4).get<uint64_t>()};
  f->has_git = j.at("has_git").get<bool>();
  const json& git = j.at("git");
  f->git = {git.at(0).get<std::string>(), Unhex(git.at(1)),
            Unhex(git.at(2)), git.at(3).get<std::string>(),
            git.at(4).get<std::string>(), git.at(5).get<bool>(),
            git.at(6).get<int64_t>(),     git.at(7).get<uint32_t>()};
  f->occurrences = j.at("occurrences").get<uint64_t>();
  for (const json& r : j.at("related"))
    f->related.push_back({r.at(0).get<std::string>(),
                          r.at(1).get<std::string>(), r.at(2).get<uint64_t>()});
  f->details = j.at("details").get<std::map<std::string, std::string>>();
  f->decoded = j.at("decoded").get<std::vector<std::string>>();
  const int guidance = j.at("guidance").get<int>();
  if (guidance >= 0 &&
      static_cast<size_t>(guidance) < rule.guidance_variants.size())
    f->guidance = &rule.guidance_variants[guidance].guidance;
  else if (guidance == -1)
    f->guidance = &rule.guidance;
  f->snippet = Unhex(j.at("snippet"));
  f->inline_allowed = j.at("inline_allowed").get<bool>();
  return true;
}

void Line(const json& j, const ReportOut& out) {
  out(j.dump(-1, ' ', false, json::error_handler_t::replace));
  out("\n");
}

json PartJson(const GitScanPart& part) {
  const ScanResult& r = part.result;
  return {{"repository", part.repository},
          {"index", part.repository_index},
          {"identity", part.identity},
          {"failure", part.failure},
          {"today", part.today},
          {"suppressor", json::parse(part.suppressor.Save())},
          {"complete", r.complete},
          {"counts", {r.summary.files, r.summary.blobs, r.summary.bytes}}};
}

}  // namespace

void WriteShardReport(const RuleSet& rules, const ShardReport& report,
                      const ReportOut& out) {
  Line({{"leakgate_shard", kFormat},
        {"version", report.version},
        {"rules_digest", report.rules_digest},
        {"shard", {report.shard.index, report.shard.count}},
        {"options", report.options},
        {"options_digest", report.options_digest},
        {"several", report.several},
        {"repositories", report.repositories}},
       out);
  for (const GitScanPart& part : report.parts) {
    Line({{"part", PartJson(part)}}, out);
    for (const Finding& finding : part.result.findings)
      Line({{"finding", FindingJson(rules, finding)}}, out);
    for (const Skip& skip : part.result.skipped)
      Line({{"skip", {Hex(skip.path), Hex(skip.reason)}}}, out);
    for (const std::string& warning : part.result.warnings)
      Line({{"warning", Hex(warning)}}, out);
    for (const ScanError& error : part.result.errors)
      Line({{"error", {Hex(error.path), error.object, Hex(error.message)}}},
           out);
  }
  Line({{"end",
         {{"parts", report.parts.size()},
          {"complete", report.complete},
          {"duration_ms", report.duration_ms}}}},
       out);
}

namespace {

bool ReadPart(const json& j, GitScanPart* part, std::string* err) {
  part->repository = j.at("repository").get<std::string>();
  part->repository_index = j.at("index").get<size_t>();
  part->identity = j.at("identity").get<std::string>();
  part->failure = j.at("failure").get<std::string>();
  part->today = j.at("today").get<std::string>();
  if (!part->suppressor.Restore(j.at("suppressor").dump(), err)) return false;
  ScanResult& r = part->result;
  r.complete = j.at("complete").get<bool>();
  const json& counts = j.at("counts");
  r.summary.files = counts.at(0).get<uint64_t>();
  r.summary.blobs = counts.at(1).get<uint64_t>();
  r.summary.bytes = counts.at(2).get<uint64_t>();
  return true;
}

void ReadHeader(const json& j, ShardReport* report) {
  if (j.at("leakgate_shard").get<int>() != kFormat)
    throw std::runtime_error("a shard report of another format version");
  report->version = j.at("version").get<std::string>();
  report->rules_digest = j.at("rules_digest").get<std::string>();
  report->shard = {true, j.at("shard").at(0).get<uint32_t>(),
                   j.at("shard").at(1).get<uint32_t>()};
  if (report->shard.count == 0 || report->shard.index >= report->shard.count)
    throw std::runtime_error("a shard outside 0 <= K < N");
  report->options = j.at("options").get<std::string>();
  report->options_digest = j.at("options_digest").get<std::string>();
  report->several = j.at("several").get<bool>();
  report->repositories = j.at("repositories").get<std::vector<std::string>>();
}

// One line after the header; false at the end line.
bool ReadLine(const json& j, const RuleSet& rules, ShardReport* report,
              std::string* err) {
  if (j.contains("part")) {
    if (!ReadPart(j["part"], &report->parts.emplace_back(), err))
      throw std::runtime_error(*err);
    return true;
  }
  if (j.contains("end")) {
    if (j["end"].at("parts").get<size_t>() != report->parts.size())
      throw std::runtime_error("the end line counts other parts");
    report->complete = j["end"].at("complete").get<bool>();
    report->duration_ms = j["end"].at("duration_ms").get<uint64_t>();
    return false;
  }
  if (report->parts.empty())
    throw std::runtime_error("a finding before any part");
  ScanResult& r = report->parts.back().result;
  if (j.contains("finding")) {
    Finding& finding = r.findings.emplace_back();
    if (!ReadFinding(j["finding"], rules, &finding))
      throw std::runtime_error("a finding of rule '" + finding.rule +
                               "', which this rule pack lacks");
  } else if (j.contains("skip")) {
    r.skipped.push_back(
        {Unhex(j["skip"].at(0)), Unhex(j["skip"].at(1))});
  } else if (j.contains("warning")) {
    r.warnings.push_back(Unhex(j["warning"]));
  } else if (j.contains("error")) {
    const json& e = j["error"];
    r.errors.push_back(
        {Unhex(e.at(0)), e.at(1).get<std::string>(), Unhex(e.at(2))});
  } else {
    throw std::runtime_error("a line of unknown kind");
  }
  return true;
}

}  // namespace

bool ReadShardReport(std::string_view text, const RuleSet& rules,
                     ShardReport* report, std::string* err) {
  size_t number = 0;
  bool ended = false;
  try {
    while (!text.empty() && !ended) {
      const size_t end = text.find('\n');
      const std::string_view line = text.substr(0, end);
      text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
      ++number;
      const json j = json::parse(line);
      if (number == 1)
        ReadHeader(j, report);
      else
        ended = !ReadLine(j, rules, report, err);
    }
  } catch (const std::exception& e) {
    *err = "line " + std::to_string(number) + ": " +
           (number == 1 ? "not a shard report (leakgate git --shard K/N): "
                        : "") +
           e.what();
    return false;
  }
  if (number == 0 || !ended) {
    *err = number == 0 ? "empty, not a shard report"
                       : "truncated: the end line is missing";
    return false;
  }
  return true;
}

}  // namespace leakgate

// Suppression decides which findings are not reported and counts why, so
// that a report always says how much it left out.
//
// Three sources, checked in this order, the first that applies counting the
// finding: an inline `leakgate:allow` (or `gitleaks:allow`) on the line,
// which the blob scanner records on the finding because only it sees the
// line; an entry of an ignore file, keyed by the finding's fingerprint (rule
// and secret), so it follows the secret when the line moves, optionally
// narrowed by a path glob and limited by an expiry date; and a baseline, an
// earlier JSON report whose (rule, fingerprint) pairs are not reported again.
//
// An expired entry stops suppressing and says so in the report's warnings.
// A malformed ignore file or baseline is refused outright: guessing what a
// broken line meant could hide a finding. Error messages never echo a
// line's words, in case someone pasted a secret there.

#include "leakgate/suppress.h"

#include <fnmatch.h>

#include <cctype>
#include <cstdint>
#include <ctime>
#include <nlohmann/json.hpp>

#include "leakgate/file_io.h"

namespace leakgate {
namespace {

// The most a scanned tree's own ignore file may hold.
constexpr uint64_t kMaxRepoIgnoreFile = uint64_t{16} << 20;
constexpr std::string_view kExpires = "expires=";
constexpr std::string_view kFingerprintPrefix = "lg1:";
constexpr size_t kFingerprintHexDigits = 32;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// A fingerprint as reports print it; upper-case hex is accepted and folded.
bool NormalizeFingerprint(std::string_view word, std::string* out) {
  if (word.size() != kFingerprintPrefix.size() + kFingerprintHexDigits)
    return false;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  if (lower.compare(0, kFingerprintPrefix.size(), kFingerprintPrefix) != 0)
    return false;
  for (size_t i = kFingerprintPrefix.size(); i < lower.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(lower[i]))) return false;
  *out = std::move(lower);
  return true;
}

// YYYY-MM-DD naming a real day.
bool ValidDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  auto number = [&](size_t at, size_t length) {
    return std::stoi(std::string(date.substr(at, length)));
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool ParseLine(std::string_view line, IgnoreEntry* entry, std::string* why) {
  // A reason starts at the first '#' that begins a word.
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '#' && IsSpace(line[i - 1])) {
      entry->reason = std::string(Trim(line.substr(i + 1)));
      line = Trim(line.substr(0, i));
      break;
    }
  }
  std::vector<std::string_view> words;
  size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && IsSpace(line[at])) ++at;
    size_t end = at;
    while (end < line.size() && !IsSpace(line[end])) ++end;
    if (end > at) words.push_back(line.substr(at, end - at));
    at = end;
  }
  if (words.empty() || !NormalizeFingerprint(words[0], &entry->fingerprint)) {
    *why =
        "expected a fingerprint first (\"lg1:\" and 32 hex digits, as the "
        "report's \"fingerprint\" shows it)";
    return false;
  }
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view word = words[i];
    if (word.substr(0, kExpires.size()) == kExpires) {
      std::string_view date = word.substr(kExpires.size());
      if (!entry->expires.empty()) {
        *why = "expires= is given twice";
        return false;
      }
      if (!ValidDate(date)) {
        *why = "expires= wants a date as YYYY-MM-DD";
        return false;
      }
      entry->expires = std::string(date);
    } else if (entry->glob.empty()) {
      entry->glob = std::string(word);
    } else {
      *why = "unexpected word " + std::to_string(i + 1) +
             " (an entry is: fingerprint [path-glob] [expires=YYYY-MM-DD] "
             "[# reason])";
      return false;
    }
  }
  return true;
}

// Reads an ignore file or baseline. `untrusted`: a file from the scanned
// tree, read without following a link or waiting on a FIFO, and capped.
ReadStatus ReadConfigFile(const std::string& path, bool untrusted,
                          std::string* text, std::string* err) {
  ReadOptions options;
  if (untrusted) {
    options.untrusted = true;
    options.max_bytes = kMaxRepoIgnoreFile;
  }
  ReadStatus status = ReadFile(path, text, err, options);
  if (status == ReadStatus::kTooLarge)
    *err = path + ": larger than " + std::to_string(kMaxRepoIgnoreFile >> 20) +
           " MiB; not an ignore file (pass --no-repo-config to scan without "
           "it)";
  return status;
}

std::string Plural(uint64_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

bool ParseIgnoreFile(std::string_view text, IgnoreFile* file,
                     std::string* err) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  size_t number = 0;
  while (!text.empty()) {
    ++number;
    size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    IgnoreEntry entry;
    entry.line = number;
    std::string why;
    if (!ParseLine(line, &entry, &why)) {
      *err = file->name + ":" + std::to_string(number) + ": " + why;
      return false;
    }
    file->entries.push_back(std::move(entry));
  }
  return true;
}

bool ParseBaseline(std::string_view text, Baseline* baseline,
                   std::string* err) {
  using Json = nlohmann::json;
  const std::string what =
      baseline->name + ": not a leakgate JSON report (--format json)";
  Json report = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (report.is_discarded() || !report.is_object()) {
    *err = what;
    return false;
  }
  auto tool = report.find("tool");
  auto findings = report.find("findings");
  if (tool == report.end() || !tool->is_object() ||
      tool->value("name", Json()) != "leakgate" || findings == report.end() ||
      !findings->is_array()) {
    *err = what;
    return false;
  }
  for (size_t i = 0; i < findings->size(); ++i) {
    const Json& finding = (*findings)[i];
    auto rule = finding.is_object() ? finding.find("rule") : finding.end();
    auto fingerprint =
        finding.is_object() ? finding.find("fingerprint") : finding.end();
    if (!finding.is_object() || rule == finding.end() || !rule->is_string() ||
        fingerprint == finding.end() || !fingerprint->is_string()) {
      *err = what + ": finding " + std::to_string(i + 1) +
             " has no rule or fingerprint";
      return false;
    }
    baseline->findings.emplace(rule->get<std::string>(),
                               fingerprint->get<std::string>());
  }
  return true;
}

bool Suppressor::Load(const SuppressOptions& options,
                      const std::vector<IgnoreLocation>& defaults,
                      std::string* err) {
  report_unused_ = options.report_unused;
  std::string text;
  if (!options.ignore_file.empty()) {
    if (ReadConfigFile(options.ignore_file, false, &text, err) !=
        ReadStatus::kOk)
      return false;
    IgnoreFile file{options.ignore_file, "", {}};
    if (!ParseIgnoreFile(text, &file, err)) return false;
    files_.push_back(std::move(file));
  } else if (options.repo_config) {
    std::set<std::string> seen;
    for (const IgnoreLocation& location : defaults) {
      if (!seen.insert(location.path).second) continue;
      switch (ReadConfigFile(location.path, true, &text, err)) {
        case ReadStatus::kMissing:
          continue;
        case ReadStatus::kNotRegular:
          warnings_.push_back(location.path +
                              ": not a regular file (a symbolic link is "
                              "not followed); not read as an ignore file");
          continue;
        case ReadStatus::kTooLarge:
        case ReadStatus::kError:
          return false;
        case ReadStatus::kOk:
          break;
      }
      IgnoreFile file{location.path, location.scope, {}};
      if (!ParseIgnoreFile(text, &file, err)) return false;
      files_.push_back(std::move(file));
    }
  }
  if (!options.baseline.empty()) {
    if (ReadConfigFile(options.baseline, false, &text, err) != ReadStatus::kOk) {
      *err = "baseline: " + *err;
      return false;
    }
    Baseline baseline;
    baseline.name = options.baseline;
    if (!ParseBaseline(text, &baseline, err)) return false;
    SetBaseline(std::move(baseline));
  }
  return true;
}

void Suppressor::Apply(const std::string& today, ScanResult* result) const {
  // Per file, per entry: findings suppressed, and reported findings that
  // an expired entry would have suppressed.
  std::vector<std::vector<uint64_t>> used(files_.size());
  std::vector<std::vector<uint64_t>> expired_hits(files_.size());
  for (size_t i = 0; i < files_.size(); ++i) {
    used[i].assign(files_[i].entries.size(), 0);
    expired_hits[i].assign(files_[i].entries.size(), 0);
  }
  auto expired = [&](const IgnoreEntry& entry) {
    return !entry.expires.empty() && entry.expires <= today;
  };

  Suppressed& counts = result->summary.suppressed;
  std::vector<Finding> kept;
  std::vector<std::pair<size_t, size_t>> expired_matches;
  for (Finding& finding : result->findings) {
    if (finding.inline_allowed) {
      counts.inline_comment += 1;
      continue;
    }
    bool ignored = false;
    expired_matches.clear();
    const std::string& path = finding.location.path;
    for (size_t i = 0; i < files_.size() && !ignored; ++i) {
      const IgnoreFile& file = files_[i];
      if (path.compare(0, file.scope.size(), file.scope) != 0) continue;
      const std::string relative = path.substr(file.scope.size());
      for (size_t j = 0; j < file.entries.size(); ++j) {
        const IgnoreEntry& entry = file.entries[j];
        if (entry.fingerprint != finding.fingerprint) continue;
        if (!entry.glob.empty() &&
            fnmatch(entry.glob.c_str(), relative.c_str(), 0) != 0)
          continue;
        if (expired(entry)) {
          expired_matches.emplace_back(i, j);
          continue;
        }
        used[i][j] += 1;
        ignored = true;
        break;
      }
    }
    if (ignored) {
      counts.ignore_file += 1;
      continue;
    }
    if (has_baseline_ &&
        baseline_.findings.count({finding.rule, finding.fingerprint})) {
      counts.baseline += 1;
      continue;
    }
    for (const auto& [i, j] : expired_matches) expired_hits[i][j] += 1;
    kept.push_back(std::move(finding));
  }
  result->findings = std::move(kept);

  for (const std::string& warning : warnings_)
    result->warnings.push_back(warning);
  for (size_t i = 0; i < files_.size(); ++i) {
    for (size_t j = 0; j < files_[i].entries.size(); ++j) {
      const IgnoreEntry& entry = files_[i].entries[j];
      const std::string where =
          files_[i].name + ":" + std::to_string(entry.line) + ": ";
      if (expired_hits[i][j] > 0) {
        result->warnings.push_back(
            where + "entry expired on " + entry.expires + "; " +
            (expired_hits[i][j] == 1
                 ? std::string("finding")
                 : Plural(expired_hits[i][j], "finding", "findings")) +
            " reported again");
      } else if (report_unused_ && used[i][j] == 0) {
        result->warnings.push_back(
            where + "entry " + entry.fingerprint +
            (expired(entry) ? " expired on " + entry.expires + " and" : "") +
            " matched no finding");
      }
    }
  }
}

std::string TodayUtc() {
  time_t now = time(nullptr);
  struct tm utc;
  gmtime_r(&now, &utc);
  char date[16];
  std::strftime(date, sizeof(date), "%Y-%m-%d", &utc);
  return date;
}

}  // namespace leakgate

// Suppression: which findings the user has allowed (inline comment, ignore
// file, baseline report), counted by reason so that nothing is hidden
// silently.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "leakgate/finding.h"

namespace leakgate {

/// The ignore file a scanned tree may carry at its root.
inline constexpr char kIgnoreFileName[] = ".leakgateignore";

/// What the command line asks for; carried in ScanOptions and GitScanOptions.
/// Inline allow comments are always honoured.
struct SuppressOptions {
  /// --ignore-file: read instead of the scanned tree's own .leakgateignore.
  std::string ignore_file;
  /// False with --no-repo-config: the scanned tree's .leakgateignore is not
  /// read (an explicit `ignore_file` still is).
  bool repo_config = true;
  /// --baseline: an earlier JSON report whose findings are not reported.
  std::string baseline;
  /// --report-unused-ignores: one warning per ignore entry that matched
  /// nothing.
  bool report_unused = false;
};

/// One line of an ignore file:
/// `<fingerprint> [path-glob] [expires=YYYY-MM-DD] [# reason]`.
struct IgnoreEntry {
  std::string fingerprint;  ///< "lg1:" + 32 lowercase hex digits.
  std::string glob;         ///< fnmatch on the path within the scope; "" = any.
  std::string expires;      ///< "YYYY-MM-DD" (expired on that day, UTC) or "".
  std::string reason;
  size_t line = 0;
};

/// An ignore file and the findings it speaks for.
struct IgnoreFile {
  std::string name;  ///< the file as warnings and errors name it.
  /// Prefix of the reported paths it applies to ("" = every finding); it is
  /// removed from the path before the glob is matched, so a scan root's
  /// file means the same whether one or several roots are scanned.
  std::string scope;
  std::vector<IgnoreEntry> entries;
};

/// Parses an ignore file's text into `file->entries` (name and scope are
/// the caller's). Blank lines and lines starting with `#` are skipped. False
/// on the first malformed line, with `err` = "name:line: why".
bool ParseIgnoreFile(std::string_view text, IgnoreFile* file, std::string* err);

/// The findings of an earlier report, as (rule, fingerprint).
struct Baseline {
  std::string name;
  std::set<std::pair<std::string, std::string>> findings;
};

/// Reads a leakgate JSON report (`--format json`) into `baseline->findings`.
/// False with `err` (naming baseline->name) when it is not one.
bool ParseBaseline(std::string_view text, Baseline* baseline, std::string* err);

/// Where a scanned tree's own ignore file would be, and its scope.
struct IgnoreLocation {
  std::string path;
  std::string scope;
};

/// Everything that can suppress a finding in one scan. Load once, then
/// Apply to the collected findings (before SortResult).
class Suppressor {
 public:
  /// Reads what `options` names: the explicit ignore file, or else each of
  /// `defaults` that exists (unless --no-repo-config), and the baseline. A
  /// missing default file is not an error; one that is not a regular file
  /// (a symbolic link, a FIFO) is not opened, with a warning. False with
  /// `err` when an explicit file or the baseline cannot be read, a line is
  /// malformed, or the baseline is not a leakgate JSON report.
  bool Load(const SuppressOptions& options,
            const std::vector<IgnoreLocation>& defaults, std::string* err);

  /// For tests, and for callers that read the files themselves.
  void AddIgnoreFile(IgnoreFile file) { files_.push_back(std::move(file)); }
  void SetBaseline(Baseline baseline) {
    baseline_ = std::move(baseline);
    has_baseline_ = true;
  }
  void set_report_unused(bool report_unused) { report_unused_ = report_unused; }

  /// What Load read, as JSON (suppress_state.cc): names, scopes, entries
  /// without their reasons, the baseline's pairs, the load warnings. A shard
  /// report carries it so that `leakgate merge` applies what the shards read.
  std::string Save() const;
  /// Restores what Save wrote; false with `err` when the text is not that.
  bool Restore(std::string_view text, std::string* err);

  /// Removes the suppressed findings from `result` and counts each under
  /// the first reason that applies: inline comment, then ignore file, then
  /// baseline. Adds warnings for expired entries that would have matched a
  /// reported finding, for files not read, and (report_unused) for entries
  /// that matched nothing. `today` is "YYYY-MM-DD" (see TodayUtc).
  void Apply(const std::string& today, ScanResult* result) const;

 private:
  std::vector<IgnoreFile> files_;
  Baseline baseline_;
  bool has_baseline_ = false;
  bool report_unused_ = false;
  std::vector<std::string> warnings_;
};

/// Today's date in UTC, "YYYY-MM-DD".
std::string TodayUtc();

}  // namespace leakgate

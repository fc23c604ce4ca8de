// Reporters: a scan result as JSON, JSON Lines, SARIF, text, a GitLab
// secret-detection report or JUnit XML.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "leakgate/finding.h"

namespace leakgate {

struct ReportContext {
  std::string version;       ///< leakgate's version.
  std::string rules_digest;  ///< "sha256:…" of the rule pack.
  bool color = false;        ///< ANSI colour (text only; terminals only).
  int threads = 1;           ///< threads that may render findings.
  /// When the scan ended, in seconds since the epoch (the GitLab report's
  /// end_time); 0: the time the report is written.
  int64_t end_time = 0;
};

/// Receives a report piece by piece, in order.
using ReportOut = std::function<void(std::string_view)>;

/// Renders a whole result. A reporter never sees a raw secret: findings
/// arrive redacted (unless --show-secrets) from finding/. Reports are
/// written a finding at a time, so a report of many findings is never held
/// in memory whole.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Write(const ScanResult& result, const ReportOut& out) const = 0;
  /// The report as one string (tests, small reports).
  std::string Render(const ScanResult& result) const;
};

/// "json", "jsonl", "sarif", "text", "gitlab" or "junit"; nullptr for
/// another name.
std::unique_ptr<Reporter> MakeReporter(const std::string& format,
                                       const ReportContext& context);

std::unique_ptr<Reporter> MakeJsonReporter(const ReportContext& context,
                                           bool lines);
std::unique_ptr<Reporter> MakeSarifReporter(const ReportContext& context);
std::unique_ptr<Reporter> MakeTextReporter(const ReportContext& context);
std::unique_ptr<Reporter> MakeGitlabReporter(const ReportContext& context);
std::unique_ptr<Reporter> MakeJunitReporter(const ReportContext& context);

/// Writes what `produce` hands its ReportOut to `path` for -o: a new or
/// regular file is replaced atomically (temporary file in the same
/// directory, mode 0600, rename); a device or FIFO (/dev/stdout) is written
/// in place; a symbolic link is refused. False with `err` set on any
/// failure, nothing half-written in place of a regular file.
bool WriteOutputFile(const std::string& path,
                     const std::function<void(const ReportOut&)>& produce,
                     std::string* err);
bool WriteOutputFile(const std::string& path, std::string_view bytes,
                     std::string* err);

/// Writes what `produce` hands its ReportOut to standard output; false with
/// `err` set when a write fails (a closed pipe, a full disk).
bool WriteStdout(const std::function<void(const ReportOut&)>& produce,
                 std::string* err);

}  // namespace leakgate

// Reporters: a scan result as JSON, JSON Lines or text.
#pragma once

#include <memory>
#include <string>

#include "leakgate/finding.h"

namespace leakgate {

struct ReportContext {
  std::string version;       ///< leakgate's version.
  std::string rules_digest;  ///< "sha256:…" of the rule pack.
  bool color = false;        ///< ANSI colour (text only; terminals only).
};

/// Renders a whole result. A reporter never sees a raw secret: findings
/// arrive redacted (unless --show-secrets) from finding/.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual std::string Render(const ScanResult& result) const = 0;
};

/// "json", "jsonl", "sarif" or "text"; nullptr for another name.
std::unique_ptr<Reporter> MakeReporter(const std::string& format,
                                       const ReportContext& context);

std::unique_ptr<Reporter> MakeJsonReporter(const ReportContext& context,
                                           bool lines);
std::unique_ptr<Reporter> MakeSarifReporter(const ReportContext& context);
std::unique_ptr<Reporter> MakeTextReporter(const ReportContext& context);

/// Writes `bytes` to `path` for -o: a new or regular file is replaced
/// atomically (temporary file in the same directory, mode 0600, rename); a
/// device or FIFO (/dev/stdout) is written in place; a symbolic link is
/// refused. False with `err` set on any failure, nothing half-written.
bool WriteOutputFile(const std::string& path, const std::string& bytes,
                     std::string* err);

}  // namespace leakgate

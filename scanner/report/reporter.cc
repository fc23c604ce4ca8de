#include "leakgate/reporter.h"

namespace leakgate {

std::string Reporter::Render(const ScanResult& result) const {
  std::string text;
  Write(result, [&text](std::string_view bytes) { text.append(bytes); });
  return text;
}

std::unique_ptr<Reporter> MakeReporter(const std::string& format,
                                       const ReportContext& context) {
  if (format == "json") return MakeJsonReporter(context, false);
  if (format == "jsonl") return MakeJsonReporter(context, true);
  if (format == "text") return MakeTextReporter(context);
  if (format == "sarif") return MakeSarifReporter(context);
  if (format == "gitlab") return MakeGitlabReporter(context);
  if (format == "junit") return MakeJunitReporter(context);
  return nullptr;
}

}  // namespace leakgate

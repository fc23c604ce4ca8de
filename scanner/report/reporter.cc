#include "leakgate/reporter.h"

namespace leakgate {

std::unique_ptr<Reporter> MakeReporter(const std::string& format,
                                       const ReportContext& context) {
  if (format == "json") return MakeJsonReporter(context, false);
  if (format == "jsonl") return MakeJsonReporter(context, true);
  if (format == "text") return MakeTextReporter(context);
  if (format == "sarif") return MakeSarifReporter(context);
  return nullptr;
}

}  // namespace leakgate

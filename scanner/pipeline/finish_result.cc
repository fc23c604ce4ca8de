#include "finish_result.h"

namespace leakgate {

void FinishResultAt(const ScanOptions& options, const Suppressor& suppressor,
                    const std::string& today, ScanResult* result) {
  if (options.Cancelled()) result->complete = false;
  suppressor.Apply(today, result);
  const size_t before = result->findings.size();
  std::erase_if(result->findings, [&](const Finding& finding) {
    return finding.confidence < options.min_confidence;
  });
  result->summary.below_min_confidence = before - result->findings.size();
  SortResult(result);
}

void FinishResult(const ScanOptions& options, const Suppressor& suppressor,
                  std::chrono::steady_clock::time_point started,
                  ScanResult* result) {
  FinishResultAt(options, suppressor, TodayUtc(), result);
  result->summary.duration_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started)
          .count());
}

}  // namespace leakgate

#include "finish_result.h"

namespace leakgate {

void FinishResult(const std::atomic<bool>* cancel, const Suppressor& suppressor,
                  std::chrono::steady_clock::time_point started,
                  ScanResult* result) {
  if (cancel && cancel->load()) result->complete = false;
  suppressor.Apply(TodayUtc(), result);
  SortResult(result);
  result->summary.duration_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started)
          .count());
}

}  // namespace leakgate

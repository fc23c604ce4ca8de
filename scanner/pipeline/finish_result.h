// The last steps every scan takes, in one place: mark an interrupted scan,
// apply suppressions and --min-confidence, sort, time.
#pragma once

#include <atomic>
#include <chrono>
#include <string>

#include "leakgate/finding.h"
#include "leakgate/scan_options.h"
#include "leakgate/suppress.h"

namespace leakgate {

/// Everything but the duration, suppression expiry judged on `today`
/// (merge uses the day the shards ran).
void FinishResultAt(const ScanOptions& options, const Suppressor& suppressor,
                    const std::string& today, ScanResult* result);

void FinishResult(const ScanOptions& options, const Suppressor& suppressor,
                  std::chrono::steady_clock::time_point started,
                  ScanResult* result);

}  // namespace leakgate

// The last steps every scan takes, in one place: mark an interrupted scan,
// apply suppressions, sort, time.
#pragma once

#include <atomic>
#include <chrono>

#include "leakgate/finding.h"
#include "leakgate/suppress.h"

namespace leakgate {

void FinishResult(const std::atomic<bool>* cancel, const Suppressor& suppressor,
                  std::chrono::steady_clock::time_point started,
                  ScanResult* result);

}  // namespace leakgate

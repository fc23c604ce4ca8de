// The one worker pool every source runs through. Internal to pipeline/.
#pragma once

#include "leakgate/engine.h"
#include "leakgate/result_sink.h"
#include "leakgate/scan_options.h"
#include "leakgate/source.h"

namespace leakgate {

/// Reads and scans every blob `source` produces on `options.threads`
/// threads, the producing thread among them, and adds the source's final
/// findings, every skip, error and warning, and the counts to `sink`.
void RunSource(const Engine& engine, const ScanOptions& options,
               Source* source, ResultSink* sink);

}  // namespace leakgate

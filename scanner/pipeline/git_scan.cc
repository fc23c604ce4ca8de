// `leakgate git`: the repository as a source, through the one worker pool
// (run_source.cc).

#include <chrono>
#include <memory>

#include "finish_result.h"
#include "leakgate/git_source.h"
#include "leakgate/scan.h"
#include "run_source.h"

namespace leakgate {

bool RunGitScan(const Engine& engine, const ScanOptions& options,
                ScanResult* result, std::string* err) {
  const auto started = std::chrono::steady_clock::now();
  ResultSink sink(result);
  std::unique_ptr<GitSource> source = GitSource::Open(options, &sink, err);
  if (!source) return false;
  Suppressor suppressor;
  if (!suppressor.Load(options.suppress, source->IgnoreFiles(), err))
    return false;
  if (!source->Plan(err)) return false;
  RunSource(engine, options, source.get(), &sink);
  FinishResult(options, suppressor, started, result);
  return true;
}

}  // namespace leakgate

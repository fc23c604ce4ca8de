// `leakgate git`: the repository as a source, through the one worker pool
// (run_source.cc). A scan is a part (everything up to the fold across
// shards) and its finish (suppression, --min-confidence, sort): one
// unsharded run is one part finished; `leakgate merge` folds the parts of
// N shards (FoldGitParts) and finishes them the same way.

#include <chrono>
#include <memory>

#include "finish_result.h"
#include "leakgate/git_source.h"
#include "leakgate/scan.h"
#include "leakgate/shard.h"
#include "run_source.h"

namespace leakgate {

void ScanGitPart(const Engine& engine, const ScanOptions& options,
                 GitScanPart* part) {
  part->repository = options.paths.empty() ? "." : options.paths[0];
  part->today = TodayUtc();
  ResultSink sink(&part->result);
  std::unique_ptr<GitSource> source =
      GitSource::Open(options, &sink, &part->failure);
  if (!source) return;
  if (!part->suppressor.Load(options.suppress, source->IgnoreFiles(),
                             &part->failure) ||
      !source->Plan(&part->failure))
    return;
  part->failure.clear();
  part->identity = source->Identity();
  RunSource(engine, options, source.get(), &sink);
  if (options.Cancelled()) part->result.complete = false;
}

void FoldGitParts(std::vector<GitScanPart>* parts, GitScanPart* out) {
  GitScanPart& first = parts->front();
  out->repository = first.repository;
  out->repository_index = first.repository_index;
  out->identity = first.identity;
  out->today = first.today;
  out->suppressor = first.suppressor;
  ScanResult& all = out->result;
  for (GitScanPart& part : *parts) {
    if (out->failure.empty()) out->failure = part.failure;
    ScanResult& add = part.result;
    if (!add.complete) all.complete = false;
    all.summary.files += add.summary.files;
    all.summary.blobs += add.summary.blobs;
    all.summary.bytes += add.summary.bytes;
    for (Finding& finding : add.findings)
      all.findings.push_back(std::move(finding));
    for (Skip& skip : add.skipped) all.skipped.push_back(std::move(skip));
    for (std::string& warning : add.warnings)
      all.warnings.push_back(std::move(warning));
    for (ScanError& error : add.errors) all.errors.push_back(std::move(error));
  }
  FoldGitFindings(&all.findings);
}

bool FinishGitPart(const ScanOptions& options, GitScanPart* part,
                   ScanResult* result, std::string* err) {
  if (!part->failure.empty()) {
    *err = part->failure;
    return false;
  }
  *result = std::move(part->result);
  FinishResultAt(options, part->suppressor, part->today, result);
  return true;
}

bool RunGitScan(const Engine& engine, const ScanOptions& options,
                ScanResult* result, std::string* err) {
  const auto started = std::chrono::steady_clock::now();
  GitScanPart part;
  ScanGitPart(engine, options, &part);
  if (!FinishGitPart(options, &part, result, err)) return false;
  result->summary.duration_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started)
          .count());
  return true;
}

}  // namespace leakgate

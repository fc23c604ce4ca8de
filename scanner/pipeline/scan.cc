// `leakgate scan`: the directory walk as a source, read by the content
// stage, through the one worker pool (run_source.cc).

#include "leakgate/scan.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <utility>

#include "finish_result.h"
#include "leakgate/file_content.h"
#include "leakgate/file_source.h"
#include "run_source.h"

namespace leakgate {
namespace {

// Files and standard input: every location is a finding.
class FileTreeSource final : public Source {
 public:
  FileTreeSource(const ScanOptions& options, ResultSink* sink)
      : options_(options), sink_(sink) {}

  void Produce(const std::function<void(BlobRef)>& push) override {
    FileSink files{
        [&](Provenance file) {
          BlobRef ref{next_id_++, {}};
          ref.provenance.swap(file);
          push(std::move(ref));
        },
        [&](Skip skip) { sink_->AddSkip(std::move(skip)); },
        [&](ScanError error) { sink_->AddError(std::move(error)); }};
    WalkPaths(options_.paths, {options_.excludes, options_.cancel}, files);
  }
  std::unique_ptr<BlobReader> NewReader() override {
    return std::make_unique<FileContentReader>(sink_, options_.progress,
                                               options_.cancel);
  }
  std::unique_ptr<FindingCollector> NewCollector() override {
    return std::make_unique<FindingList>();
  }
  bool Small() const override {
    constexpr size_t kFew = 8;
    constexpr off_t kSmallBytes = 256 << 10;
    if (options_.paths.empty() || options_.paths.size() > kFew) return false;
    off_t total = 0;
    for (const std::string& path : options_.paths) {
      struct stat st;
      if (path == "-" || stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
      total += st.st_size;
    }
    return total <= kSmallBytes;
  }
  void Finish(std::vector<std::unique_ptr<FindingCollector>> collectors,
              std::vector<Finding>* findings) override {
    for (auto& collector : collectors) {
      std::vector<Finding>* found =
          static_cast<FindingList*>(collector.get())->findings();
      std::move(found->begin(), found->end(), std::back_inserter(*findings));
    }
  }

 private:
  const ScanOptions& options_;
  ResultSink* sink_;
  uint64_t next_id_ = 0;
};

// Each directory given may hold an ignore file at its top, which speaks for
// the findings under it: their reported paths start with the root as
// WalkPaths names it (nothing when one root is given).
std::vector<IgnoreLocation> RootIgnoreFiles(
    const std::vector<std::string>& roots) {
  std::vector<IgnoreLocation> locations;
  for (const std::string& root : roots) {
    struct stat st;
    if (root == "-" || lstat(root.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
      continue;
    std::string scope = roots.size() > 1 ? root : "";
    while (scope.size() > 1 && scope.back() == '/') scope.pop_back();
    if (scope == ".") scope.clear();
    if (!scope.empty() && scope.back() != '/') scope += '/';
    std::string path = root;
    if (path == ".") path.clear();
    if (!path.empty() && path.back() != '/') path += '/';
    locations.push_back({path + kIgnoreFileName, scope});
  }
  return locations;
}

}  // namespace

bool RunScan(const Engine& engine, const ScanOptions& options,
             ScanResult* result, std::string* err) {
  const auto started = std::chrono::steady_clock::now();
  Suppressor suppressor;
  if (!suppressor.Load(options.suppress, RootIgnoreFiles(options.paths), err))
    return false;
  ResultSink sink(result);
  FileTreeSource source(options, &sink);
  RunSource(engine, options, &source, &sink);
  FinishResult(options, suppressor, started, result);
  return true;
}

}  // namespace leakgate

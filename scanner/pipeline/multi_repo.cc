// `leakgate git REPO...` and `--repos FILE`: each repository is a separate
// RunGitScan (its own plan, ignore file and oldest-per-path fold), then the
// results are concatenated and sorted again. A repository that cannot be
// read is an error in the report, never the end of the run: an audit of a
// whole organisation must not stop at the first broken mirror.

#include "leakgate/multi_repo.h"

#include <chrono>
#include <fstream>

#include "leakgate/scan.h"

namespace leakgate {
namespace {

std::string Qualified(const std::string& repo, const std::string& path) {
  return path.empty() ? repo : repo + ":" + path;
}

}  // namespace

void AbsorbRepository(const std::string& repo, ScanResult* part,
                      ScanResult* all) {
  if (!part->complete) all->complete = false;
  ScanSummary& sum = all->summary;
  const ScanSummary& add = part->summary;
  sum.files += add.files;
  sum.blobs += add.blobs;
  sum.bytes += add.bytes;
  sum.suppressed.inline_comment += add.suppressed.inline_comment;
  sum.suppressed.ignore_file += add.suppressed.ignore_file;
  sum.suppressed.baseline += add.suppressed.baseline;
  sum.below_min_confidence += add.below_min_confidence;
  for (Finding& finding : part->findings) {
    finding.repository = repo;
    all->findings.push_back(std::move(finding));
  }
  for (Skip& skip : part->skipped)
    all->skipped.push_back({Qualified(repo, skip.path), std::move(skip.reason)});
  for (std::string& warning : part->warnings)
    all->warnings.push_back(repo + ": " + warning);
  for (ScanError& error : part->errors)
    all->errors.push_back({Qualified(repo, error.path), std::move(error.object),
                           std::move(error.message)});
}

void RunGitScans(const Engine& engine, const ScanOptions& options,
                 const std::vector<std::string>& repos, ScanResult* result) {
  const auto started = std::chrono::steady_clock::now();
  for (const std::string& repo : repos) {
    if (options.Cancelled()) {
      result->complete = false;
      break;
    }
    ScanOptions one = options;
    one.paths = {repo};
    ScanResult part;
    std::string err;
    if (!RunGitScan(engine, one, &part, &err))
      part.errors.push_back({"", "", err});
    AbsorbRepository(repo, &part, result);
  }
  SortResult(result);
  result->summary.duration_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started)
          .count());
}

bool ReadRepoList(const std::string& file, std::vector<std::string>* repos,
                  std::string* err) {
  std::ifstream in(file);
  if (!in) {
    *err = "cannot read the repository list " + file;
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    repos->push_back(line);
  }
  if (in.bad()) {
    *err = "cannot read the repository list " + file;
    return false;
  }
  return true;
}

}  // namespace leakgate

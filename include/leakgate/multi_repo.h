// Several repositories in one `leakgate git` run: each scanned on its own,
// the results combined into one report whose findings name their repository.
#pragma once

#include <string>
#include <vector>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/scan_options.h"

namespace leakgate {

/// Scans each of `repos` as RunGitScan would (options.paths is replaced by
/// each repository in turn) and combines the results into `result`: every
/// finding carries its `repository`, paths of skips and errors read
/// "REPO:PATH", warnings "REPO: TEXT", summary counts are the sums. A
/// repository that cannot be opened or walked becomes one error naming it;
/// the others are still scanned. A cancellation stops before the next one.
void RunGitScans(const Engine& engine, const ScanOptions& options,
                 const std::vector<std::string>& repos, ScanResult* result);

/// Moves one repository's finished result into the combined one, as
/// RunGitScans does (merge of several repositories' shards too).
void AbsorbRepository(const std::string& repo, ScanResult* part,
                      ScanResult* all);

/// The repositories listed in FILE, one path a line; blank lines and lines
/// starting with '#' are left out. False, with `err`, when it cannot be read.
bool ReadRepoList(const std::string& file, std::vector<std::string>* repos,
                  std::string* err);

}  // namespace leakgate

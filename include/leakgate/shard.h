// Shards of a `leakgate git` run and their merge (DESIGN.md §10): shard K
// of N walks the whole history but scans only its blobs and messages (with
// several repositories, only its repositories), and writes what it found
// before the last fold; `leakgate merge` folds the N shard reports with the
// fold an unsharded run uses, then suppresses, filters and sorts as it does,
// so the merged report is the unsharded one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "leakgate/engine.h"
#include "leakgate/finding.h"
#include "leakgate/reporter.h"
#include "leakgate/scan_options.h"
#include "leakgate/suppress.h"

namespace leakgate {

/// Parses --shard "K/N" (0 <= K < N, N <= 65536) into `shard` (active).
bool ParseShardSpec(const std::string& text, ShardSpec* shard,
                    std::string* err);

/// One repository's share of a git scan, before the fold across shards.
struct GitScanPart {
  std::string repository;  ///< as given to `git`
  size_t repository_index = 0;
  std::string identity;  ///< GitSource::Identity(); empty when it failed
  std::string failure;   ///< why it could not be opened or walked, if so
  std::string today;     ///< the day ignore-file expiry is judged on
  Suppressor suppressor;
  /// Findings folded within the part; not suppressed, filtered or sorted.
  ScanResult result;
};

/// Scans the repository options.paths[0] (shard options.git.shard of it)
/// into `part`, stopping before suppression.
void ScanGitPart(const Engine& engine, const ScanOptions& options,
                 GitScanPart* part);

/// Folds parts of one repository (one per shard) into `out`: findings by
/// FoldGitFindings, lists concatenated, counts summed.
void FoldGitParts(std::vector<GitScanPart>* parts, GitScanPart* out);

/// Suppresses, filters by options.min_confidence and sorts `part` into
/// `result`, as RunGitScan does (the duration is the caller's). False, with
/// `err` = part->failure, when the repository could not be scanned.
bool FinishGitPart(const ScanOptions& options, GitScanPart* part,
                   ScanResult* result, std::string* err);

/// A shard's report: what merge checks, and the parts it merges.
struct ShardReport {
  ShardSpec shard;
  std::string version;
  std::string rules_digest;
  std::string options;  ///< canonical JSON of what changes results
  std::string options_digest;
  bool several = false;  ///< several repositories (findings name theirs)
  std::vector<std::string> repositories;
  std::vector<GitScanPart> parts;
  bool complete = true;  ///< false when interrupted
  uint64_t duration_ms = 0;
};

/// Runs shard options.git.shard of `repos` into `report` (all but its
/// version, which is the caller's): with `several` repositories, each
/// repository i with i % N == K, whole; with one, the blobs and messages of
/// shard K of it.
void RunGitShard(const Engine& engine, const ScanOptions& options,
                 const std::vector<std::string>& repos, bool several,
                 ShardReport* report);

/// The canonical JSON of the options that change a git report (ShardReport
/// ::options); its digest goes beside it.
std::string ShardOptionsJson(const ScanOptions& options);

/// Writes `report` as JSON Lines: a header, then per part a line and its
/// findings, skips, warnings and errors, then an end line.
void WriteShardReport(const RuleSet& rules, const ShardReport& report,
                      const ReportOut& out);

/// Reads what WriteShardReport wrote; findings get their rule and guidance
/// back from `rules`. False, with `err`, when it is not a complete shard
/// report or names a rule `rules` lacks.
bool ReadShardReport(std::string_view text, const RuleSet& rules,
                     ShardReport* report, std::string* err);

/// Merges the shard reports into the report one unsharded run gives. False,
/// with `err`, when they are not the N shards of one run: another rule
/// pack, version, options or repository, a shard missing or given twice.
bool MergeShardReports(const RuleSet& rules, std::vector<ShardReport> shards,
                       ScanResult* result, std::string* err);

}  // namespace leakgate

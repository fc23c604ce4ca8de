// Sharded git scans (DESIGN.md §10). A shard is a git scan stopped before
// the fold across shards; merge checks that the N reports are the N shards
// of one run (same binary and rule pack, same options, same repositories in
// the same state, each shard once), folds each repository's parts with the
// fold an unsharded run uses (FoldGitParts → FoldGitFindings), and finishes
// them as it does (FinishGitPart), so the merged report is the unsharded one.

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "leakgate/multi_repo.h"
#include "leakgate/sha256.h"
#include "leakgate/shard.h"

namespace leakgate {
namespace {

constexpr uint32_t kMaxShards = 65536;

// What differs between shards that must not: the first difference, named.
bool CheckSame(const ShardReport& first, const ShardReport& other,
               const std::string& name, std::string* err) {
  auto refuse = [&](const std::string& what) {
    *err = name + " " + what + " than the first report; these are not shards "
                               "of one run";
    return false;
  };
  if (other.version != first.version)
    return refuse("was written by leakgate " + other.version + ", not " +
                  first.version + ", other");
  if (other.rules_digest != first.rules_digest)
    return refuse("was scanned with another rule pack (" +
                  other.rules_digest + ")");
  if (other.options_digest != first.options_digest)
    return refuse("was scanned with other options (" + other.options + ")");
  if (other.several != first.several || other.repositories != first.repositories)
    return refuse("names other repositories");
  if (other.shard.count != first.shard.count)
    return refuse("is one of " + std::to_string(other.shard.count) +
                  " shards, not " + std::to_string(first.shard.count) +
                  ", other");
  return true;
}

// Every shard 0 … N-1 exactly once.
bool CheckShardSet(const std::vector<ShardReport>& shards, std::string* err) {
  const uint32_t count = shards[0].shard.count;
  std::vector<int> seen(count, 0);
  for (const ShardReport& shard : shards) ++seen[shard.shard.index];
  std::string missing, twice;
  for (uint32_t k = 0; k < count; ++k) {
    if (seen[k] == 0) missing += (missing.empty() ? "" : ", ") + std::to_string(k);
    if (seen[k] > 1) twice += (twice.empty() ? "" : ", ") + std::to_string(k);
  }
  if (!twice.empty()) {
    *err = "shard " + twice + " of " + std::to_string(count) +
           " is given more than once";
    return false;
  }
  if (!missing.empty()) {
    *err = "shard " + missing + " of " + std::to_string(count) +
           " is missing; merge needs every shard";
    return false;
  }
  return true;
}

// One repository's parts: the same state of it everywhere, the same
// suppressions.
bool CheckParts(const std::vector<GitScanPart>& parts, std::string* err) {
  for (const GitScanPart& part : parts) {
    if (part.identity != parts[0].identity) {
      *err = "the shards scanned " + part.repository +
             " at different states (its refs differ): scan every shard from "
             "the same commit";
      return false;
    }
    if (part.suppressor.Save() != parts[0].suppressor.Save()) {
      *err = "the shards of " + part.repository +
             " read different ignore files or baselines";
      return false;
    }
  }
  return true;
}

}  // namespace

bool ParseShardSpec(const std::string& text, ShardSpec* shard,
                    std::string* err) {
  const size_t slash = text.find('/');
  auto number = [](const std::string& digits, uint32_t* value) {
    if (digits.empty() || digits.size() > 6 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
      return false;
    *value = static_cast<uint32_t>(std::stoul(digits));
    return true;
  };
  uint32_t index = 0, count = 0;
  if (slash == std::string::npos || !number(text.substr(0, slash), &index) ||
      !number(text.substr(slash + 1), &count) || count == 0 ||
      count > kMaxShards || index >= count) {
    *err = "--shard takes K/N with 0 <= K < N <= " +
           std::to_string(kMaxShards) + ", got '" + text + "'";
    return false;
  }
  *shard = {true, index, count};
  return true;
}

std::string ShardOptionsJson(const ScanOptions& options) {
  const GitSelection& git = options.git;
  nlohmann::json json = {
      {"mode", git.mode == GitMode::kAllRefs ? "all-refs" : "other"},
      {"max_blob_size", git.max_blob_size},
      {"excludes", options.excludes},
      {"max_findings_per_file", options.max_findings_per_file},
      {"min_confidence", ConfidenceName(options.min_confidence)},
      {"show_secrets", options.show_secrets},
      {"repo_config", options.suppress.repo_config},
      {"report_unused_ignores", options.suppress.report_unused}};
  return json.dump();
}

void RunGitShard(const Engine& engine, const ScanOptions& options,
                 const std::vector<std::string>& repos, bool several,
                 ShardReport* report) {
  const auto started = std::chrono::steady_clock::now();
  const ShardSpec& shard = options.git.shard;
  report->shard = shard;
  report->rules_digest = engine.rules.digest();
  report->options = ShardOptionsJson(options);
  Sha256 digest;
  digest.Update(report->options);
  report->options_digest = "sha256:" + digest.FinalHex();
  report->several = several;
  report->repositories = repos;
  for (size_t i = 0; i < repos.size() && !options.Cancelled(); ++i) {
    if (several && i % shard.count != shard.index) continue;
    ScanOptions one = options;
    one.paths = {repos[i]};
    // Several repositories are shared out whole.
    if (several) one.git.shard = ShardSpec{};
    GitScanPart& part = report->parts.emplace_back();
    ScanGitPart(engine, one, &part);
    part.repository_index = i;
  }
  report->complete = !options.Cancelled();
  for (const GitScanPart& part : report->parts)
    if (!part.result.complete) report->complete = false;
  report->duration_ms = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started)
          .count());
}

bool MergeShardReports(const RuleSet& rules, std::vector<ShardReport> shards,
                       ScanResult* result, std::string* err) {
  if (shards.empty()) {
    *err = "merge needs the shard reports";
    return false;
  }
  const ShardReport& first = shards[0];
  if (first.rules_digest != rules.digest()) {
    *err = "the shards were scanned with another rule pack (" +
           first.rules_digest + ") than this leakgate's (" + rules.digest() +
           ")";
    return false;
  }
  for (size_t i = 1; i < shards.size(); ++i)
    if (!CheckSame(first, shards[i], "report " + std::to_string(i + 1), err))
      return false;
  if (!CheckShardSet(shards, err)) return false;
  ScanOptions options;
  ParseConfidence(
      nlohmann::json::parse(first.options).value("min_confidence", "low"),
      &options.min_confidence);
  std::vector<std::vector<GitScanPart>> by_repo(first.repositories.size());
  uint64_t duration = 0;
  for (ShardReport& shard : shards) {
    duration = std::max(duration, shard.duration_ms);
    for (GitScanPart& part : shard.parts)
      if (part.repository_index < by_repo.size())
        by_repo[part.repository_index].push_back(std::move(part));
  }
  for (size_t r = 0; r < by_repo.size(); ++r) {
    std::vector<GitScanPart>& parts = by_repo[r];
    const std::string& repo = first.repositories[r];
    if (parts.empty()) continue;  // an interrupted shard stopped before it
    if (!CheckParts(parts, err)) return false;
    GitScanPart folded;
    FoldGitParts(&parts, &folded);
    ScanResult one;
    std::string failure;
    if (!FinishGitPart(options, &folded, &one, &failure))
      one.errors.push_back({first.several ? "" : repo, "", failure});
    if (first.several)
      AbsorbRepository(repo, &one, result);
    else
      *result = std::move(one);
  }
  for (const ShardReport& shard : shards)
    if (!shard.complete) result->complete = false;
  if (first.several) SortResult(result);
  result->summary.duration_ms = duration;
  return true;
}

}  // namespace leakgate

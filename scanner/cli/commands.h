// Each command's body, called by Main once its flags are parsed. Each
// returns the exit code. Internal to cli/.
#pragma once

#include <string>
#include <vector>

#include "flags.h"
#include "leakgate/engine.h"

namespace leakgate::cli {

/// SIGINT and SIGTERM stop a scan between blobs (a partial report follows);
/// SIGPIPE is ignored; core dumps are off (they would hold secrets).
void InstallSignalHandlers();

/// Loads the built-in rule pack, saying on stderr why it could not.
bool LoadEngine(Engine* engine, bool quiet);

/// Writes the report as `flags` says; the outcome becomes the exit code.
int WriteReport(const Engine& engine, const ScanResult& result,
                const OutputFlags& flags, int threads);

/// `leakgate merge`'s flags.
struct MergeFlags {
  std::vector<std::string> reports;
  OutputFlags output;
};

int RunScanCommand(const ScanFlags& flags);
/// `git --shard K/N`: writes the shard report of `repos`.
int RunGitShardCommand(const Engine& engine, const ScanOptions& options,
                       const std::vector<std::string>& repos, bool several,
                       const ScanFlags& flags);
/// Adds `merge` to `app`.
CLI::App* AddMerge(CLI::App* app, MergeFlags* flags);
int RunMergeCommand(const MergeFlags& flags);
int RunGitCommand(const ScanFlags& flags);
int RunInstallHook(const std::string& repo, bool force);
int RunRulesList();
int RunRulesCheck(const std::string& file);
int RunVersion();

}  // namespace leakgate::cli

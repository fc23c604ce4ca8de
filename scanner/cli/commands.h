// Each command's body, called by Main once its flags are parsed. Each
// returns the exit code. Internal to cli/.
#pragma once

#include <string>

#include "flags.h"
#include "leakgate/engine.h"

namespace leakgate::cli {

/// SIGINT and SIGTERM stop a scan between blobs (a partial report follows);
/// SIGPIPE is ignored; core dumps are off (they would hold secrets).
void InstallSignalHandlers();

/// Loads the built-in rule pack, saying on stderr why it could not.
bool LoadEngine(Engine* engine, bool quiet);

int RunScanCommand(const ScanFlags& flags);
int RunGitCommand(const ScanFlags& flags);
int RunInstallHook(const std::string& repo, bool force);
int RunRulesList();
int RunRulesCheck(const std::string& file);
int RunVersion();

}  // namespace leakgate::cli

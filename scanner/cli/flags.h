// The flags `scan` and `git` share, and what the command line does with
// them once parsed. Internal to cli/.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "leakgate/scan_options.h"
#include "leakgate/verifier.h"

namespace leakgate::cli {

/// How the report is written (and whether progress is drawn).
struct OutputFlags {
  std::string format = "text";
  std::string output;
  bool no_color = false;
  bool quiet = false;
  bool progress = false;
  bool no_progress = false;
  bool no_repo_config = false;

  /// Progress is drawn when asked for, or by default when standard error is
  /// a terminal and -q is not given.
  bool ShowProgress() const;
};

/// A scan command's flags: the options it runs with and how it reports.
struct ScanFlags {
  ScanOptions options;
  OutputFlags output;
  bool verify = false;
  VerifyOptions verify_options;
  std::vector<std::string> verify_endpoints;  ///< NAME=URL, parsed later
  bool only_verified = false;                 ///< report live findings only
  bool fail_on_live = false;                  ///< --fail-on live
  /// `git`: the REPO arguments and --repos FILE (several repositories).
  std::vector<std::string> repos;
  std::string repos_file;
  /// `git --shard K/N`, as given.
  std::string shard;
};

/// --verify, --verify-timeout, --verify-rate, --verify-endpoint, --verify-ca.
void AddVerifyFlags(CLI::App* command, ScanFlags* flags);
/// Parses the endpoints (warning about each) and keeps raw secrets when
/// --verify is given; false on a bad --verify-endpoint.
bool PrepareVerify(ScanFlags* flags, bool quiet);
/// The live checks, when --verify is given; then --only-verified.
void RunVerify(const ScanFlags& flags, ScanResult* result);
/// The exit code once --fail-on is applied: with `--fail-on live`, findings
/// none of which is live are no reason to fail (exit 0 rather than 1).
int VerifyExitCode(const ScanFlags& flags, const ScanResult& result, int code);

/// Adds the flags every scanning command takes: output, threads, secrets,
/// findings bound, excludes and suppression. `unit` names what a finding
/// bound counts ("file", "blob (or message)"); `exclude_on` what a glob
/// matches; `ignore_default` where the default ignore file is.
void AddScanFlags(CLI::App* command, const std::string& unit,
                  const std::string& exclude_on,
                  const std::string& ignore_default, ScanFlags* flags);

/// Online CPUs, the default thread count.
int OnlineCpus();

}  // namespace leakgate::cli

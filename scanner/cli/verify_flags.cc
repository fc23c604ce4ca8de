// --verify and its knobs on `scan` and `git`, and the stage that runs the
// live checks after the scan (suppression and sorting are done by then).
// Without --verify nothing here touches the network.

#include <algorithm>
#include <iostream>

#include "cli.h"
#include "flags.h"

namespace leakgate::cli {

void AddVerifyFlags(CLI::App* command, ScanFlags* flags) {
  CLI::Option* verify = command->add_flag(
      "--verify", flags->verify,
      "Check each distinct credential live with its provider (network; "
      "opt-in; see docs/verify.md)");
  VerifyOptions& v = flags->verify_options;
  command
      ->add_option_function<double>(
          "--verify-timeout",
          [&v](double seconds) { v.timeout_ms = static_cast<long>(seconds * 1000); },
          "Seconds one live check may take (default 10)")
      ->check(CLI::Range(0.1, 600.0))
      ->needs(verify);
  command
      ->add_option("--verify-rate", v.rate,
                   "Requests per second to one provider at most (default 2)")
      ->check(CLI::Range(0.01, 1000.0))
      ->needs(verify);
  command
      ->add_option("--verify-endpoint", flags->verify_endpoints,
                   "Send PROVIDER's checks to URL instead of its own host "
                   "(tests, private mirrors; repeatable)")
      ->type_name("PROVIDER=URL")
      ->allow_extra_args(false)
      ->take_all()
      ->needs(verify);
  command
      ->add_option("--verify-ca", v.ca_file,
                   "Trust the PEM bundle FILE instead of the system's CAs "
                   "for the --verify-endpoint hosts")
      ->type_name("FILE")
      ->check(CLI::ExistingFile)
      ->needs(verify);
  command
      ->add_flag("--only-verified", flags->only_verified,
                 "Report only the credentials found live (the others are "
                 "counted in the summary)")
      ->needs(verify);
  command
      ->add_option_function<std::string>(
          "--fail-on",
          [flags](const std::string& what) { flags->fail_on_live = what == "live"; },
          "What makes exit code 1: any finding (default), or only a live one")
      ->check(CLI::IsMember({"any", "live"}))
      ->type_name("live|any")
      ->needs(verify);
}

bool PrepareVerify(ScanFlags* flags, bool quiet) {
  if (!flags->verify) return true;
  flags->options.keep_raw_secrets = true;
  for (const std::string& spec : flags->verify_endpoints) {
    std::string family, url, err;
    if (!ParseVerifyEndpoint(spec, &family, &url, &err)) {
      std::cerr << "leakgate: " << err << "\n";
      return false;
    }
    flags->verify_options.endpoints[family] = url;
    if (!quiet)
      std::cerr << "leakgate: warning: " << family
                << " checks go to " << url << ", not the provider's own host\n";
  }
  if (!flags->verify_options.ca_file.empty() && !quiet)
    std::cerr << "leakgate: warning: --verify-ca: trusting "
              << flags->verify_options.ca_file
              << " instead of the system's CAs for --verify-endpoint hosts\n";
  return true;
}

void RunVerify(const ScanFlags& flags, ScanResult* result) {
  if (!flags.verify) return;
  VerifyFindings(flags.verify_options, result);
  if (flags.only_verified) LeaveOutNotLive(result);
}

int VerifyExitCode(const ScanFlags& flags, const ScanResult& result, int code) {
  if (code != kExitFindings || !flags.fail_on_live) return code;
  const bool any_live = std::any_of(
      result.findings.begin(), result.findings.end(),
      [](const Finding& finding) { return finding.verification.status == "live"; });
  return any_live ? kExitFindings : kExitClean;
}

}  // namespace leakgate::cli

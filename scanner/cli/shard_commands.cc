// `git --shard K/N` and `merge`: a shard writes its shard report (JSON
// Lines, whatever it found before the fold across shards); merge reads the
// N reports, refuses any that are not the N shards of one run, and writes
// the report the unsharded run would, in any format, with its exit code.
// A shard exits 0 once its report is written (its findings and errors are
// the merge's to judge), so a job array marks a task failed only when it
// could not do its share.

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "commands.h"
#include "leakgate/reporter.h"
#include "leakgate/shard.h"

namespace leakgate::cli {

int RunGitShardCommand(const Engine& engine, const ScanOptions& options_in,
                       const std::vector<std::string>& repos, bool several,
                       const ScanFlags& flags) {
  std::string err;
  ScanOptions options = options_in;
  if (!ParseShardSpec(flags.shard, &options.git.shard, &err)) {
    std::cerr << "leakgate: " << err << "\n";
    return kExitError;
  }
  if (options.git.mode != GitMode::kAllRefs) {
    std::cerr << "leakgate: --shard splits a whole history; it does not "
                 "combine with --staged, --range or --since-commit\n";
    return kExitError;
  }
  if (flags.verify) {
    std::cerr << "leakgate: --verify does not combine with --shard (shard "
                 "reports are merged before anything is verified)\n";
    return kExitError;
  }
  if (flags.output.format != "text" && flags.output.format != "jsonl") {
    std::cerr << "leakgate: a shard writes its own JSON Lines report (for "
                 "`leakgate merge`); -f " << flags.output.format
              << " goes on the merge\n";
    return kExitError;
  }
  ShardReport report;
  report.version = LEAKGATE_VERSION;
  RunGitShard(engine, options, repos, several, &report);
  for (const GitScanPart& part : report.parts)
    if (!part.failure.empty() && !flags.output.quiet)
      std::cerr << "leakgate: " << part.failure << "\n";
  auto produce = [&](const ReportOut& out) {
    WriteShardReport(engine.rules, report, out);
  };
  const bool written = flags.output.output.empty()
                           ? WriteStdout(produce, &err)
                           : WriteOutputFile(flags.output.output, produce, &err);
  if (!written) {
    std::cerr << "leakgate: cannot write the shard report: " << err << "\n";
    return kExitError;
  }
  return report.complete ? kExitClean : kExitInterrupted;
}

CLI::App* AddMerge(CLI::App* app, MergeFlags* flags) {
  CLI::App* merge = app->add_subcommand(
      "merge",
      "Merge the N shard reports of `leakgate git --shard K/N` into the "
      "report one unsharded run gives (refused unless they are every shard "
      "of one run: same leakgate, rules, options and repositories)");
  merge->add_option("report", flags->reports, "Shard reports (JSON Lines)")
      ->required()
      ->type_name("REPORT.jsonl...");
  OutputFlags& output = flags->output;
  merge->add_option("-f,--format", output.format, "Report format")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "gitlab", "junit"}))
      ->capture_default_str();
  merge->add_option("-o,--output", output.output,
                    "Write the report to FILE (atomically, mode 0600) "
                    "instead of standard output");
  merge->add_flag("--no-color", output.no_color, "Never colour text output");
  merge->add_flag("-q,--quiet", output.quiet, "No notices on standard error");
  return merge;
}

int RunMergeCommand(const MergeFlags& flags) {
  Engine engine;
  if (!LoadEngine(&engine, flags.output.quiet)) return kExitError;
  std::vector<ShardReport> shards;
  for (const std::string& path : flags.reports) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "leakgate: cannot read the shard report " << path << "\n";
      return kExitError;
    }
    std::stringstream text;
    text << in.rdbuf();
    std::string err;
    if (!ReadShardReport(text.str(), engine.rules, &shards.emplace_back(),
                         &err)) {
      std::cerr << "leakgate: " << path << ": " << err << "\n";
      return kExitError;
    }
  }
  ScanResult result;
  std::string err;
  if (!MergeShardReports(engine.rules, std::move(shards), &result, &err)) {
    std::cerr << "leakgate: cannot merge: " << err << "\n";
    return kExitError;
  }
  return WriteReport(engine, result, flags.output, OnlineCpus());
}

}  // namespace leakgate::cli

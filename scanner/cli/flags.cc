#include "flags.h"

#include <unistd.h>

namespace leakgate::cli {
namespace {

void AddOutputFlags(CLI::App* command, OutputFlags* flags) {
  command->add_option("-f,--format", flags->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "gitlab", "junit"}))
      ->capture_default_str();
  command->add_option("-o,--output", flags->output,
                      "Write the report to FILE (atomically, mode 0600) "
                      "instead of standard output");
  command->add_flag("--no-color", flags->no_color, "Never colour text output");
  command->add_flag("-q,--quiet", flags->quiet,
                    "No notices, hints or progress on standard error");
  CLI::Option* progress = command->add_flag(
      "--progress", flags->progress,
      "Show progress on standard error (files or blobs, bytes, rate) for "
      "scans longer than a second; the default when it is a terminal");
  command->add_flag("--no-progress", flags->no_progress, "Never show progress")
      ->excludes(progress);
}

void AddSuppressFlags(CLI::App* command, const std::string& default_file,
                      SuppressOptions* options, OutputFlags* flags) {
  command
      ->add_option("--ignore-file", options->ignore_file,
                   "Suppress the fingerprints listed in FILE instead of " +
                       default_file)
      ->type_name("FILE");
  command->add_flag("--no-repo-config", flags->no_repo_config,
                    "Do not read the scanned tree's own .leakgateignore (for "
                    "someone else's repository); --ignore-file still applies");
  command
      ->add_option("--baseline", options->baseline,
                   "Do not report findings already in REPORT.json, an "
                   "earlier `--format json` report")
      ->type_name("REPORT.json");
  command->add_flag("--report-unused-ignores", options->report_unused,
                    "Warn about each ignore file entry that matched nothing");
}

}  // namespace

bool OutputFlags::ShowProgress() const {
  if (progress || no_progress) return progress;
  return !quiet && isatty(STDERR_FILENO);
}

void AddScanFlags(CLI::App* command, const std::string& unit,
                  const std::string& exclude_on,
                  const std::string& ignore_default, ScanFlags* flags) {
  ScanOptions& options = flags->options;
  options.threads = OnlineCpus();
  AddOutputFlags(command, &flags->output);
  command
      ->add_option("-j,--threads", options.threads,
                   "Worker threads (default: online CPUs)")
      ->check(CLI::Range(1, 1024));
  command->add_flag("--show-secrets", options.show_secrets,
                    "Print secrets in full in reports");
  // The same bound on scan and git: a dump of a million keys must not hold
  // a million findings in memory.
  command
      ->add_option("--max-findings-per-file", options.max_findings_per_file,
                   "Report at most N findings per " + unit +
                       ", warning how many more there were (0: no limit)")
      ->capture_default_str()
      ->type_name("N");
  command
      ->add_option("--min-confidence", options.min_confidence,
                   "Report only findings of at least this confidence "
                   "(low: everything; medium: no generic matches in code; "
                   "high: provider formats only)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Confidence>{{"low", Confidence::kLow},
                                            {"medium", Confidence::kMedium},
                                            {"high", Confidence::kHigh}})
                     .description(""))
      ->type_name("low|medium|high")
      ->default_str("low");
  command
      ->add_option("--exclude", options.excludes,
                   "Skip paths matching GLOB (fnmatch on " + exclude_on +
                       "; repeatable)")
      ->take_all();
  AddSuppressFlags(command, ignore_default, &options.suppress, &flags->output);
}

int OnlineCpus() {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus > 0 ? static_cast<int>(cpus) : 1;
}

}  // namespace leakgate::cli

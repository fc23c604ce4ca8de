// The command line. Raw flags become ScanOptions and a reporter; the scan
// runs; the outcome becomes the exit code. This is the only place that
// prints to the terminal or chooses an exit code.

#include <git2.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "leakgate/embedded_rules.h"
#include "leakgate/engine.h"
#include "leakgate/git_scan.h"
#include "leakgate/install_hook.h"
#include "leakgate/reporter.h"
#include "leakgate/rule_check.h"
#include "leakgate/scan.h"
#include "progress_line.h"

namespace leakgate::cli {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int) { g_interrupted.store(true); }

void InstallSignalHandlers() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read blocked on standard input returns EINTR.
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  // A closed stdout (`| head`) is a write error we report, not a crash.
  signal(SIGPIPE, SIG_IGN);
  // A core dump of a scanner holds the secrets it read.
  struct rlimit no_core {
    0, 0
  };
  setrlimit(RLIMIT_CORE, &no_core);
}

int OnlineCpus() {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus > 0 ? static_cast<int>(cpus) : 1;
}

struct OutputFlags {
  std::string format = "text";
  std::string output;
  bool no_color = false;
  bool quiet = false;
  bool progress = false;
  bool no_progress = false;
  bool no_repo_config = false;

  // Progress is drawn when asked for, or by default when standard error is
  // a terminal and -q is not given.
  bool ShowProgress() const {
    if (progress || no_progress) return progress;
    return !quiet && isatty(STDERR_FILENO);
  }
};

void AddOutputFlags(CLI::App* command, OutputFlags* flags) {
  command->add_option("-f,--format", flags->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif"}))
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

void AddSuppressFlags(CLI::App* command, const char* default_file,
                      SuppressOptions* options, OutputFlags* flags) {
  command
      ->add_option("--ignore-file", options->ignore_file,
                   std::string("Suppress the fingerprints listed in FILE "
                               "instead of ") +
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

// The same bound on scan and git: a dump of a million keys must not hold a
// million findings in memory.
void AddMaxFindingsFlag(CLI::App* command, const std::string& unit,
                        uint64_t* max_findings) {
  command
      ->add_option("--max-findings-per-file", *max_findings,
                   "Report at most N findings per " + unit +
                       ", warning how many more there were (0: no limit)")
      ->capture_default_str()
      ->type_name("N");
}

bool LoadEngine(Engine* engine, bool quiet) {
  std::string err, notice;
  if (!LoadEmbeddedEngine(engine, &err, &notice)) {
    std::cerr << "leakgate: cannot load the built-in rules: " << err << "\n";
    return false;
  }
  if (!notice.empty() && !quiet) std::cerr << notice << "\n";
  return true;
}

// Renders and writes the report; the outcome becomes the exit code.
int Report(const Engine& engine, const ScanResult& result,
           const OutputFlags& flags, int threads) {
  const bool to_terminal = flags.output.empty() && isatty(STDOUT_FILENO);
  ReportContext context{
      LEAKGATE_VERSION, engine.rules.digest(),
      to_terminal && !flags.no_color && !std::getenv("NO_COLOR"), threads};
  std::unique_ptr<Reporter> reporter = MakeReporter(flags.format, context);
  auto produce = [&](const ReportOut& out) { reporter->Write(result, out); };
  std::string err;
  bool written = flags.output.empty()
                     ? WriteStdout(produce, &err)
                     : WriteOutputFile(flags.output, produce, &err);
  if (!written) {
    std::cerr << "leakgate: cannot write the report: " << err << "\n";
    return kExitError;
  }
  if (!result.complete) return kExitInterrupted;
  if (!result.errors.empty()) return kExitError;
  return result.findings.empty() ? kExitClean : kExitFindings;
}

int RunScanCommand(const ScanOptions& base, const OutputFlags& flags) {
  Engine engine;
  if (!LoadEngine(&engine, flags.quiet)) return kExitError;
  ScanOptions options = base;
  options.cancel = &g_interrupted;
  options.suppress.repo_config = !flags.no_repo_config;
  ScanProgress progress;
  options.progress = &progress;
  ScanResult result;
  std::string err;
  ProgressLine line(&progress, /*git=*/false, flags.ShowProgress());
  const bool ran = RunScan(engine, options, &result, &err);
  line.Stop();
  if (!ran) {
    // An ignore file or baseline that cannot be used: nothing was scanned,
    // and the report says why.
    result.errors.push_back({"", "", err});
    std::cerr << "leakgate: " << err << "\n";
  }
  return Report(engine, result, flags, options.threads);
}

// After a refused commit: how to fix it, or how to allow it on purpose.
std::string StagedHint(const ScanResult& result) {
  std::string hint =
      "\nleakgate: the staged changes add " +
      std::to_string(result.findings.size()) +
      (result.findings.size() == 1 ? " secret" : " secrets") +
      "; the commit was stopped.\n"
      "  To fix it: remove the secret from the file (read it from the "
      "environment or a secret store instead), `git add` the file again, "
      "and commit.\n"
      "  If it is intended (a test fixture, a fake key): add `leakgate:allow` "
      "in a comment on its line, or add its fingerprint to .leakgateignore at "
      "the top of the repository (and `git add .leakgateignore`):\n";
  for (const Finding& finding : result.findings) {
    // The path as a glob when it is one word of printable ASCII (nothing
    // from a file name reaches the terminal raw), metacharacters escaped.
    std::string glob;
    for (unsigned char c : finding.location.path) {
      if (c <= ' ' || c >= 0x7f) {
        glob.clear();
        break;
      }
      if (c == '*' || c == '?' || c == '[' || c == '\\' || c == '#')
        glob += '\\';
      glob += static_cast<char>(c);
    }
    hint += "      " + finding.fingerprint + (glob.empty() ? "" : " " + glob) +
            "  # " + finding.rule + ": why it is allowed\n";
  }
  hint +=
      "  A real key that was ever saved where others can read it must still "
      "be revoked: removing it from the commit does not un-leak it (see \"do "
      "now\" above).\n";
  return hint;
}

int RunGitCommand(const GitScanOptions& base, const OutputFlags& flags) {
  Engine engine;
  if (!LoadEngine(&engine, flags.quiet)) return kExitError;
  GitScanOptions options = base;
  options.cancel = &g_interrupted;
  options.source.cancel = &g_interrupted;
  options.suppress.repo_config = !flags.no_repo_config;
  // In a hook run by `git commit -a` or `git commit PATH`, what is about to
  // be committed is in the temporary index git names here.
  if (const char* index = std::getenv("GIT_INDEX_FILE"); index && *index)
    options.index_file = index;
  ScanProgress progress;
  options.progress = &progress;
  ScanResult result;
  std::string err;
  ProgressLine line(&progress, /*git=*/true, flags.ShowProgress());
  const bool ran = RunGitScan(engine, options, &result, &err);
  line.Stop();
  if (!ran) {
    // Nothing could be walked: still a report, so a CI gate sees why.
    result.errors.push_back({options.repo, "", err});
    std::cerr << "leakgate: " << err << "\n";
  }
  const int code = Report(engine, result, flags, options.threads);
  if (!result.findings.empty() && options.source.mode == GitMode::kStaged &&
      !flags.quiet)
    std::cerr << StagedHint(result) << std::flush;
  return code;
}

int RunInstallHook(const std::string& repo, bool force) {
  char self[PATH_MAX + 1] = {};
  ssize_t length = readlink("/proc/self/exe", self, PATH_MAX);
  if (length <= 0) {
    std::cerr << "leakgate: install-hook: cannot find this program's path "
                 "(/proc/self/exe): "
              << std::strerror(errno) << "\n";
    return kExitError;
  }
  const std::string leakgate(self, static_cast<size_t>(length));
  HookInstall install;
  std::string err;
  HookStatus status =
      InstallPreCommitHook(repo, leakgate, force, &install, &err);
  for (const std::string& note : install.notes)
    std::cerr << "leakgate: warning: " << note << "\n";
  switch (status) {
    case HookStatus::kInstalled:
      std::cout << "leakgate: " << (install.replaced ? "replaced " : "wrote ")
                << install.path << ": each commit now runs " << leakgate
                << " git --staged\n";
      return kExitClean;
    case HookStatus::kUnchanged:
      std::cout << "leakgate: " << install.path
                << " already runs leakgate; unchanged\n";
      return kExitClean;
    case HookStatus::kRefused:
    case HookStatus::kError:
      break;
  }
  std::cerr << "leakgate: install-hook: " << err << "\n";
  return kExitError;
}

int RunRulesList() {
  Engine engine;
  if (!LoadEngine(&engine, false)) return kExitError;
  std::printf("%-28s %-9s %-34s %s\n", "ID", "SEVERITY", "NAME", "KEYWORDS");
  for (const Rule& rule : engine.rules.rules()) {
    std::string keywords;
    for (const std::string& keyword : rule.keywords)
      keywords += (keywords.empty() ? "" : ", ") + keyword;
    std::printf("%-28s %-9s %-34s %s\n", rule.id.c_str(),
                SeverityName(rule.severity), rule.name.c_str(),
                keywords.c_str());
  }
  std::printf("%zu rules, %s\n", engine.rules.size(),
              engine.rules.digest().c_str());
  return kExitClean;
}

int RunRulesCheck(const std::string& file) {
  Engine engine;
  std::string err;
  if (file.empty()) {
    // The embedded pack, compiled here in both engines rather than loaded.
    if (!BuildEngine(EmbeddedRuleFiles(), &engine, &err)) {
      std::cerr << "leakgate: rules check: " << err << "\n";
      return kExitFindings;
    }
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "leakgate: rules check: cannot read " << file << "\n";
      return kExitError;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (!BuildEngine({{file, text.str()}}, &engine, &err)) {
      std::cerr << "leakgate: rules check: " << err << "\n";
      return kExitFindings;
    }
  }
  std::vector<RuleCheckFailure> failures;
  size_t examples = CheckRules(engine, &failures);
  for (const RuleCheckFailure& failure : failures)
    std::cout << "FAIL " << failure.rule << ": " << failure.message << "\n";
  std::cout << engine.rules.size() << " rules, " << examples << " examples: "
            << (failures.empty() ? "all passed"
                                 : std::to_string(failures.size()) + " failed")
            << "\n";
  return failures.empty() ? kExitClean : kExitFindings;
}

int RunVersion() {
  int major = 0, minor = 0, revision = 0;
  git_libgit2_version(&major, &minor, &revision);
  char pcre2[64] = {};
  pcre2_config(PCRE2_CONFIG_VERSION, pcre2);
  Engine engine;
  if (!LoadEngine(&engine, false)) return kExitError;
  std::printf("leakgate %s\n", LEAKGATE_VERSION);
  std::printf("rules      %zu rules, %s\n", engine.rules.size(),
              engine.rules.digest().c_str());
  std::printf("hyperscan  %s\n", hs_version());
  std::printf("libgit2    %d.%d.%d\n", major, minor, revision);
  std::printf("pcre2      %s\n", pcre2);
  return kExitClean;
}

}  // namespace

int Main(int argc, char** argv) {
  InstallSignalHandlers();
  CLI::App app{
      "leakgate: find leaked credentials (AWS keys first) in files, "
      "directories and git history, and say how to revoke them.\n"
      "Exit codes: 0 no findings, 1 findings, 2 usage error or "
      "something could not be read, 130 interrupted."};
  app.require_subcommand(1);

  ScanOptions scan_options;
  scan_options.threads = OnlineCpus();
  OutputFlags scan_output;
  CLI::App* scan = app.add_subcommand(
      "scan",
      "Scan files and directories (default \".\"); \"-\" reads "
      "standard input. Symbolic links are never followed, FIFOs and "
      "devices never opened, .git directories skipped.");
  scan->add_option("paths", scan_options.paths, "Files and directories")
      ->expected(0, -1);
  AddOutputFlags(scan, &scan_output);
  scan->add_option("-j,--threads", scan_options.threads,
                   "Worker threads (default: online CPUs)")
      ->check(CLI::Range(1, 1024));
  scan->add_flag("--show-secrets", scan_options.show_secrets,
                 "Print secrets in full in reports");
  AddMaxFindingsFlag(scan, "file", &scan_options.max_findings_per_file);
  scan->add_option("--exclude", scan_options.excludes,
                   "Skip paths matching GLOB (fnmatch on the reported path; "
                   "repeatable)")
      ->take_all();
  AddSuppressFlags(scan,
                   "the .leakgateignore at the top of each directory given",
                   &scan_options.suppress, &scan_output);

  CLI::App* rules = app.add_subcommand("rules", "Inspect the built-in rules");
  rules->require_subcommand(1);
  rules->add_subcommand("list",
                        "Id, name, severity and keywords of every rule");
  std::string check_file;
  CLI::App* check = rules->add_subcommand(
      "check",
      "Compile every rule in Hyperscan and PCRE2 and run its "
      "examples; exit 1 on any failure");
  check->add_option("file", check_file,
                    "A rule file to check instead of the built-in pack");

  GitScanOptions git_options;
  git_options.threads = OnlineCpus();
  OutputFlags git_output;
  bool staged = false;
  std::string range, since_commit;
  CLI::App* git = app.add_subcommand(
      "git",
      "Scan git history through libgit2 (default REPO \".\"): every "
      "blob reachable from every ref (branches, tags, remotes, stash, "
      "notes) once, plus commit and tag messages. Nothing from the "
      "repository is run.");
  git->add_option("repo", git_options.repo,
                  "Repository (or a directory in one)");
  AddOutputFlags(git, &git_output);
  git->add_option("-j,--threads", git_options.threads,
                  "Worker threads (default: online CPUs)")
      ->check(CLI::Range(1, 1024));
  git->add_flag("--show-secrets", git_options.show_secrets,
                "Print secrets in full in reports");
  git->add_option("--exclude", git_options.source.excludes,
                  "Skip paths matching GLOB (fnmatch on the path in the "
                  "commit; repeatable)")
      ->take_all();
  CLI::Option* staged_flag = git->add_flag(
      "--staged", staged,
      "Only the index's blobs that differ from HEAD (pre-commit hook)");
  CLI::Option* range_option = git->add_option(
      "--range", range, "Only blobs introduced by the commits in A..B (CI)");
  CLI::Option* since_option = git->add_option(
      "--since-commit", since_commit, "Shorthand for --range REV..HEAD");
  staged_flag->excludes(range_option)->excludes(since_option);
  range_option->excludes(since_option);
  git->add_option("--max-blob-size", git_options.source.max_blob_size,
                  "Skip (and list) blobs larger than BYTES")
      ->capture_default_str();
  AddMaxFindingsFlag(git, "blob (or message)",
                     &git_options.max_findings_per_file);
  AddSuppressFlags(git, "the .leakgateignore at the top of the work tree",
                   &git_options.suppress, &git_output);

  bool force_hook = false;
  std::string hook_repo = ".";
  CLI::App* install_hook = app.add_subcommand(
      "install-hook",
      "Write the repository's .git/hooks/pre-commit so that each commit "
      "runs `leakgate git --staged` (this binary, by absolute path); "
      "another hook there is kept unless --force");
  install_hook->add_option("repo", hook_repo,
                           "Repository (or a directory in one)");
  install_hook->add_flag("--force", force_hook,
                         "Replace an existing, different pre-commit hook");

  app.add_subcommand("version", "leakgate, rule pack and library versions");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }

  git_libgit2_init();
  int code = kExitError;
  if (scan->parsed()) {
    if (scan_options.paths.empty()) scan_options.paths = {"."};
    code = RunScanCommand(scan_options, scan_output);
  } else if (git->parsed()) {
    if (staged) git_options.source.mode = GitMode::kStaged;
    if (!since_commit.empty()) range = since_commit + "..HEAD";
    if (!range.empty()) {
      git_options.source.mode = GitMode::kRange;
      git_options.source.range = range;
    }
    // Reading speed: object ids are not re-hashed on read. Memory: each
    // blob is read once, so libgit2's object cache (256 MiB per handle by
    // default) would only hold what is never asked for again.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
    code = RunGitCommand(git_options, git_output);
  } else if (install_hook->parsed()) {
    code = RunInstallHook(hook_repo, force_hook);
  } else if (rules->got_subcommand("list")) {
    code = RunRulesList();
  } else if (rules->got_subcommand("check")) {
    code = RunRulesCheck(check_file);
  } else {
    code = RunVersion();
  }
  git_libgit2_shutdown();
  return code;
}

}  // namespace leakgate::cli

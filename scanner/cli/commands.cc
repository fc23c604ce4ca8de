// The command line. Raw flags become ScanOptions and a reporter; the scan
// runs; the outcome becomes the exit code. This is the only place that
// prints to the terminal or chooses an exit code.

#include <git2.h>
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
#include "leakgate/reporter.h"
#include "leakgate/rule_check.h"
#include "leakgate/scan.h"

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
};

void AddOutputFlags(CLI::App* command, OutputFlags* flags) {
  command->add_option("-f,--format", flags->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif"}))
      ->capture_default_str();
  command->add_option("-o,--output", flags->output,
                      "Write the report to FILE (atomically, mode 0600) "
                      "instead of standard output");
  command->add_flag("--no-color", flags->no_color, "Never colour text output");
  command->add_flag("-q,--quiet", flags->quiet, "No notices on standard error");
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

// Writes to stdout, checking for errors (a closed pipe, a full disk).
bool WriteStdout(const std::string& bytes, std::string* err) {
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    *err = std::string("standard output: ") + std::strerror(errno);
    return false;
  }
  return true;
}

// Renders and writes the report; the outcome becomes the exit code.
int Report(const Engine& engine, const ScanResult& result,
           const OutputFlags& flags) {
  const bool to_terminal = flags.output.empty() && isatty(STDOUT_FILENO);
  ReportContext context{
      LEAKGATE_VERSION, engine.rules.digest(),
      to_terminal && !flags.no_color && !std::getenv("NO_COLOR")};
  std::string report = MakeReporter(flags.format, context)->Render(result);
  std::string err;
  bool written = flags.output.empty()
                     ? WriteStdout(report, &err)
                     : WriteOutputFile(flags.output, report, &err);
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
  ScanResult result;
  RunScan(engine, options, &result);
  return Report(engine, result, flags);
}

int RunGitCommand(const GitScanOptions& base, const OutputFlags& flags) {
  Engine engine;
  if (!LoadEngine(&engine, flags.quiet)) return kExitError;
  GitScanOptions options = base;
  options.cancel = &g_interrupted;
  options.source.cancel = &g_interrupted;
  ScanResult result;
  std::string err;
  if (!RunGitScan(engine, options, &result, &err)) {
    // Nothing could be walked: still a report, so a CI gate sees why.
    result.errors.push_back({options.repo, "", err});
    std::cerr << "leakgate: " << err << "\n";
  }
  return Report(engine, result, flags);
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
  scan->add_option("--exclude", scan_options.excludes,
                   "Skip paths matching GLOB (fnmatch on the reported path; "
                   "repeatable)")
      ->take_all();

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

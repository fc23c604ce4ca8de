// The command line: each subcommand's flags, then the command that was
// asked for. Raw flags become ScanOptions; the commands (scan_commands.cc,
// tool_commands.cc) run and return the exit code.

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli.h"
#include "commands.h"
#include "flags.h"

namespace leakgate::cli {
namespace {

CLI::App* AddScan(CLI::App* app, ScanFlags* flags) {
  CLI::App* scan = app->add_subcommand(
      "scan",
      "Scan files and directories (default \".\"); \"-\" reads "
      "standard input. Symbolic links are never followed, FIFOs and "
      "devices never opened, .git directories skipped.");
  scan->add_option("paths", flags->options.paths, "Files and directories")
      ->expected(0, -1);
  AddScanFlags(scan, "file", "the reported path",
               "the .leakgateignore at the top of each directory given", flags);
  return scan;
}

// What of the history `git` scans, as parsed; Resolve() sets the mode.
struct GitModeFlags {
  bool staged = false;
  std::string range;
  std::string since_commit;

  void Resolve(GitSelection* git) const {
    if (staged) git->mode = GitMode::kStaged;
    const std::string spec =
        since_commit.empty() ? range : since_commit + "..HEAD";
    if (!spec.empty()) {
      git->mode = GitMode::kRange;
      git->range = spec;
    }
  }
};

CLI::App* AddGit(CLI::App* app, ScanFlags* flags, GitModeFlags* mode) {
  CLI::App* git = app->add_subcommand(
      "git",
      "Scan git history through libgit2 (default REPO \".\"): every "
      "blob reachable from every ref (branches, tags, remotes, stash, "
      "notes) once, plus commit and tag messages. Nothing from the "
      "repository is run.");
  git->add_option("repo", flags->repos,
                  "Repositories (or directories in them); with several, each "
                  "finding names its repository");
  git->add_option("--repos", flags->repos_file,
                  "Also scan the repositories listed in FILE, one path a line")
      ->type_name("FILE");
  AddScanFlags(git, "blob (or message)", "the path in the commit",
               "the .leakgateignore at the top of the work tree", flags);
  CLI::Option* staged = git->add_flag(
      "--staged", mode->staged,
      "Only the index's blobs that differ from HEAD (pre-commit hook)");
  CLI::Option* range = git->add_option(
      "--range", mode->range,
      "Only blobs introduced by the commits in A..B (CI)");
  CLI::Option* since = git->add_option("--since-commit", mode->since_commit,
                                       "Shorthand for --range REV..HEAD");
  staged->excludes(range)->excludes(since);
  range->excludes(since);
  git->add_option("--shard", flags->shard,
                  "Scan only shard K of N (0 <= K < N): the blobs whose id "
                  "falls in it (several repositories: every N-th one); writes "
                  "a shard report for `leakgate merge`")
      ->type_name("K/N");
  git->add_option("--max-blob-size", flags->options.git.max_blob_size,
                  "Skip (and list) blobs larger than BYTES")
      ->capture_default_str();
  return git;
}

struct HookFlags {
  std::string repo = ".";
  bool force = false;
};

CLI::App* AddInstallHook(CLI::App* app, HookFlags* flags) {
  CLI::App* install_hook = app->add_subcommand(
      "install-hook",
      "Write the repository's .git/hooks/pre-commit so that each commit "
      "runs `leakgate git --staged` (this binary, by absolute path); "
      "another hook there is kept unless --force");
  install_hook->add_option("repo", flags->repo,
                           "Repository (or a directory in one)");
  install_hook->add_flag("--force", flags->force,
                         "Replace an existing, different pre-commit hook");
  return install_hook;
}

CLI::App* AddRules(CLI::App* app, std::string* check_file) {
  CLI::App* rules = app->add_subcommand("rules", "Inspect the built-in rules");
  rules->require_subcommand(1);
  rules->add_subcommand(
      "list", "Id, family, severity, name and keywords of every rule");
  CLI::App* check = rules->add_subcommand(
      "check",
      "Compile every rule in Hyperscan and PCRE2 and run its "
      "examples; exit 1 on any failure");
  check->add_option("file", *check_file,
                    "A rule file to check instead of the built-in pack");
  return rules;
}

}  // namespace

int Main(int argc, char** argv) {
  InstallSignalHandlers();
  CLI::App app{
      "leakgate: find leaked credentials (AWS keys first) in files, "
      "directories and git history, and say how to revoke them.\n"
      "Exit codes: 0 no findings, 1 findings, 2 usage error or "
      "something could not be read, 130 interrupted."};
  // A subcommand or --version; CLI11's own version flag would print a
  // fixed string, not what `leakgate version` prints.
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("-V,--version", version,
               "Print what `leakgate version` prints, and exit");
  ScanFlags scan_flags, git_flags;
  GitModeFlags git_mode;
  HookFlags hook_flags;
  std::string check_file;
  CLI::App* scan = AddScan(&app, &scan_flags);
  CLI::App* rules = AddRules(&app, &check_file);
  CLI::App* git = AddGit(&app, &git_flags, &git_mode);
  CLI::App* install_hook = AddInstallHook(&app, &hook_flags);
  MergeFlags merge_flags;
  CLI::App* merge = AddMerge(&app, &merge_flags);
  app.add_subcommand("version", "leakgate, rule pack and library versions");
  try {
    app.parse(argc, argv);
    if (!version && app.get_subcommands().empty())
      throw CLI::RequiredError("A subcommand");
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitClean : kExitError;
  }

  if (version) return RunVersion();
  if (scan->parsed()) return RunScanCommand(scan_flags);
  if (git->parsed()) {
    git_mode.Resolve(&git_flags.options.git);
    return RunGitCommand(git_flags);
  }
  if (merge->parsed()) return RunMergeCommand(merge_flags);
  if (install_hook->parsed())
    return RunInstallHook(hook_flags.repo, hook_flags.force);
  if (rules->got_subcommand("list")) return RunRulesList();
  if (rules->got_subcommand("check")) return RunRulesCheck(check_file);
  return RunVersion();
}

}  // namespace leakgate::cli

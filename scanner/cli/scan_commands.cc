// `scan` and `git`: run the pipeline, write the report, and turn the
// outcome into the exit code. This and the other files of cli/ are the only
// places that print to the terminal or choose an exit code.

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "leakgate/embedded_rules.h"
#include "leakgate/multi_repo.h"
#include "leakgate/reporter.h"
#include "leakgate/scan.h"
#include "progress_line.h"

namespace leakgate::cli {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int) { g_interrupted.store(true); }

}  // namespace

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

bool LoadEngine(Engine* engine, bool quiet) {
  std::string err, notice;
  if (!LoadEmbeddedEngine(engine, &err, &notice)) {
    std::cerr << "leakgate: cannot load the built-in rules: " << err << "\n";
    return false;
  }
  if (!notice.empty() && !quiet) std::cerr << notice << "\n";
  return true;
}

namespace {

}  // namespace

int WriteReport(const Engine& engine, const ScanResult& result,
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

namespace {

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

}  // namespace

int RunScanCommand(const ScanFlags& flags_given) {
  ScanFlags flags_in = flags_given;
  const OutputFlags& flags = flags_in.output;
  if (!PrepareVerify(&flags_in, flags.quiet)) return kExitError;
  Engine engine;
  if (!LoadEngine(&engine, flags.quiet)) return kExitError;
  ScanOptions options = flags_in.options;
  if (options.paths.empty()) options.paths = {"."};
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
  RunVerify(flags_in, &result);
  return VerifyExitCode(flags_in, result,
                        WriteReport(engine, result, flags, options.threads));
}

int RunGitCommand(const ScanFlags& flags_given) {
  ScanFlags flags_in = flags_given;
  const OutputFlags& flags = flags_in.output;
  if (!PrepareVerify(&flags_in, flags.quiet)) return kExitError;
  Engine engine;
  if (!LoadEngine(&engine, flags.quiet)) return kExitError;
  ScanOptions options = flags_in.options;
  options.cancel = &g_interrupted;
  options.suppress.repo_config = !flags.no_repo_config;
  // In a hook run by `git commit -a` or `git commit PATH`, what is about to
  // be committed is in the temporary index git names here.
  if (const char* index = std::getenv("GIT_INDEX_FILE"); index && *index)
    options.git.index_file = index;
  ScanProgress progress;
  options.progress = &progress;
  ScanResult result;
  std::string err;
  std::vector<std::string> repos = flags_in.repos;
  if (!flags_in.repos_file.empty() &&
      !ReadRepoList(flags_in.repos_file, &repos, &err)) {
    std::cerr << "leakgate: " << err << "\n";
    return kExitError;
  }
  const bool several = repos.size() > 1 || !flags_in.repos_file.empty();
  options.paths = {repos.empty() ? std::string(".") : repos[0]};
  if (!flags_in.shard.empty())
    return RunGitShardCommand(engine, options,
                              repos.empty() ? options.paths : repos, several,
                              flags_in);
  ProgressLine line(&progress, /*git=*/true, flags.ShowProgress());
  bool ran = true;
  if (several)
    RunGitScans(engine, options, repos, &result);
  else
    ran = RunGitScan(engine, options, &result, &err);
  line.Stop();
  if (!ran) {
    // Nothing could be walked: still a report, so a CI gate sees why.
    result.errors.push_back({options.paths[0], "", err});
    std::cerr << "leakgate: " << err << "\n";
  }
  RunVerify(flags_in, &result);
  const int code = VerifyExitCode(
      flags_in, result, WriteReport(engine, result, flags, options.threads));
  if (code != kExitClean && !result.findings.empty() &&
      options.git.mode == GitMode::kStaged &&
      !flags.quiet)
    std::cerr << StagedHint(result) << std::flush;
  return code;
}

}  // namespace leakgate::cli

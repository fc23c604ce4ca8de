// Installs the plain git pre-commit hook. The hook goes to the common git
// directory's hooks/ (what git runs for every worktree unless
// core.hooksPath says otherwise), is written to a temporary file and renamed
// into place, and never silently replaces someone else's hook: a different
// file there is kept unless the caller forces it.

#include "leakgate/install_hook.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "leakgate/file_io.h"
#include "leakgate/git_source.h"

namespace leakgate {
namespace {

// A word for /bin/sh: single-quoted, with each ' as '\''.
std::string ShellQuote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::string PreCommitHookScript(const std::string& leakgate) {
  return "#!/bin/sh\n"
         "# leakgate pre-commit hook, written by `leakgate install-hook`:\n"
         "# refuses a commit whose staged changes add a secret.\n"
         "exec " +
         ShellQuote(leakgate) + " git --staged\n";
}

HookStatus InstallPreCommitHook(const std::string& repo_path,
                                const std::string& leakgate, bool force,
                                HookInstall* out, std::string* err) {
  GitLayout repo;
  if (!ReadGitLayout(repo_path, &repo, err)) return HookStatus::kError;
  if (repo.work_dir.empty()) {
    *err = repo.git_dir +
           " is a bare repository: commits are not made there, so a "
           "pre-commit hook would never run";
    return HookStatus::kError;
  }
  const std::string hooks = repo.common_dir + "/hooks";
  out->path = hooks + "/pre-commit";
  const std::string script = PreCommitHookScript(leakgate);
  if (const std::string& elsewhere = repo.hooks_path; !elsewhere.empty())
    out->notes.push_back(
        "core.hooksPath is set (" + elsewhere +
        "): git runs the hooks there, not " + out->path +
        "; call `leakgate git --staged` from that directory's pre-commit "
        "hook, or unset core.hooksPath");

  struct stat st;
  if (lstat(out->path.c_str(), &st) == 0) {
    std::string existing;
    if (S_ISREG(st.st_mode)) {
      std::string ignored;
      if (ReadFile(out->path, &existing, &ignored) != ReadStatus::kOk)
        existing.clear();
    }
    if (S_ISREG(st.st_mode) && existing == script)
      return HookStatus::kUnchanged;
    if (!force) {
      *err = out->path +
             " already exists and is not this hook; leaving it alone. Add "
             "`" +
             ShellQuote(leakgate) +
             " git --staged` to it yourself, or pass --force to replace it";
      return HookStatus::kRefused;
    }
    if (S_ISDIR(st.st_mode)) {
      *err = out->path + " is a directory; not replacing it";
      return HookStatus::kError;
    }
    out->replaced = true;
  } else if (errno != ENOENT) {
    *err = "cannot inspect " + out->path + ": " + std::strerror(errno);
    return HookStatus::kError;
  }
  if (mkdir(hooks.c_str(), 0755) != 0 && errno != EEXIST) {
    *err = "cannot create " + hooks + ": " + std::strerror(errno);
    return HookStatus::kError;
  }
  if (int failed = ReplaceFile(out->path, 0755, script); failed != 0) {
    *err = "cannot write " + out->path + ": " + std::strerror(failed);
    return HookStatus::kError;
  }
  return HookStatus::kInstalled;
}

}  // namespace leakgate

// `leakgate install-hook`: a plain git pre-commit hook that runs
// `leakgate git --staged`, for people without the pre-commit framework.
#pragma once

#include <string>
#include <vector>

namespace leakgate {

enum class HookStatus {
  kInstalled,  ///< written (new, or replacing another hook with `force`).
  kUnchanged,  ///< the same hook was already there.
  kRefused,    ///< another hook is there and `force` was not given.
  kError,      ///< no repository, a bare one, or a write failed.
};

struct HookInstall {
  std::string path;       ///< the hook file.
  bool replaced = false;  ///< another hook was overwritten (`force`).
  /// Things the user should know (core.hooksPath points elsewhere).
  std::vector<std::string> notes;
};

/// The hook script: runs `leakgate` (an absolute path) on the staged changes.
std::string PreCommitHookScript(const std::string& leakgate);

/// Writes `hooks/pre-commit` in the common git directory of the repository
/// at or above `repo` (shared by its worktrees), atomically and with mode
/// 0755. Nothing from the repository is run; its configuration is read only
/// to warn when core.hooksPath sends git elsewhere. An existing hook with
/// other contents is replaced only with `force`. `err` says why on kRefused
/// and kError.
HookStatus InstallPreCommitHook(const std::string& repo,
                                const std::string& leakgate, bool force,
                                HookInstall* out, std::string* err);

}  // namespace leakgate

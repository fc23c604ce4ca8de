// The command line: flags → options → run → exit code.
#pragma once

namespace leakgate::cli {

/// Exit codes (README.md, "Exit codes").
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitInterrupted = 130;

int Main(int argc, char** argv);

}  // namespace leakgate::cli

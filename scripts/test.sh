#!/usr/bin/env bash
# Builds leakgate and runs the whole test suite through CTest, three times: a
# Release build, a build under AddressSanitizer and UBSan, and one under
# ThreadSanitizer (the scan and git pipelines and the report rendering run on
# thread pools). Then builds the libFuzzer targets with Clang (ASan, UBSan)
# and runs each for LEAKGATE_FUZZ_SECONDS (default 20) from seeds out of the
# repository. LEAKGATE_SKIP_SANITIZERS=1 skips the ASan and TSan stages,
# LEAKGATE_SKIP_TSAN=1 the TSan one, LEAKGATE_SKIP_FUZZ=1 the fuzzing.
# After the Release suite, scripts/package.sh builds the Debian package from
# build/, runs lintian on it, installs it and runs it (about 15 s);
# LEAKGATE_SKIP_PACKAGE=1 skips that.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

run_suite() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -G Ninja "$@"
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

run_suite build -DCMAKE_BUILD_TYPE=Release
[ -n "${LEAKGATE_SKIP_PACKAGE:-}" ] || scripts/package.sh build
if [ -z "${LEAKGATE_SKIP_SANITIZERS:-}" ]; then
  run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug -DLEAKGATE_SANITIZE="address;undefined"
  if [ -z "${LEAKGATE_SKIP_TSAN:-}" ]; then
    # A race report makes the process exit 66, which fails the test.
    run_suite build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEAKGATE_SANITIZE=thread \
      -DLEAKGATE_BUILD_BENCH=OFF
  fi
fi
if [ -z "${LEAKGATE_SKIP_FUZZ:-}" ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEAKGATE_FUZZ=ON -DLEAKGATE_BUILD_TESTS=OFF -DLEAKGATE_BUILD_BENCH=OFF
  cmake --build build-fuzz -j "$jobs" --target fuzz_targets
  ctest --test-dir build-fuzz --output-on-failure -j "$jobs" -R '^fuzz\.' --no-tests=error
fi

#!/usr/bin/env bash
# Builds leakgate and runs the whole test suite through CTest, twice: a
# Release build, then a build under AddressSanitizer and UBSan. Then builds
# the libFuzzer targets with Clang (ASan, UBSan) and runs each for
# LEAKGATE_FUZZ_SECONDS (default 20) from seeds out of the repository.
# Set LEAKGATE_SKIP_SANITIZERS=1 to skip the second, LEAKGATE_SKIP_FUZZ=1 the
# third.
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
if [ -z "${LEAKGATE_SKIP_SANITIZERS:-}" ]; then
  run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug -DLEAKGATE_SANITIZE="address;undefined"
fi
if [ -z "${LEAKGATE_SKIP_FUZZ:-}" ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEAKGATE_FUZZ=ON -DLEAKGATE_BUILD_TESTS=OFF -DLEAKGATE_BUILD_BENCH=OFF
  cmake --build build-fuzz -j "$jobs" --target fuzz_targets
  ctest --test-dir build-fuzz --output-on-failure -j "$jobs" -R '^fuzz\.' --no-tests=error
fi

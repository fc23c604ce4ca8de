#!/usr/bin/env bash
# Builds leakgate and runs the whole test suite through CTest, twice: a
# Release build, then a build under AddressSanitizer and UBSan.
# Set LEAKGATE_SKIP_SANITIZERS=1 to run only the first.
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

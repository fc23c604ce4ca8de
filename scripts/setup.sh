#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds a Release leakgate with CMake
# and Ninja, and scans the bundled corpus. Usage: scripts/setup.sh [PATH...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config git python3 python3-jsonschema python3-yaml pre-commit
  hyperfine ripgrep git-secrets time
  libhyperscan-dev libgit2-dev libcli11-dev nlohmann-json3-dev libpcre2-dev
  libgtest-dev libbenchmark-dev libtomlplusplus-dev libssl-dev zlib1g-dev
  libcurl4-openssl-dev python3-botocore
  clang libclang-rt-14-dev
  lintian
  slurm-wlm munge
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target leakgate

if (($#)); then
  targets=("$@")
else
  targets=(corpus/tree)
fi
echo "== build/leakgate scan ${targets[*]}"
status=0
build/leakgate scan "${targets[@]}" || status=$?
# Findings (exit 1) are the point of scanning the corpus; 2 and up are failures.
[ "$status" -le 1 ] || exit "$status"

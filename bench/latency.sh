#!/usr/bin/env bash
# Latency benchmark: `leakgate git --staged` with one staged file in a
# repository of N files, and `leakgate git --range HEAD~1..HEAD` in a history
# of N commits, beside `git diff --cached --quiet` and `git rev-list` on the
# same repository; start-up (`version`, a one-line file); and the dense case,
# one line holding 10,000 / 20,000 / 40,000 candidate matches (linear time:
# each doubling should double the time, no more).
#
# Repositories are generated with git fast-import (bench/latency_repo.py)
# under WORK (default /tmp/leakgate-latency), never in the source tree, and
# kept for reruns. Usage: bench/latency.sh [LEAKGATE_BIN]. FILES and COMMITS
# list the sizes (default "1000 10000 100000 1000000" and
# "1000 10000 100000"); RUNS the hyperfine runs (default 10). Each table
# hyperfine prints is also written as markdown under WORK/results/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-$here/../build/leakgate}")
work=${WORK:-/tmp/leakgate-latency}
runs=${RUNS:-10}
mkdir -p "$work/results"
make_repo() {  # kind count -> path
  local dir="$work/$1-$2"
  if [ ! -d "$dir" ]; then
    git init -q "$dir"
    python3 "$here/latency_repo.py" "$1" "$2" | git -C "$dir" fast-import --done --quiet
    git -C "$dir" symbolic-ref HEAD refs/heads/main
    git -C "$dir" reset -q --hard
  fi
  echo "$dir"
}
bench() {  # name, then hyperfine's arguments
  local name=$1
  shift
  hyperfine -N -w 2 -r "$runs" --export-markdown "$work/results/$name.md" "$@"
}
for n in ${FILES:-1000 10000 100000 1000000}; do
  dir=$(make_repo files "$n")
  echo "changed" >> "$dir/d0000/f00.txt"
  git -C "$dir" add d0000/f00.txt
  bench "staged-$n" -i "$bin git --staged $dir" "git -C $dir diff --cached --quiet"
  git -C "$dir" reset -q --hard
done
for n in ${COMMITS:-1000 10000 100000}; do
  dir=$(make_repo commits "$n")
  bench "range-$n" "$bin git --range HEAD~1..HEAD $dir" "git -C $dir rev-list HEAD~1..HEAD"
done
printf 'KEY=one line\n' > "$work/one-line.txt"
bench startup "$bin version" "$bin scan $work/one-line.txt"
# The AWS documentation's example key ID: a candidate for the prefilter and
# the confirming regex every time, a finding never (it is a known example).
for n in 10000 20000 40000; do
  python3 -c "import sys; sys.stdout.write('AKIAIOSFODNN7EXAMPLE ' * $n + '\n')" > "$work/dense-$n.txt"
done
bench dense -i "$bin scan $work/dense-10000.txt" "$bin scan $work/dense-20000.txt" \
  "$bin scan $work/dense-40000.txt"

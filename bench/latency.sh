#!/usr/bin/env bash
# Latency benchmark: `leakgate git --staged` with one staged file in a
# repository of N files, and `leakgate git --range HEAD~1..HEAD` in a history
# of N commits, beside `git diff --cached --quiet` and `git rev-list` on the
# same repository, plus start-up (`version`, a one-line file). Repositories
# are generated with git fast-import (bench/latency_repo.py) under WORK
# (default /tmp/leakgate-latency), never in the source tree, and kept for
# reruns. Usage: bench/latency.sh [LEAKGATE_BIN]; FILES and COMMITS list
# the sizes (default "100000").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-$here/../build/leakgate}")
work=${WORK:-/tmp/leakgate-latency}
mkdir -p "$work"
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
for n in ${FILES:-100000}; do
  dir=$(make_repo files "$n")
  echo "changed" >> "$dir/d0000/f00.txt"
  git -C "$dir" add d0000/f00.txt
  hyperfine -N -w 2 -r 10 -i "$bin git --staged $dir" "git -C $dir diff --cached --quiet"
  git -C "$dir" reset -q --hard
done
for n in ${COMMITS:-100000}; do
  dir=$(make_repo commits "$n")
  hyperfine -N -w 2 -r 10 "$bin git --range HEAD~1..HEAD $dir" "git -C $dir rev-list HEAD~1..HEAD"
done
printf 'KEY=one line\n' > "$work/one-line.txt"
hyperfine -N -w 2 -r 20 "$bin version" "$bin scan $work/one-line.txt"

#!/usr/bin/env bash
# Thread scaling: `leakgate scan -jN` on a generated tree and `leakgate git -jN`
# on a repository, for N = 1, 2, 4, ... up to --max-j (default: the number of
# cores), and the parallel efficiency T(1) / (N * T(N)) of each. One run
# answers "how far does one machine take us": an efficiency that falls off
# early names the phase to parallelise next (for history, the commit walk and
# the tree comparisons; for trees, the directory walk).
#
# Times are medians of RUNS runs with a warm page cache (one untimed warm-up
# run per command first), taken with hyperfine when it is installed and with
# bash's clock otherwise, so the script also runs on a bare machine that has
# only bash, python3 and git. One checked run per command must exit 0 or 1 and
# report no errors, and every thread count must find the same number of
# findings, so a failing run is never timed as a fast one.
#
# Usage: bench/scaling.sh [--tree DIR] [--repo DIR] [--max-j N] [--leakgate BIN] [--out FILE]
#   --tree DIR      scan DIR (default: generate SIZE_MIB MiB with corpus/generate_tree.py)
#   --repo DIR      the repository for `leakgate git` (default: a generated
#                   history of COMMITS commits, corpus/generate_history.py)
#   --max-j N       the largest thread count (default: nproc)
#   --leakgate BIN  the binary to measure (default $LEAKGATE_BIN, else build/leakgate)
#   --out FILE      also write the Markdown table to FILE
# Environment: SIZE_MIB (default 1024), COMMITS (default 3000), RUNS (default 3).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tree=""
history_repo=""
max_j=$(nproc)
leakgate=${LEAKGATE_BIN:-$repo/build/leakgate}
out=""
size_mib=${SIZE_MIB:-1024}
commits=${COMMITS:-3000}
runs=${RUNS:-3}

usage() { sed -n '/^# Usage:/,/^# Environment/{s/^# \{0,1\}//;p}' "$0"; }

while (($#)); do
  case $1 in
    --tree) tree=$2; shift 2 ;;
    --repo) history_repo=$2; shift 2 ;;
    --max-j) max_j=$2; shift 2 ;;
    --leakgate) leakgate=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scaling.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ ! -x "$leakgate" ]; then
  echo "scaling.sh: $leakgate is not an executable; build it or pass --leakgate BIN" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/leakgate-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ -z "$tree" ]; then
  tree=$work/tree
  echo "scaling.sh: generating a $size_mib MiB tree" >&2
  python3 "$repo/corpus/generate_tree.py" --out "$tree" --manifest "$work/manifest.json" \
    --seed 1 --size-mib "$size_mib" >&2
fi
if [ -z "$history_repo" ]; then
  history_repo=$work/history
  echo "scaling.sh: generating a history of $commits commits" >&2
  python3 "$repo/corpus/generate_history.py" --out "$history_repo" --commits "$commits" >&2
fi

thread_counts=()
for ((j = 1; j < max_j; j *= 2)); do thread_counts+=("$j"); done
thread_counts+=("$max_j")

# median_seconds COMMAND: the median wall time of $runs runs after a warm-up.
median_seconds() {
  local command=$1
  if command -v hyperfine >/dev/null; then
    hyperfine --style none --warmup 1 --runs "$runs" -i --export-json "$work/h.json" \
      "$command" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))["results"][0]["median"])' \
      "$work/h.json"
    return
  fi
  bash -c "$command" >/dev/null 2>&1 || true
  local times=() start i
  for ((i = 0; i < runs; i++)); do
    start=$EPOCHREALTIME
    bash -c "$command" >/dev/null 2>&1 || true
    times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

# check COMMAND: one run must succeed (0: clean, 1: findings); prints the
# number of findings, which must not depend on the thread count.
check() {
  local got=0
  bash -c "$1" >"$work/check.out" 2>"$work/check.err" || got=$?
  if [ "$got" -gt 1 ]; then
    echo "scaling.sh: '$1' exited $got:" >&2
    tail -n 5 "$work/check.err" >&2
    exit 1
  fi
  grep -c '"rule"' "$work/check.out" || true
}

table=$work/table.md
{
  echo "| workload | threads | median s | speed-up | efficiency | findings |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} >"$table"

# scale LABEL COMMAND-WITH-@J@
scale() {
  local label=$1 template=$2 base="" first_count="" j command seconds count
  for j in "${thread_counts[@]}"; do
    command=${template//@J@/$j}
    count=$(check "$command")
    [ -n "$first_count" ] || first_count=$count
    if [ "$count" != "$first_count" ]; then
      echo "scaling.sh: $label found $count with -j$j but $first_count with -j1" >&2
      exit 1
    fi
    seconds=$(median_seconds "$command")
    [ -n "$base" ] || base=$seconds
    awk -v l="$label" -v j="$j" -v s="$seconds" -v b="$base" -v c="$count" \
      'BEGIN { printf "| %s | %d | %.3f | %.2f | %.0f%% | %d |\n", l, j, s, b / s, 100 * b / (j * s), c }' \
      | tee -a "$table" >&2
  done
}

tree_mib=$(du -sm --apparent-size "$tree" | cut -f1)
history_name=$(basename "$history_repo")
if command -v git >/dev/null; then
  history_name="$history_name, $(git -C "$history_repo" rev-list --all | wc -l) commits"
fi
scale "scan, $tree_mib MiB tree" "'$leakgate' scan -j@J@ --format jsonl '$tree'"
scale "git, $history_name" "'$leakgate' git -j@J@ --format jsonl '$history_repo'"

{
  echo
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "- leakgate: $("$leakgate" --version 2>/dev/null | head -n1 || echo unknown); medians of $runs runs, warm cache"
} >>"$table"
cat "$table"
[ -z "$out" ] || cp "$table" "$out"

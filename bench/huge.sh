#!/usr/bin/env bash
# The largest hostile inputs, too big and slow for CI (opt-in: `cmake --build
# build --target huge`, or run this script): a 2 GiB file, a 5 GiB sparse
# file, a million files, a history of 100,000 commits, and near-miss prefixes
# at two sizes to show that time grows linearly. Each is scanned once under
# GNU time; the table (wall time, peak RSS, exit code, findings, expected
# findings) goes to stdout as Markdown, for bench/RESULTS.md.
#
# Usage: bench/huge.sh [--leakgate BIN] [--work DIR] [--only NAME...]
#   --leakgate BIN  the binary (default $LEAKGATE_BIN, else build/leakgate)
#   --work DIR      where inputs are written (default a new directory under
#                   /tmp; needs about 12 GB free, 1.1 million inodes; removed
#                   afterwards unless --work is given)
#   --only NAME...  some of: big-file sparse-file million-files history
#                   near-misses
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
leakgate=${LEAKGATE_BIN:-$repo/build/leakgate}
work=""
only=()
while (($#)); do
  case $1 in
    --leakgate) leakgate=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --only) shift; while (($#)) && [[ $1 != --* ]]; do only+=("$1"); shift; done ;;
    -h|--help) sed -n '/^# Usage:/,/^#   *near-misses/{s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "huge.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "huge.sh: needs GNU time (apt-get install time)" >&2; exit 77; }
if [[ -z $work ]]; then
  work=$(mktemp -d /tmp/leakgate-huge.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

wanted() { ((${#only[@]} == 0)) || [[ " ${only[*]} " == *" $1 "* ]]; }

KEY_ID=AKIAYVP4CIPPERUVIFXG
SECRET=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
PAIR="AWS_ACCESS_KEY_ID=$KEY_ID
AWS_SECRET_ACCESS_KEY=$SECRET
"

echo "| input | command | wall s | peak RSS MiB | exit | findings | expected |"
echo "|---|---|---:|---:|---:|---:|---:|"

# measure NAME EXPECTED_FINDINGS ARGS...: one run under GNU time.
measure() {
  local name=$1 expected=$2
  shift 2
  local report=$work/report.json stats=$work/time.txt code=0
  /usr/bin/time -f "%e %M" -o "$stats" "$leakgate" "$@" -q -f json -o "$report" || code=$?
  local findings
  findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' \
             "$report" 2>/dev/null || echo "-")
  read -r wall rss_kib < <(tail -1 "$stats")
  printf '| %s | `leakgate %s` | %s | %d | %d | %s | %s |\n' \
    "$name" "${*/#$work\//}" "$wall" $((rss_kib / 1024)) "$code" "$findings" "$expected"
  rm -f "$report"
}

if wanted big-file; then
  # 2 GiB of text with a key pair every 256 MiB.
  python3 - "$work/big.txt" <<EOF
import sys
filler = (b"lorem ipsum dolor sit amet consectetur adipiscing elit " * 2 + b"\n")
block = filler * ((256 << 20) // len(filler))
with open(sys.argv[1], "wb") as f:
    for _ in range(8):
        f.write(block)
        f.write(b"""$PAIR""")
EOF
  measure "2 GiB file, 8 pairs" 16 scan --max-findings-per-file 0 "$work/big.txt"
  rm -f "$work/big.txt"
fi

if wanted sparse-file; then
  # 5 GiB, almost all a hole (NUL bytes), with a pair at 1, 3 and 5 GiB - 1 MiB.
  truncate -s 5G "$work/sparse.bin"
  for gib in 1 3 5; do
    printf '\n%s' "$PAIR" | dd of="$work/sparse.bin" bs=1M seek=$((gib * 1024 - 1)) \
      conv=notrunc status=none
  done
  measure "5 GiB sparse file, 3 pairs" 6 scan "$work/sparse.bin"
  rm -f "$work/sparse.bin"
fi

if wanted million-files; then
  # 1,000 directories of 1,000 small files; every 1,000th holds a pair.
  python3 - "$work/million" <<EOF
import os, sys
root = sys.argv[1]
for d in range(1000):
    path = os.path.join(root, f"d{d:03}")
    os.makedirs(path)
    for f in range(1000):
        with open(os.path.join(path, f"f{f:03}.txt"), "w") as out:
            out.write("""$PAIR""" if f == 0 else f"file {d} {f}\n")
EOF
  measure "1,000,000 files, 1,000 pairs" 2000 scan "$work/million"
  rm -rf "$work/million"
fi

if wanted history; then
  python3 "$repo/corpus/generate_history.py" --out "$work/history" --commits 100000 \
    --size-mib 8 >/dev/null
  measure "100,000 commits (generated)" "-" git "$work/history"
  rm -rf "$work/history"
fi

if wanted near-misses; then
  # Time must grow linearly with the number of near-miss prefixes.
  for count in 1000000 4000000; do
    python3 - "$work/near.txt" "$count" <<'EOF'
import random, sys
rng = random.Random(4)
b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
forms = ["AKIA" + "".join(rng.choice(b32) for _ in range(15)), "AKIA" * 6,
         "AKIA" + "".join(rng.choice(b32) for _ in range(8)) + "0" + "A" * 7,
         "AKIAIOSFODNN7EXAMPLE"]
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        f.write(f"k{i % 10}={forms[i % len(forms)]}\n")
EOF
    measure "$count near-miss prefixes" 0 scan "$work/near.txt"
  done
  rm -f "$work/near.txt"
fi

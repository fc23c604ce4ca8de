#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, seeded from the repository:
#   scripts/fuzz.sh BINARY WORKDIR
# (what the CTest tests fuzz.<name> of a -DLEAKGATE_FUZZ=ON build run).
# Seeds go to WORKDIR/<target>/seeds, rebuilt each run from corpus/tree,
# rules/*.toml, tests/golden, this repository's own git objects and
# tests/fuzz/regressions/<target> (inputs that once failed); inputs
# the fuzzer finds go to WORKDIR/<target>/corpus (kept between runs), and a
# crash's input to WORKDIR/<target>/artifacts (emptied each run), whose path
# is printed.
# LEAKGATE_FUZZ_SECONDS (default 20) is the time per target.
set -euo pipefail
if (($# != 2)); then
  echo "usage: $0 BINARY WORKDIR" >&2
  exit 2
fi
binary=$1
target=$(basename "$binary")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$2/$target
seconds=${LEAKGATE_FUZZ_SECONDS:-20}
seeds=$work/seeds
rm -rf "$seeds" "$work/artifacts"
mkdir -p "$seeds" "$work/corpus" "$work/artifacts"

# Copies files of the corpus tree smaller than $1 bytes into the seeds.
corpus_files() {
  find "$root/corpus/tree" -type f -size -"$1"c -print0 |
    while IFS= read -r -d '' file; do
      cp "$file" "$seeds/corpus-$(printf '%s' "$file" | sha1sum | cut -c1-16)"
    done
}

# A made-up commit, tree and tag, and this repository's newest commits as
# raw objects: commits, trees, annotated tags.
git_objects() {
  local id empty_tree=4b825dc642cb6eb9a060e54bf8d69288fbee4904
  printf 'object %s\ntype commit\ntag v0.1.0\ntagger A <a@b> 1700000000 +0000\n\nrelease\n' \
    "$empty_tree" >"$seeds/tag-made-up"
  printf '100644 a.txt\0\1\2\3\4\5\6\7\10\11\12\13\14\15\16\17\20\21\22\23\24' \
    >"$seeds/tree-made-up"
  printf 'tree %s\nauthor A <a@b> 1700000000 +0000\ncommitter A <a@b> 1700000000 +0000\n\nmessage\n' \
    "$empty_tree" >"$seeds/commit-made-up"
  git -C "$root" rev-parse -q --verify HEAD >/dev/null 2>&1 || return 0
  for id in $(git -C "$root" rev-list --max-count=8 HEAD); do
    git -C "$root" cat-file commit "$id" >"$seeds/commit-$id"
  done
  for id in $(git -C "$root" ls-tree -r -t HEAD | awk '$2 == "tree" {print $3}' | head -n 12) \
            $(git -C "$root" rev-parse 'HEAD^{tree}'); do
    git -C "$root" cat-file tree "$id" >"$seeds/tree-$id"
  done
  for id in $(git -C "$root" for-each-ref --count=4 --format='%(objectname) %(objecttype)' refs/tags |
                awk '$2 == "tag" {print $1}'); do
    git -C "$root" cat-file tag "$id" >"$seeds/tag-$id"
  done
}

max_len=8192
case $target in
  fuzz_chunk_reader)
    max_len=20000
    corpus_files 16384
    ;;
  fuzz_line_tracker)
    corpus_files 8192
    printf '\xEF\xBB\xBFfirst\r\nsecond\n\nthird' >"$seeds/bom-crlf"
    ;;
  fuzz_utf16)
    corpus_files 4096
    python3 - "$seeds" <<'EOF'
import pathlib, sys
seeds = pathlib.Path(sys.argv[1])
for i, path in enumerate(sorted(seeds.glob("corpus-*"))[:40]):
    text = path.read_bytes().decode("utf-8", "replace")
    (seeds / f"utf16le-{i}").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (seeds / f"utf16be-{i}").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
(seeds / "astral").write_bytes(b"\xff\xfe" + "key \U0001F511 AKIA\n".encode("utf-16-le"))
EOF
    ;;
  fuzz_reporters)
    cp "$root"/tests/golden/* "$seeds"/
    corpus_files 2048
    ;;
  fuzz_rule_loader)
    max_len=32768
    cp "$root"/rules/*.toml "$seeds"/
    # Two files in one input (a NUL between them): aws.toml's anchors.
    { cat "$root/rules/allow.toml"; printf '\0'; cat "$root/rules/aws.toml"; } \
      >"$seeds/two-files"
    ;;
  fuzz_git_objects)
    git_objects
    ;;
esac
# Inputs that once failed stay seeds for good.
if [ -d "$root/tests/fuzz/regressions/$target" ]; then
  cp "$root/tests/fuzz/regressions/$target"/* "$seeds"/
fi
echo "$target: $(find "$seeds" -type f | wc -l) seeds, ${seconds}s"

status=0
"$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
  -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" || status=$?
if ((status != 0)); then
  for crash in "$work"/artifacts/*; do
    [ -e "$crash" ] || continue
    echo "reproducer: $crash"
    echo "  run again: $binary $crash"
  done
  exit "$status"
fi

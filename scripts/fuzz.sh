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

# Real packs from a throwaway repository (a file in a few versions, so
# that git stores deltas): OFS deltas, REF deltas, and offsets in the
# 64-bit table; each as "<mode byte><4-byte idx length><idx><pack>". Then
# descriptions of packs the target builds itself (its first byte odd).
git_packs() {
  local repo=$work/repo
  rm -rf "$repo"
  git init -q "$repo"
  git -C "$repo" config user.name A
  git -C "$repo" config user.email a@b
  git -C "$repo" config commit.gpgsign false
  head -c 3000 "$root/README.md" >"$repo/notes"
  git -C "$repo" add notes
  git -C "$repo" commit -q -m one
  for n in 2 3 4; do
    { head -c 2000 "$root/README.md"; echo "version $n"; } >"$repo/notes"
    git -C "$repo" commit -q -a -m "$n"
  done
  git -C "$repo" rev-list --objects --all | cut -d' ' -f1 >"$work/objects"
  git -C "$repo" pack-objects -q --delta-base-offset "$work/ofs" <"$work/objects" >/dev/null
  git -C "$repo" pack-objects -q "$work/ref" <"$work/objects" >/dev/null
  git -C "$repo" pack-objects -q --index-version=2,0x100 "$work/large" \
    <"$work/objects" >/dev/null
  python3 - "$work" "$seeds" <<'EOF'
import pathlib, struct, sys
work, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for kind in ("ofs", "ref", "large"):
    idx = next(work.glob(kind + "-*.idx"))
    pack = idx.with_suffix(".pack")
    body = struct.pack(">I", idx.stat().st_size) + idx.read_bytes() + pack.read_bytes()
    for mode in (0, 6):  # read everything; a 100-byte limit
        (seeds / f"pack-{kind}-{mode}").write_bytes(bytes([mode]) + body)
    idx.unlink()
    pack.unlink()
# A blob, an OFS delta of it and a REF delta of that.
described = (bytes([1, 0, 2, 0x08, 0x02, 10]) + b"0123456789"
             + bytes([0x06, 0x01, 0, 3, 1, 0, 0, 0, 5, 4]) + b"HELLO"
             + bytes([1, 0, 2, 0, 100])
             + bytes([0x02, 0x00, 1, 1, 0x10]) + b"abcdefghijklmnopq")
(seeds / "described").write_bytes(described)
# The same with a 4096-byte limit and some offsets in the 64-bit table,
# and with a byte of the second entry flipped.
(seeds / "described-large").write_bytes(bytes([9, 1]) + described[2:])
(seeds / "described-flipped").write_bytes(described + bytes([0, 0, 0, 40, 4]))
EOF
  rm -rf "$repo" "$work/objects"
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
  fuzz_pack_reader)
    max_len=16384
    git_packs
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

#!/usr/bin/env python3
"""Generates a git history for benchmarks: deterministic from a seed.

The first commit holds a tree made by generate_tree.py; each later commit
edits a few files (appends lines, rewrites a line), now and then plants a fake
AWS key pair or removes one, and every 50th commit is on a side branch that
is merged back. Written with `git fast-import`, so thousands of commits take
seconds. Usage:
  generate_history.py --out DIR [--commits N] [--seed S] [--size-mib M]
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def fake_pair(rng):
    key_id = "AKIA" + "".join(rng.choice(BASE32) for _ in range(16))
    secret = "".join(rng.choice(ALPHABET) for _ in range(39)) + rng.choice("/+0123456789")
    return key_id, secret


def read_tree(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return dict(sorted(files.items()))


class Stream:
    """Writes a fast-import stream with a fixed clock."""

    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.time = 1_700_000_000

    def write(self, text):
        self.out.write(text.encode() if isinstance(text, str) else text)

    def commit(self, ref, message, changes, parents=()):
        self.mark += 1
        self.time += 60
        self.write(f"commit {ref}\nmark :{self.mark}\n")
        self.write(f"author Bench <bench@leakgate.invalid> {self.time} +0000\n")
        self.write(f"committer Bench <bench@leakgate.invalid> {self.time} +0000\n")
        data = message.encode()
        self.write(f"data {len(data)}\n")
        self.write(data + b"\n")
        for i, parent in enumerate(parents):
            self.write(f"{'from' if i == 0 else 'merge'} :{parent}\n")
        for path, content in changes:
            if content is None:
                self.write(f"D {path}\n")
            else:
                self.write(f"M 100644 inline {path}\ndata {len(content)}\n")
                self.write(content + b"\n")
        self.write("\n")
        return self.mark


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--commits", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size-mib", type=int, default=20)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_tree.py"), "--out",
                        os.path.join(scratch, "tree"), "--manifest",
                        os.path.join(scratch, "manifest.json"), "--seed", str(args.seed),
                        "--size-mib", str(args.size_mib)], check=True, stdout=subprocess.DEVNULL)
        files = read_tree(os.path.join(scratch, "tree"))

    shutil.rmtree(args.out, ignore_errors=True)
    subprocess.run(["git", "init", "-q", "--initial-branch=main", args.out], check=True)
    importer = subprocess.Popen(["git", "-C", args.out, "fast-import", "--quiet"],
                                stdin=subprocess.PIPE)
    stream = Stream(importer.stdin)
    paths = list(files)
    head = stream.commit("refs/heads/main", "initial import", list(files.items()))
    side = None
    for n in range(1, args.commits):
        changes = []
        for path in rng.sample(paths, rng.randint(1, 3)):
            lines = files[path].split(b"\n")
            if lines and rng.random() < 0.5:
                lines[rng.randrange(len(lines))] = f"edited in commit {n}".encode()
            lines.append(f"# change {n}: {rng.getrandbits(64):016x}".encode())
            if rng.random() < 0.02:
                key_id, secret = fake_pair(rng)
                lines.append(f"AWS_ACCESS_KEY_ID={key_id}\nAWS_SECRET_ACCESS_KEY={secret}".encode())
            files[path] = b"\n".join(lines)
            changes.append((path, files[path]))
        if n % 50 == 25:
            side = stream.commit("refs/heads/side", f"side work {n}", changes, [head])
        elif n % 50 == 0 and side:
            head = stream.commit("refs/heads/main", f"merge side {n}", changes, [head, side])
            side = None
        else:
            head = stream.commit("refs/heads/main", f"change {n}", changes, [head])
    importer.stdin.close()
    if importer.wait() != 0:
        return 1
    subprocess.run(["git", "-C", args.out, "repack", "-q", "-a", "-d"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

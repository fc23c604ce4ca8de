#!/usr/bin/env python3
"""Builds the git repositories the end-to-end tests scan.

Each repository is made with the git command line, with fixed authors and
dates, so the same git makes the same commit ids every time. Keys are fake
(random, not real). Usage: make_git_repos.py OUT_DIR [NAME...]; with no
names, every repository is built. Each function's docstring says what its
repository holds; tests/e2e/test_git.py states what leakgate must find in it.
"""

import os
import shutil
import subprocess
import sys
import zlib

KEY_ID = "AKIAYVP4CIPPERUVIFXG"
SECRET_KEY = "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"
BRANCH_KEY_ID = "AKIA2IJB4LAJLJ6HDU6G"
TAG_KEY_ID = "AKIAQ2LNWZXEY6ZN3C4K"
STASH_KEY_ID = "ASIAY34FZKBOKMUTVV7A"
MESSAGE_KEY_ID = "ABIAZ3TQLHWN5KXD7PRA"
NOTE_KEY_ID = "AKIAZ5MYSXQ2HGTWLRCA"
NEW_KEY_ID = "AKIAFQ3NLY6BS2PMDTCE"
OLD_KEY_ID = "AKIAVKN4TWPR7ZUDHGXB"


class Repo:
    """A git repository driven through the git CLI with a fixed clock."""

    def __init__(self, path, bare=False):
        self.path = path
        self.tick = 0
        os.makedirs(path)
        self.git("init", "-q", "--initial-branch=main", *(["--bare"] if bare else []))
        self.git("config", "user.name", "Leak Gate")
        self.git("config", "user.email", "test@leakgate.invalid")
        self.git("config", "commit.gpgsign", "false")

    def env(self):
        date = f"2026-01-02T03:{self.tick // 60:02d}:{self.tick % 60:02d}Z"
        return dict(os.environ, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date,
                    GIT_AUTHOR_NAME="Leak Gate", GIT_AUTHOR_EMAIL="test@leakgate.invalid",
                    GIT_COMMITTER_NAME="Leak Gate", GIT_COMMITTER_EMAIL="test@leakgate.invalid",
                    GIT_CONFIG_NOSYSTEM="1", HOME=self.path)

    def git(self, *args, input=None):
        result = subprocess.run(["git", *args], cwd=self.path, env=self.env(), input=input,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
        return result.stdout.decode().strip()

    def write(self, relative, text):
        full = os.path.join(self.path, relative)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as out:
            out.write(text)

    def commit(self, message, *paths):
        self.tick += 1
        self.git("add", "-A", *paths)
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")


def history(out):
    """A key added, removed and re-added on main; a key only on an unmerged
    branch; a tag pointing at a blob; an annotated tag whose message holds a
    key; a stash; a key in a commit message; a note; a file edited many times
    with the same key (one finding, many occurrences)."""
    repo = Repo(os.path.join(out, "history"))
    repo.write("README.md", "# demo\n")
    repo.commit("initial")
    repo.write("config/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")
    repo.commit("add settings")
    for i in range(5):
        repo.write("config/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n"
                                  f"REVISION={i}\n")
        repo.commit(f"edit settings {i}")
    os.remove(os.path.join(repo.path, "config/.env"))
    repo.commit("remove settings")
    repo.write("deploy/creds.txt", f"key {KEY_ID}\n")
    repo.commit("re-add the key elsewhere")
    repo.commit(f"rotate: old key was {MESSAGE_KEY_ID}")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("feature.py", f"\n\nKEY = '{BRANCH_KEY_ID}'\n")
    repo.commit("feature work")
    repo.git("checkout", "-q", "main")
    blob = repo.git("hash-object", "-w", "--stdin", input=f"tagged {TAG_KEY_ID}\n".encode())
    repo.git("tag", "blob-tag", blob)
    repo.tick += 1
    repo.git("tag", "-a", "v1.0", "-m", f"release notes mention {TAG_KEY_ID}")
    repo.write("README.md", f"# demo\nstash me {STASH_KEY_ID}\n")
    repo.tick += 1
    repo.git("stash", "-q")
    repo.tick += 1
    repo.git("notes", "add", "-m", f"note {NOTE_KEY_ID}", "HEAD~1")
    return repo


def range_repo(out):
    """CI: main holds an old key that was removed; the branch adds a new one
    and edits a file that still holds a key from main."""
    repo = Repo(os.path.join(out, "range"))
    repo.write("old.env", f"AWS_ACCESS_KEY_ID={OLD_KEY_ID}\n")
    repo.write("keep.cfg", f"id = {KEY_ID}\nsetting = 1\n")
    repo.commit("old key")
    os.remove(os.path.join(repo.path, "old.env"))
    repo.commit("remove the old key")
    repo.git("branch", "base")
    repo.git("checkout", "-q", "-b", "topic")
    repo.write("new.env", f"AWS_ACCESS_KEY_ID={NEW_KEY_ID}\n")
    repo.commit("new key")
    repo.write("keep.cfg", f"id = {KEY_ID}\nsetting = 2\n")
    repo.commit("touch a file that already held a key")
    repo.write("temp.txt", f"{BRANCH_KEY_ID}\n")
    repo.commit("add then remove")
    os.remove(os.path.join(repo.path, "temp.txt"))
    repo.commit("removed again")
    return repo


def staged(out):
    """Pre-commit: one key staged, one only in the work tree (unstaged), one
    untracked, one staged deletion, and a committed key in a staged edit."""
    repo = Repo(os.path.join(out, "staged"))
    repo.write("committed.cfg", f"id = {KEY_ID}\n")
    repo.write("deleted.cfg", f"id = {OLD_KEY_ID}\n")
    repo.commit("base")
    repo.write("staged.env", f"\nAWS_ACCESS_KEY_ID={NEW_KEY_ID}\n")
    repo.write("committed.cfg", f"id = {KEY_ID}\nmore = 1\n")
    repo.git("add", "staged.env", "committed.cfg")
    repo.git("rm", "-q", "--cached", "deleted.cfg")
    repo.write("staged.env", f"\nAWS_ACCESS_KEY_ID={NEW_KEY_ID}\nunstaged={BRANCH_KEY_ID}\n")
    repo.write("untracked.txt", f"{TAG_KEY_ID}\n")
    return repo


def unborn(out):
    """Pre-commit on the first commit: HEAD is unborn, one key staged."""
    repo = Repo(os.path.join(out, "unborn"))
    repo.write("first.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
    repo.git("add", "first.env")
    return repo


def shallow(out):
    """A depth-1 clone of `history` (what CI checks out by default)."""
    source = os.path.join(out, "history")
    target = os.path.join(out, "shallow")
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "main",
                    "file://" + source, target], check=True,
                   env=dict(os.environ, GIT_CONFIG_NOSYSTEM="1"))
    return target


def loose_path(repo, oid):
    return os.path.join(repo.path, ".git", "objects", oid[:2], oid[2:])


def corrupt(out):
    """Broken objects among good ones: a corrupt blob, a truncated blob, a
    branch whose commit's parent is missing, a ref to a missing commit, a
    blob whose header lies about its size; good keys on main must still be
    found."""
    repo = Repo(os.path.join(out, "corrupt"))
    repo.write("good.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
    repo.write("corrupt.txt", "this blob's bytes will be flipped\n" * 10)
    repo.write("truncated.txt", f"{BRANCH_KEY_ID} truncated blob\n" + "x" * 4000)
    repo.write("liar.txt", "a blob whose header will claim 4 EiB\n")
    repo.commit("good and soon-bad blobs")
    base = repo.git("rev-parse", "HEAD")
    repo.git("checkout", "-q", "-b", "orphaned")
    repo.write("branch.env", f"AWS_ACCESS_KEY_ID={TAG_KEY_ID}\n")
    repo.commit("on a branch whose parent goes missing")
    repo.git("checkout", "-q", "main")
    repo.write("later.env", f"AWS_ACCESS_KEY_ID={NEW_KEY_ID}\n")
    repo.commit("later")
    blob = lambda path: repo.git("rev-parse", f"{base}:{path}")
    # Flip bytes in the middle of the compressed corrupt blob.
    with open(loose_path(repo, blob("corrupt.txt")), "r+b") as f:
        data = bytearray(f.read())
        for i in range(len(data) // 2, len(data) // 2 + 8):
            data[i] ^= 0xFF
        f.seek(0)
        f.write(data)
    # Truncate the compressed truncated blob to 60 %.
    path = loose_path(repo, blob("truncated.txt"))
    size = os.path.getsize(path)
    os.chmod(path, 0o644)
    with open(path, "r+b") as f:
        f.truncate(size * 6 // 10)
    # A header that claims 4 EiB.
    path = loose_path(repo, blob("liar.txt"))
    os.chmod(path, 0o644)
    with open(path, "wb") as f:
        f.write(zlib.compress(b"blob 4611686018427387904\0a small body\n"))
    # The orphaned branch's parent commit vanishes... but it is main's too:
    # give the branch its own parent instead, then remove that one.
    parent = repo.git("commit-tree", "-m", "lost parent", repo.git("rev-parse", f"{base}^{{tree}}"))
    orphan = repo.git("commit-tree", "-p", parent, "-m", "child of a lost parent",
                      repo.git("rev-parse", "orphaned^{tree}"))
    repo.git("update-ref", "refs/heads/orphaned", orphan)
    os.remove(loose_path(repo, parent))
    # A ref to a commit that does not exist.
    with open(os.path.join(repo.path, ".git", "refs", "heads", "ghost"), "w") as f:
        f.write("0123456789abcdef0123456789abcdef01234567\n")
    return repo


def hidden(out):
    """Secrets that git itself would hide: a commit replaced with `git
    replace`, a commit cut off by `info/grafts`, and an alternates entry that
    points at another repository (whose objects are then read too)."""
    repo = Repo(os.path.join(out, "hidden"))
    repo.write("replaced.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
    original = repo.commit("holds a key")
    repo.write("replaced.env", "nothing here\n")
    repo.git("commit", "-q", "--amend", "-m", "clean replacement")
    replacement = repo.git("rev-parse", "HEAD")
    repo.git("reset", "-q", "--hard", original)
    repo.git("replace", original, replacement)
    repo.write("grafted.env", f"AWS_ACCESS_KEY_ID={NEW_KEY_ID}\n")
    repo.commit("second")
    repo.write("top.txt", "top\n")
    top = repo.commit("third")
    second = repo.git("rev-parse", "HEAD~1")
    with open(os.path.join(repo.path, ".git", "info", "grafts"), "w") as f:
        f.write(f"{top}\n{second}\n")  # both become roots to git
    other = Repo(os.path.join(out, "hidden-alternate"))
    other.write("x", "x\n")
    other.commit("other")
    with open(os.path.join(repo.path, ".git", "objects", "info", "alternates"), "w") as f:
        f.write(os.path.join(other.path, ".git", "objects") + "\n")
    return repo


def odd_refs(out):
    """Refs that are not branches or tags of commits: a ref to a tree, a
    remote-tracking ref, and a branch whose commit's header does not parse
    (no tree line), beside a good branch."""
    repo = Repo(os.path.join(out, "odd-refs"))
    repo.write("ok.txt", "fine\n")
    repo.commit("good")
    repo.write("tree-only/creds.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
    repo.git("add", "tree-only")
    tree = repo.git("write-tree")
    repo.git("reset", "-q", "--hard")
    repo.git("update-ref", "refs/trees/keys", tree)
    repo.git("checkout", "-q", "-b", "remote-work")
    repo.write("remote.env", f"AWS_ACCESS_KEY_ID={NEW_KEY_ID}\n")
    remote = repo.commit("remote work")
    repo.git("checkout", "-q", "main")
    repo.git("update-ref", "refs/remotes/origin/remote-work", remote)
    repo.git("branch", "-q", "-D", "remote-work")
    broken = repo.git("hash-object", "-w", "--literally", "-t", "commit", "--stdin",
                      input=b"author nobody <x> 1 +0000\n\nno tree line\n")
    with open(os.path.join(repo.path, ".git", "refs", "heads", "broken"), "w") as f:
        f.write(broken + "\n")  # git update-ref refuses such a commit
    return repo


def layouts(out):
    """The same key in a bare repository and seen from a linked worktree."""
    repo = Repo(os.path.join(out, "layouts"))
    repo.write("app.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
    repo.commit("key")
    subprocess.run(["git", "clone", "-q", "--bare", repo.path, os.path.join(out, "layouts-bare")],
                   check=True, env=repo.env())
    repo.git("worktree", "add", "-q", os.path.join(out, "layouts-worktree"), "-b", "wt")
    return repo


def packed(out):
    """`history` repacked into one pack with deep delta chains (both OFS and
    REF deltas), so the pack reader is exercised: it must report exactly what
    the loose `history` reports."""
    source = os.path.join(out, "history")
    target = os.path.join(out, "packed")
    shutil.copytree(source, target, symlinks=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1")
    for args in (["repack", "-q", "-a", "-d", "-f", "--depth=50", "--window=250"],
                 ["prune-packed"]):
        subprocess.run(["git", "-C", target, *args], check=True, env=env)
    # A second copy that uses REF_DELTA instead of OFS_DELTA.
    ref = os.path.join(out, "packed-ref-delta")
    shutil.copytree(source, ref, symlinks=True)
    subprocess.run(["git", "-C", ref, "-c", "repack.useDeltaBaseOffset=false", "repack", "-q",
                    "-a", "-d", "-f", "--depth=50"], check=True, env=env)
    subprocess.run(["git", "-C", ref, "prune-packed"], check=True, env=env)
    return target


def broken_packs(out):
    """Packs broken three ways, each in its own copy of `packed`: bytes
    flipped inside a packed blob, the pack truncated to 60 %, garbage in the
    index's fan-out table."""
    source = os.path.join(out, "packed")
    made = []
    for name in ("pack-flipped", "pack-truncated", "pack-bad-index"):
        target = os.path.join(out, name)
        shutil.copytree(source, target, symlinks=True)
        pack_dir = os.path.join(target, ".git", "objects", "pack")
        pack = [f for f in os.listdir(pack_dir) if f.endswith(".pack")][0]
        pack_path = os.path.join(pack_dir, pack)
        index_path = pack_path[:-5] + ".idx"
        for path in (pack_path, index_path):
            os.chmod(path, 0o644)
        size = os.path.getsize(pack_path)
        if name == "pack-flipped":
            with open(pack_path, "r+b") as f:
                f.seek(size // 2)
                chunk = bytearray(f.read(64))
                f.seek(size // 2)
                f.write(bytes(b ^ 0x5A for b in chunk))
        elif name == "pack-truncated":
            with open(pack_path, "r+b") as f:
                f.truncate(size * 6 // 10)
        else:
            with open(index_path, "r+b") as f:
                f.seek(8 + 4 * 100)
                f.write(b"\xff\xff\xff\xff" * 8)
        made.append(target)
    return made


BUILDERS = {"history": history, "range": range_repo, "staged": staged,
            "unborn": unborn, "shallow": shallow, "corrupt": corrupt,
            "hidden": hidden, "layouts": layouts, "odd-refs": odd_refs, "packed": packed,
            "broken_packs": broken_packs}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    names = argv[2:] or list(BUILDERS)
    os.makedirs(out, exist_ok=True)
    for name in names:
        for stale in (name, f"{name}-bare", f"{name}-worktree", f"{name}-alternate",
                      f"{name}-ref-delta"):
            shutil.rmtree(os.path.join(out, stale), ignore_errors=True)
        if name in ("shallow", "packed") and not os.path.isdir(os.path.join(out, "history")):
            history(out)
        if name == "broken_packs" and not os.path.isdir(os.path.join(out, "packed")):
            packed(out)
        BUILDERS[name](out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

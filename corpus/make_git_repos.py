#!/usr/bin/env python3
"""Builds the git repositories the end-to-end tests scan.

Each repository is made with the git command line, with fixed authors and
dates, so the same git makes the same commit ids every time. Keys are fake
(random, not real). Usage: make_git_repos.py OUT_DIR [NAME...]; with no
names, every repository is built. Each function's docstring says what its
repository holds; tests/e2e/test_git.py states what leakgate must find in it.
"""

import hashlib
import os
import shutil
import struct
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
# For the hostile repositories: one key per place a key is planted, so that a
# finding names where it came from.
HOSTILE_KEY_IDS = ("AKIAOXYIMCFIPNZB575Y", "AKIA7MZF7OBR26YHQGEY", "AKIAYGDVPF7NJEC7MJ54",
                   "AKIASW3IKGUW7MTJWSEO", "AKIAWPASVORC3QYT2LZH", "AKIAKBMKTHAYVK3OI242",
                   "AKIA2FESGCFGXJ7JEMBI", "AKIAVYHTWUXA7NDCLLV3", "AKIA4HFMO76JYHG4I4F6",
                   "AKIAZX5ODMD4HGNABX3F", "AKIAMOUYMASSFUZOSF2X", "AKIAUTWSGM7XYTNSZYWX",
                   "AKIA3M7FRKE7R2HRSRRR", "AKIA2PXPP5POMX7GHYFK")


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


# --- hostile repositories: objects written byte for byte, as git would not ---

K = HOSTILE_KEY_IDS
EPOCH = 1767322800  # 2026-01-02T03:00:00Z, the Repo clock's zero
GHOST_COMMIT = "0123456789abcdef0123456789abcdef01234567"


def key_file(key, note=""):
    return f"AWS_ACCESS_KEY_ID={key}\n{note}".encode()


def write_object(repo, kind, body, name=None):
    """Writes a loose object without any of git's checks (a tree or commit
    git would refuse) and returns its id; `name` files it under another id
    (a forged object)."""
    data = f"{kind} {len(body)}".encode() + b"\0" + body
    name = name or hashlib.sha1(data).hexdigest()
    path = loose_path(repo, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        os.chmod(path, 0o644)
    with open(path, "wb") as f:
        f.write(zlib.compress(data))
    return name


def tree_body(*entries):
    """Raw tree bytes from (mode, name, id) entries, kept in the given order."""
    return b"".join(mode.encode() + b" " + (name if isinstance(name, bytes) else name.encode())
                    + b"\0" + bytes.fromhex(oid)[:20] for mode, name, oid in entries)


def commit_body(tree, parents=(), message="hostile", when=EPOCH, headers=None):
    """Raw commit bytes; `headers` replaces the author and committer lines."""
    lines = [f"tree {tree}".encode()] + [f"parent {p}".encode() for p in parents]
    sign = f"Leak Gate <test@leakgate.invalid> {when} +0000".encode()
    lines += headers if headers is not None else [b"author " + sign, b"committer " + sign]
    return b"\n".join(lines) + b"\n\n" + message.encode() + b"\n"


def branch(repo, name, commit):
    """Points a ref at `commit` by writing the file (update-ref refuses
    commits that do not parse)."""
    path = os.path.join(repo.path, ".git", "refs", "heads", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(commit + "\n")


def write_pack(repo, objects):
    """Writes `objects` as one pack with a version-2 index, taking each
    entry's id, type and header size as given, so that they may lie.
    `objects`: (id, kind, header size, payload, base) tuples; kind 6 (OFS
    delta) names its base by its index in `objects`. Returns the pack's path
    without the extension."""
    pack = bytearray(b"PACK" + struct.pack(">II", 2, len(objects)))
    offsets, crcs = [], []
    for oid, kind, size, payload, base in objects:
        start = len(pack)
        head, byte, size = bytearray(), (kind << 4) | (size & 15), size >> 4
        while size:
            head.append(byte | 0x80)
            byte, size = size & 0x7F, size >> 7
        head.append(byte)
        if kind == 6:
            distance = start - offsets[base]
            encoded = [distance & 127]
            distance >>= 7
            while distance:
                distance -= 1
                encoded.insert(0, 128 | (distance & 127))
                distance >>= 7
            head += bytes(encoded)
        entry = bytes(head) + zlib.compress(payload)
        pack += entry
        offsets.append(start)
        crcs.append(zlib.crc32(entry))
    pack += hashlib.sha1(pack).digest()
    order = sorted(range(len(objects)), key=lambda i: objects[i][0])
    ids = [bytes.fromhex(objects[i][0]) for i in order]
    index = bytearray(b"\377tOc" + struct.pack(">I", 2))
    index += struct.pack(">256I", *(sum(1 for oid in ids if oid[0] <= b) for b in range(256)))
    index += b"".join(ids)
    index += b"".join(struct.pack(">I", crcs[i]) for i in order)
    index += b"".join(struct.pack(">I", offsets[i]) for i in order)
    index += pack[-20:]
    index += hashlib.sha1(index).digest()
    base = os.path.join(repo.path, ".git", "objects", "pack", "pack-" + pack[-20:].hex())
    os.makedirs(os.path.dirname(base), exist_ok=True)
    for ext, data in ((".pack", pack), (".idx", index)):
        with open(base + ext, "wb") as f:
            f.write(data)
    return base


def submodules(out):
    """Submodules: vendor/lib, a real one added with `git submodule add`
    (its own history holds K[1]); vendor/ghost, a gitlink to a commit that
    exists nowhere; and `escape`, a gitlink whose .gitmodules path and url
    are ../../escape, a repository outside the superproject whose file and
    history hold K[2]. Only the superproject's app.env (K[0]) is to be
    found."""
    base = os.path.join(out, "submodules")
    lib = Repo(os.path.join(base, "lib"))
    lib.write("lib.env", key_file(K[1]).decode())
    lib.commit("library")
    escape = Repo(os.path.join(base, "escape"))
    escape.write("creds.env", key_file(K[2]).decode())
    escaped = escape.commit("outside the superproject")
    repo = Repo(os.path.join(base, "work", "super"))
    repo.write("app.env", key_file(K[0]).decode())
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", lib.path, "vendor/lib")
    for oid, path in ((GHOST_COMMIT, "vendor/ghost"), (escaped, "escape")):
        repo.git("update-index", "--add", "--cacheinfo", f"160000,{oid},{path}")
    with open(os.path.join(repo.path, ".gitmodules"), "a") as f:
        f.write('[submodule "ghost"]\n\tpath = vendor/ghost\n\turl = https://example.invalid/g\n'
                '[submodule "escape"]\n\tpath = ../../escape\n\turl = ../../escape\n')
    repo.commit("submodules", ".gitmodules", "app.env")
    return repo


LFS_POINTER = ("version https://git-lfs.github.com/spec/v1\n"
               f"oid sha256:{hashlib.sha256(b'model weights').hexdigest()}\nsize 13\n")


def lfs(out):
    """Git LFS: assets/model.bin, a real pointer (the content lives
    elsewhere); assets/fake.bin, which starts like a pointer but carries K[3]
    on an extra line; and app.env with K[4]."""
    repo = Repo(os.path.join(out, "lfs"))
    repo.write(".gitattributes", "*.bin filter=lfs diff=lfs merge=lfs -text\n")
    repo.write("assets/model.bin", LFS_POINTER)
    repo.write("assets/fake.bin", LFS_POINTER + f"x-note {K[3]}\n")
    repo.write("app.env", key_file(K[4]).decode())
    repo.commit("lfs")
    return repo


def loose_liars(out):
    """Loose objects that lie, beside good.env (K[5]): lie-3gib.txt's header
    claims 3 GiB over a small body; garbage.txt (K[6]) has bytes after the
    end of its zlib stream; longer.txt's data runs past the size its header
    states; mismatch.txt's object file is replaced by the file of
    source.env's blob (K[7]), so its content does not hash to its name.
    source.env itself is intact."""
    repo = Repo(os.path.join(out, "loose-liars"))
    texts = {"good.env": key_file(K[5]), "lie-3gib.txt": b"a blob whose header claims 3 GiB\n",
             "garbage.txt": key_file(K[6]), "longer.txt": b"longer than its header says\n",
             "mismatch.txt": b"this blob's file will hold another blob\n",
             "source.env": key_file(K[7])}
    for path, text in texts.items():
        repo.write(path, text.decode())
    repo.commit("liars")
    blob = lambda path: loose_path(repo, repo.git("rev-parse", f"HEAD:{path}"))
    with open(blob("source.env"), "rb") as f:
        source = f.read()
    header = lambda path: f"blob {len(texts[path])}\0".encode()
    for path, data in (
            ("lie-3gib.txt", zlib.compress(b"blob 3221225472\0" + texts["lie-3gib.txt"])),
            ("garbage.txt", zlib.compress(header("garbage.txt") + texts["garbage.txt"]) + b"junk"),
            ("longer.txt", zlib.compress(b"blob 10\0" + texts["longer.txt"])),
            ("mismatch.txt", source)):
        os.chmod(blob(path), 0o644)
        with open(blob(path), "wb") as f:
            f.write(data)
    return repo


def pack_liars(out):
    """A hand-made pack whose entries lie about their sizes, beside good.env
    (K[8], loose) and packed.env (K[9]), an honest entry of the same pack:
    more.txt's entry claims 1000 bytes more than its data, less.txt's 5
    fewer, huge.txt's 3 GiB over a small body, and delta.txt is a delta on
    packed.env whose header claims a 3 GiB result."""
    repo = Repo(os.path.join(out, "pack-liars"))
    texts = {"good.env": key_file(K[8]), "packed.env": key_file(K[9]),
             "more.txt": b"claims more\n", "less.txt": b"claims less than this\n",
             "huge.txt": b"claims 3 GiB\n", "delta.txt": b"a delta that lies\n"}
    for path, text in texts.items():
        repo.write(path, text.decode())
    repo.commit("liars")
    ids = {path: repo.git("rev-parse", f"HEAD:{path}") for path in texts}
    base = texts["packed.env"]
    delta = bytes([len(base), 0x80, 0x80, 0x80, 0x80, 0x0C]) + bytes([3]) + b"abc"
    sizes = {"packed.env": len(base), "more.txt": len(texts["more.txt"]) + 1000,
             "less.txt": len(texts["less.txt"]) - 5, "huge.txt": 3 << 30}
    objects = [(ids[path], 3, size, texts[path], None) for path, size in sizes.items()]
    objects.append((ids["delta.txt"], 6, len(delta), delta, 0))
    write_pack(repo, objects)
    for oid, *_ in objects:
        os.remove(loose_path(repo, oid))
    return repo


def bad_trees(out):
    """Malformed trees, each the root tree of a commit on its own branch,
    beside main's good.env (K[10]): `duplicates` (dup.env twice, two
    keys), `unsorted`, `empty-name` (a blob named "" at the root and in
    dir/), `dots` ("." a blob, ".." a tree), `slash` ("a/b.env" as one
    name), `modes` (123456, 0, and 160000 naming a blob that holds a key;
    040000 naming a blob), `bad-mode` (a mode that is not octal, between two
    good entries), `truncated` (a good entry, then one whose id stops after
    10 bytes), `cycle` (a tree, in a pack whose index forges its id,
    that contains itself) and `bomb` (nine trees that each name the next ten
    times: 10^9 paths to bomb.env). Every blob a branch plants holds KEY_ID
    and a line naming it."""
    repo = Repo(os.path.join(out, "bad-trees"))
    repo.write("good.env", key_file(K[10]).decode())
    repo.commit("good")
    blob = lambda label: write_object(repo, "blob", key_file(KEY_ID, f"# {label}\n"))
    tree = lambda *entries: write_object(repo, "tree", tree_body(*entries))
    trees = {
        "duplicates": tree(("100644", "dup.env", write_object(repo, "blob", key_file(K[11]))),
                           ("100644", "dup.env", write_object(repo, "blob", key_file(K[12])))),
        "unsorted": tree(("100644", "z.env", blob("z")), ("100644", "a.env", blob("a"))),
        "empty-name": tree(("100644", "", blob("empty")),
                           ("40000", "dir", tree(("100644", "", blob("empty in dir"))))),
        "dots": tree(("100644", ".", blob("dot")),
                     ("40000", "..", tree(("100644", "up.env", blob("up"))))),
        "slash": tree(("100644", "a/b.env", blob("slash"))),
        "modes": tree(("123456", "mode-123456.env", blob("123456")),
                      ("0", "mode-0.env", blob("0")),
                      ("160000", "gitlink-to-blob.env", blob("gitlink")),
                      ("40000", "blob-as-tree", blob("blob as tree"))),
        "bad-mode": tree(("100644", "before.env", blob("before")),
                         ("10x644", "bad-mode.env", blob("bad mode")),
                         ("100644", "after.env", blob("after"))),
    }
    truncated = tree_body(("100644", "kept.env", blob("kept"))) + b"100644 cut.env\0" + b"\1" * 10
    trees["truncated"] = write_object(repo, "tree", truncated)
    bomb = tree(("100644", "bomb.env", blob("bomb")))
    for _ in range(9):
        bomb = tree(*(("40000", name, bomb) for name in "abcdefghij"))
    trees["bomb"] = bomb
    for name, root in trees.items():
        branch(repo, name, write_object(repo, "commit", commit_body(root, message=name)))
    # A tree that names itself: only a pack index can give it the id it holds.
    forged = hashlib.sha1(b"a tree that contains itself").hexdigest()
    body = tree_body(("40000", "loop", forged), ("100644", "loop.env", blob("loop")))
    write_pack(repo, [(forged, 2, len(body), body, None)])
    branch(repo, "cycle", write_object(repo, "commit", commit_body(forged, message="cycle")))
    return repo


DEEP_LONG_NAME = "n" * 200


def deep_tree(out):
    """On main, a tree nested 3,000 levels deep (d/d/…/d/deep.env holding
    K[13]), written bottom-up, beside a top-level top.env (KEY_ID). On
    `too-deep`, 100 levels of 200-byte names (a 20 KB path) down to
    too-deep.env (KEY_ID)."""
    repo = Repo(os.path.join(out, "deep-tree"))
    for name, levels, path, key, ref in (("d", 3000, "deep.env", K[13], "main"),
                                         (DEEP_LONG_NAME, 100, "too-deep.env", KEY_ID, "too-deep")):
        oid = write_object(repo, "tree", tree_body(
            ("100644", path, write_object(repo, "blob", key_file(key)))))
        for _ in range(levels - 1):
            oid = write_object(repo, "tree", tree_body(("40000", name, oid)))
        top = [("40000", name, oid)]
        if ref == "main":
            top.append(("100644", "top.env", write_object(repo, "blob", key_file(KEY_ID))))
        branch(repo, ref, write_object(repo, "commit", commit_body(
            write_object(repo, "tree", tree_body(*top)), message=ref)))
    return repo


def bad_commits(out):
    """Commits that do not parse cleanly, each on its own branch with a
    parent of its own: `time-overflow` (a timestamp past int64),
    `time-negative`, `no-author`, `nul-in-header` (a NUL inside the author
    line), `garbage-header` (a line of binary garbage, an author name that
    is not UTF-8); and `cycle`, a commit whose parent, in a pack whose index
    forges its id, names the commit as its own parent. Each commit adds
    <branch>.env and each parent parent-<branch>.env, all holding KEY_ID."""
    repo = Repo(os.path.join(out, "bad-commits"))
    sign = lambda when, name=b"Leak Gate": name + b" <test@leakgate.invalid> " + when + b" +0000"
    headers = {
        "time-overflow": [b"author " + sign(b"99999999999999999999999"),
                          b"committer " + sign(b"99999999999999999999999")],
        "time-negative": [b"author " + sign(b"-1700000000"), b"committer " + sign(b"-1700000000")],
        "no-author": [b"committer " + sign(str(EPOCH).encode())],
        "nul-in-header": [b"author " + sign(str(EPOCH).encode(), b"Leak\0Gate"),
                          b"committer " + sign(str(EPOCH).encode())],
        "garbage-header": [b"\x01\xff\xfe garbage \x00 line", b"author " + sign(
            str(EPOCH).encode(), b"Le\xffak Gate"), b"committer " + sign(str(EPOCH).encode())],
    }
    one_file = lambda path: write_object(repo, "tree", tree_body(
        ("100644", path, write_object(repo, "blob", key_file(KEY_ID, f"# {path}\n")))))
    parent_of = lambda name: write_object(repo, "commit", commit_body(
        one_file(f"parent-{name}.env"), message=f"parent of {name}"))
    for name, lines in headers.items():
        branch(repo, name, write_object(repo, "commit", commit_body(
            one_file(f"{name}.env"), [parent_of(name)], message=name, headers=lines)))
    forged = hashlib.sha1(b"a parent that loops back").hexdigest()
    child = write_object(repo, "commit", commit_body(one_file("cycle.env"), [forged],
                                                     message="cycle"))
    body = commit_body(one_file("parent-cycle.env"), [child], message="parent of cycle")
    write_pack(repo, [(forged, 1, len(body), body, None)])
    branch(repo, "cycle", child)
    return repo


def alternates(out):
    """objects/info/alternates that loop: `self` lists its own objects
    directory; `a` and `b` list each other's, and each has moved one of its
    blobs (a.env with K[0], b.env with K[1]) into the other's objects
    directory. self.env in `self` holds K[2]."""
    base = os.path.join(out, "alternates")
    made = {}
    for name, key in (("self", K[2]), ("a", K[0]), ("b", K[1])):
        made[name] = Repo(os.path.join(base, name))
        made[name].write(f"{name}.env", key_file(key).decode())
        made[name].commit(name)
    objects = lambda name: os.path.join(made[name].path, ".git", "objects")
    for name, other in (("self", "self"), ("a", "b"), ("b", "a")):
        with open(os.path.join(objects(name), "info", "alternates"), "w") as f:
            f.write(objects(other) + "\n")
        if name != other:
            moved = made[name].git("rev-parse", f"HEAD:{name}.env")
            target = loose_path(made[other], moved)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.rename(loose_path(made[name], moved), target)
    return made["self"]


def merges(out):
    """An evil merge: main and side each add a file, and the merge commit
    adds evil.env (K[3]) and a key line (K[4]) in shared.txt, neither of
    which either parent had. Then original.env (K[5]) is committed and
    renamed to renamed.env with `git mv`."""
    repo = Repo(os.path.join(out, "merges"))
    repo.write("shared.txt", "shared\n")
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "side")
    repo.write("side.txt", "side\n")
    repo.commit("side")
    repo.git("checkout", "-q", "main")
    repo.write("main.txt", "main\n")
    repo.commit("main")
    repo.git("merge", "-q", "--no-ff", "--no-commit", "side")
    repo.write("evil.env", key_file(K[3]).decode())
    repo.write("shared.txt", f"shared\nkey = {K[4]}\n")
    repo.commit("evil merge")
    repo.write("original.env", key_file(K[5]).decode())
    repo.commit("add original")
    repo.git("mv", "original.env", "renamed.env")
    repo.commit("rename")
    return repo


def many_refs(out):
    """3,000 commits on main (counter.txt changes in each) and 5,000 tags
    (4,000 lightweight, 1,000 annotated), written with git fast-import:
    keys.env gets K[6] in commit 100 and K[7] on a second line in commit
    2000, late.env K[8] in commit 2999, and the message of annotated tag
    at-500 holds K[9]."""
    repo = Repo(os.path.join(out, "many-refs"))
    who = "Leak Gate <test@leakgate.invalid>"
    data = lambda text: f"data {len(text.encode())}\n{text}\n"
    stream = []
    extra = {100: ("keys.env", f"id = {K[6]}\n"),
             2000: ("keys.env", f"id = {K[6]}\nnew = {K[7]}\n"),
             2999: ("late.env", f"id = {K[8]}\n")}
    for i in range(3000):
        files = [("counter.txt", str(i))] + ([extra[i]] if i in extra else [])
        stream.append(f"commit refs/heads/main\nmark :{i + 1}\n"
                      f"author {who} {EPOCH + i} +0000\ncommitter {who} {EPOCH + i} +0000\n"
                      + data(f"commit {i}")
                      + "".join(f"M 100644 inline {path}\n" + data(text) for path, text in files))
    for j in range(4000):
        stream.append(f"reset refs/tags/lt-{j}\nfrom :{j % 3000 + 1}\n")
    for j in range(1000):
        message = f"release {j}" + (f" built with {K[9]}" if j == 500 else "")
        stream.append(f"tag at-{j}\nfrom :{j * 3 + 1}\ntagger {who} {EPOCH + j} +0000\n"
                      + data(message))
    repo.git("fast-import", "--quiet", input="".join(stream).encode())
    return repo


BUILDERS = {"history": history, "range": range_repo, "staged": staged,
            "unborn": unborn, "shallow": shallow, "corrupt": corrupt,
            "hidden": hidden, "layouts": layouts, "odd-refs": odd_refs, "packed": packed,
            "broken_packs": broken_packs, "submodules": submodules, "lfs": lfs,
            "loose-liars": loose_liars, "pack-liars": pack_liars, "bad-trees": bad_trees,
            "deep-tree": deep_tree, "bad-commits": bad_commits, "alternates": alternates,
            "merges": merges, "many-refs": many_refs}


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

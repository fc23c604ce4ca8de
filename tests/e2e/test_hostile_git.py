"""End-to-end: `leakgate git` on hostile repositories built by
corpus/make_git_repos.py: submodules, LFS pointers, loose and packed objects
that lie, malformed trees and commits, alternates that loop, an evil merge
and a rename, thousands of commits and tags. Every run has a timeout and,
outside sanitizer builds (ASan reserves terabytes of address space), 1 GiB
of address space, so a size a header claims cannot be allocated. Findings,
errors, skips and exit codes are asserted exactly.

Object ids: a loose object is checked against its name (its file is all
that binds the two, and hashing costs a fraction of inflating). A packed
object is not: its id comes from the pack index that `git index-pack`
computed, and hashing every packed byte would add a SHA-1 pass to the
whole scan; a forged index is still caught where it would loop (a tree that
contains itself, a commit that is its own ancestor)."""

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import unittest
import zlib

from leakgate_e2e import BIN, SOURCE_DIR

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_git_repos as repos  # noqa: E402

K = repos.HOSTILE_KEY_IDS
KEY_RULE = "aws-access-key-id"
TIMEOUT = 60
SANITIZED = bool(os.environ.get("LEAKGATE_SANITIZED"))
ADDRESS_SPACE = 1 << 30
REPOS = ("submodules", "lfs", "loose-liars", "pack-liars", "bad-trees", "deep-tree",
         "bad-commits", "alternates", "merges", "many-refs")
SUBMODULE = "submodule (gitlink): not part of this repository"
LFS = "Git LFS pointer: the content is not in the repository and was not scanned"


def limit_address_space():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def scan(repo):
    """`leakgate git --format json -j 2 REPO` (two threads, so that the
    address-space limit does not depend on the machine's CPU count);
    returns (exit code, report)."""
    result = subprocess.run([BIN, "git", "--format", "json", "-j", "2", repo], timeout=TIMEOUT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=None if SANITIZED else limit_address_space)
    try:
        return result.returncode, json.loads(result.stdout)
    except ValueError as error:
        raise AssertionError(f"not JSON ({error}), exit {result.returncode}, "
                             f"stderr: {result.stderr[-800:]!r}")


def git(repo, *args, input=None):
    result = subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, input=input)
    return result.stdout.decode(errors="replace").strip()


def object_id(kind, body):
    return hashlib.sha1(f"{kind} {len(body)}".encode() + b"\0" + body).hexdigest()


def planted(label):
    """The id of a blob that bad_trees planted with `label`."""
    return object_id("blob", repos.key_file(repos.KEY_ID, f"# {label}\n"))


def found(report):
    """(rule, path, line, column, commit) of each finding, sorted."""
    return sorted((f["rule"], f["location"]["path"], f["location"]["line"],
                   f["location"]["column"], f["git"]["commit"]) for f in report["findings"])


def reachable_blobs(repo):
    """How many distinct blobs every ref reaches, as git counts them."""
    objects = git(repo, "rev-list", "--all", "--objects").splitlines()
    types = git(repo, "cat-file", "--batch-check=%(objecttype)",
                input="\n".join(line.split()[0] for line in objects).encode())
    return types.split().count("blob")


class HostileGitTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-hostile-git-")
        repos.main(["make_git_repos.py", cls.tmp, *REPOS])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def repo(self, *parts):
        return os.path.join(self.tmp, *parts)

    def test_submodules_are_listed_never_followed(self):
        path = self.repo("submodules", "work", "super")
        escape = self.repo("submodules", "escape", "creds.env")
        with open(escape) as f:
            self.assertIn(K[2], f.read(), "the key outside the repository is planted")
        code, report = scan(path)
        self.assertEqual(code, 1)
        head = git(path, "rev-parse", "HEAD")
        self.assertEqual(found(report), [(KEY_RULE, "app.env", 1, 19, head)])
        self.assertEqual(report["errors"], [])
        self.assertEqual(sorted(report["skipped"], key=lambda s: s["path"]), [
            {"path": "escape", "reason": SUBMODULE},
            {"path": "vendor/ghost", "reason": SUBMODULE},
            {"path": "vendor/lib", "reason": SUBMODULE},
        ])
        text = json.dumps(report)
        self.assertNotIn(K[1][:8], text, "the submodule's own history is not scanned")
        self.assertNotIn(K[2][:8], text, "nothing outside the repository is read")

    def test_lfs_pointer_is_listed_and_a_look_alike_is_scanned(self):
        path = self.repo("lfs")
        code, report = scan(path)
        head = git(path, "rev-parse", "HEAD")
        self.assertEqual(code, 1)
        self.assertEqual(found(report), [(KEY_RULE, "app.env", 1, 19, head),
                                         (KEY_RULE, "assets/fake.bin", 4, 8, head)])
        self.assertEqual(report["skipped"], [{"path": "assets/model.bin", "reason": LFS}])
        self.assertEqual(report["errors"], [])
        self.assertEqual(report["summary"]["blobs"], 3, ".gitattributes, app.env, fake.bin")

    def test_lying_loose_objects_are_errors_naming_them(self):
        path = self.repo("loose-liars")
        blob = lambda name: git(path, "rev-parse", f"HEAD:{name}")
        code, report = scan(path)
        head = git(path, "rev-parse", "HEAD")
        self.assertEqual(code, 2)
        self.assertEqual(found(report), [(KEY_RULE, "good.env", 1, 19, head),
                                         (KEY_RULE, "source.env", 1, 19, head)])
        self.assertEqual(sorted(report["errors"], key=lambda e: e["path"]), [
            {"path": "garbage.txt", "object": blob("garbage.txt"),
             "message": "loose object has 4 bytes of garbage after its data"},
            {"path": "lie-3gib.txt", "object": blob("lie-3gib.txt"),
             "message": "loose object header claims 3221225472 bytes, more than its compressed "
                        "data can hold"},
            {"path": "longer.txt", "object": blob("longer.txt"),
             "message": "loose object is longer than its header says"},
            {"path": "mismatch.txt", "object": blob("mismatch.txt"),
             "message": f"loose object's content hashes to {blob('source.env')}, not to its name"},
        ])
        self.assertNotIn(K[6], json.dumps(report), "garbage.txt is not read as if it were sound")

    def test_lying_pack_entries_are_errors_naming_the_object_and_the_pack(self):
        path = self.repo("pack-liars")
        pack_dir = os.path.join(path, ".git", "objects", "pack")
        pack = [f for f in os.listdir(pack_dir) if f.endswith(".pack")][0]
        code, report = scan(path)
        head = git(path, "rev-parse", "HEAD")
        self.assertEqual(code, 2)
        self.assertEqual(found(report), [(KEY_RULE, "good.env", 1, 19, head),
                                         (KEY_RULE, "packed.env", 1, 19, head)])
        self.assertEqual(report["skipped"], [])
        errors = sorted(report["errors"], key=lambda e: e["path"])
        self.assertEqual([(e["path"], e["object"]) for e in errors],
                         [(name, git(path, "rev-parse", f"HEAD:{name}"))
                          for name in ("delta.txt", "huge.txt", "less.txt", "more.txt")])
        prefix = f"^pack {pack}: "
        for error, pattern in zip(errors, (
                r"delta at offset \d+ claims a 3221225472-byte result; its instructions make 3$",
                r"entry at offset \d+ claims 3221225472 bytes, more than its \d+ compressed "
                r"bytes can hold$",
                r"object data at offset \d+ does not match its size$",
                r"object data at offset \d+ does not match its size$")):
            self.assertRegex(error["message"], prefix.replace(".", r"\.") + pattern)

    def test_malformed_trees_are_walked_as_far_as_they_parse(self):
        path = self.repo("bad-trees")
        ref = lambda name: git(path, "rev-parse", f"refs/heads/{name}")
        code, report = scan(path)
        self.assertEqual(code, 2)
        bomb = [f for f in found(report) if f[1].endswith("bomb.env")]
        self.assertEqual([f for f in found(report) if f not in bomb], sorted([
            (KEY_RULE, "", 1, 19, ref("empty-name")),
            (KEY_RULE, ".", 1, 19, ref("dots")),
            (KEY_RULE, "../up.env", 1, 19, ref("dots")),
            (KEY_RULE, "a.env", 1, 19, ref("unsorted")),
            (KEY_RULE, "a/b.env", 1, 19, ref("slash")),
            (KEY_RULE, "after.env", 1, 19, ref("bad-mode")),
            (KEY_RULE, "before.env", 1, 19, ref("bad-mode")),
            (KEY_RULE, "dir/", 1, 19, ref("empty-name")),
            (KEY_RULE, "dup.env", 1, 19, ref("duplicates")),
            (KEY_RULE, "dup.env", 1, 19, ref("duplicates")),
            (KEY_RULE, "gitlink-to-blob.env", 1, 19, ref("modes")),
            (KEY_RULE, "good.env", 1, 19, ref("main")),
            (KEY_RULE, "kept.env", 1, 19, ref("truncated")),
            (KEY_RULE, "loop.env", 1, 19, ref("cycle")),
            (KEY_RULE, "mode-0.env", 1, 19, ref("modes")),
            (KEY_RULE, "mode-123456.env", 1, 19, ref("modes")),
            (KEY_RULE, "z.env", 1, 19, ref("unsorted")),
        ]))
        self.assertEqual(sorted(f["secret"] for f in report["findings"]
                                if f["location"]["path"] == "dup.env"), sorted([K[11], K[12]]))
        tree = lambda name: git(path, "rev-parse", f"refs/heads/{name}^{{tree}}")
        forged = hashlib.sha1(b"a tree that contains itself").hexdigest()
        self.assertEqual(sorted(report["errors"], key=lambda e: (e["path"], e["object"])), sorted([
            {"path": "", "object": tree("truncated"),
             "message": "malformed tree: tree entry is truncated at byte 36"},
            {"path": "", "object": tree("bad-mode"),
             "message": "malformed tree: tree entry has a bad mode at byte 38"},
            {"path": "blob-as-tree", "object": planted("blob as tree"),
             "message": "expected a tree"},
            {"path": "loop", "object": forged,
             "message": "tree contains itself (a forged object id)"},
        ], key=lambda e: (e["path"], e["object"])))

        # A git bomb: 10^9 paths, each of the six lowest trees walked at 1,000.
        self.assertEqual(len(bomb), 1000)
        self.assertEqual(len({f[1] for f in bomb}), 1000)
        self.assertEqual({f[4] for f in bomb}, {ref("bomb")})
        self.assertTrue(all(len(f[1].split("/")) == 10 for f in bomb))
        bomb_trees = [object_id("tree", repos.tree_body(("100644", "bomb.env", planted("bomb"))))]
        for _ in range(5):
            bomb_trees.append(object_id("tree", repos.tree_body(
                *(("40000", name, bomb_trees[-1]) for name in "abcdefghij"))))
        refused = "has entry names git refuses (empty, '.', '..' or with '/'): reported as written"
        dir_tree = object_id("tree", repos.tree_body(("100644", "", planted("empty in dir"))))
        self.assertEqual(sorted(report["warnings"]), sorted(
            [f"tree {tree(name)} at '' {refused}" for name in ("empty-name", "dots", "slash")]
            + [f"tree {dir_tree} at 'dir' {refused}"]
            + [f"tree {t} is at more than 1000 paths; its content was scanned, but only the "
               "first paths are listed" for t in bomb_trees]))

    def test_a_tree_3000_deep_is_walked_without_recursion(self):
        path = self.repo("deep-tree")
        main = git(path, "rev-parse", "refs/heads/main")
        code, report = scan(path)
        self.assertEqual(code, 2, "the 20 KB path on too-deep")
        self.assertEqual(found(report), [(KEY_RULE, "d/" * 3000 + "deep.env", 1, 19, main),
                                         (KEY_RULE, "top.env", 1, 19, main)])
        self.assertEqual(len(report["errors"]), 1)
        error = report["errors"][0]
        components = error["path"][:-3].split("/")
        self.assertEqual((error["message"], error["path"][-3:], len(error["path"])),
                         ("tree nested too deep: path longer than 16384 bytes", "...", 259))
        self.assertTrue(all(repos.DEEP_LONG_NAME.startswith(c) for c in components))
        self.assertEqual(git(path, "cat-file", "-t", error["object"]), "tree")

    def test_odd_commit_headers_keep_their_trees_and_parents(self):
        path = self.repo("bad-commits")
        ref = lambda name: git(path, "rev-parse", f"refs/heads/{name}")
        parent = lambda name: git(path, "cat-file", "commit", ref(name)).split("parent ")[1][:40]
        names = ("time-overflow", "time-negative", "no-author", "nul-in-header", "garbage-header",
                 "cycle")
        code, report = scan(path)
        self.assertEqual(code, 1)
        self.assertEqual(report["errors"], [])
        self.assertEqual(found(report), sorted(
            [(KEY_RULE, f"{name}.env", 1, 19, ref(name)) for name in names]
            + [(KEY_RULE, f"parent-{name}.env", 1, 19, parent(name)) for name in names]))
        self.assertEqual(parent("cycle"), hashlib.sha1(b"a parent that loops back").hexdigest())
        by_path = {f["location"]["path"]: f["git"] for f in report["findings"]}
        self.assertEqual(by_path["time-overflow.env"]["date"], "1970-01-01T00:00:00Z")
        self.assertEqual(by_path["time-negative.env"]["date"], "1916-02-18T01:46:40Z")
        self.assertEqual((by_path["no-author.env"]["author"], by_path["no-author.env"]["email"]),
                         (None, None))
        self.assertEqual(by_path["nul-in-header.env"]["author"], "Leak\0Gate")
        self.assertTrue(by_path["garbage-header.env"]["author"].startswith("Le"))

    def test_alternates_that_loop_are_read_once(self):
        objects = lambda name: self.repo("alternates", name, ".git", "objects")
        for name, other in (("self", "self"), ("a", "b"), ("b", "a")):
            path = self.repo("alternates", name)
            code, report = scan(path)
            self.assertEqual(code, 1, name)
            self.assertEqual(report["errors"], [], name)
            self.assertEqual(found(report), [(KEY_RULE, f"{name}.env", 1, 19,
                                              git(path, "rev-parse", "HEAD"))], name)
            self.assertEqual(report["warnings"], [
                f"objects/info/alternates names {objects(other)}: objects there were read as "
                "part of this repository"], name)

    def test_evil_merge_once_at_the_merge_and_a_rename_once_per_path(self):
        path = self.repo("merges")
        c = lambda subject: git(path, "log", "--all", "--format=%H", f"--grep=^{subject}$")
        code, report = scan(path)
        self.assertEqual(code, 1)
        self.assertEqual(report["errors"], [])
        self.assertEqual(found(report), [
            (KEY_RULE, "evil.env", 1, 19, c("evil merge")),
            (KEY_RULE, "original.env", 1, 19, c("add original")),
            (KEY_RULE, "renamed.env", 1, 19, c("rename")),
            (KEY_RULE, "shared.txt", 2, 7, c("evil merge")),
        ])
        self.assertEqual([f["occurrences"] for f in report["findings"]], [1, 1, 1, 1])
        blobs = {f["location"]["path"]: f["git"]["blob"] for f in report["findings"]}
        self.assertEqual(blobs["original.env"], blobs["renamed.env"])
        self.assertEqual(report["summary"]["blobs"], reachable_blobs(path), "each blob read once")

    def test_thousands_of_commits_and_tags(self):
        path = self.repo("many-refs")
        commit = lambda i: git(path, "rev-parse", f"main~{2999 - i}")
        code, report = scan(path)
        self.assertEqual(code, 1)
        self.assertEqual((report["errors"], report["warnings"]), ([], []))
        self.assertEqual(sorted((f["rule"], f["location"]["path"], f["location"]["line"],
                                 f["location"]["column"], f["git"].get("commit"))
                                for f in report["findings"]), [
            (KEY_RULE, "(tag message refs/tags/at-500)", 1, 24, None),
            (KEY_RULE, "keys.env", 1, 6, commit(100)),
            (KEY_RULE, "keys.env", 2, 7, commit(2000)),
            (KEY_RULE, "late.env", 1, 6, commit(2999)),
        ])
        self.assertEqual(report["summary"]["blobs"], reachable_blobs(path), "each blob read once")
        self.assertEqual(report["summary"]["blobs"], 3003)


def one_commit_repository(path, files):
    """A repository at `path` with one commit holding `files` (path: text)."""
    git(path, "init", "-q")
    for name, text in files.items():
        full = os.path.join(path, name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)
    git(path, "add", ".")
    git(path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")


class MetadataLimitTest(unittest.TestCase):
    def test_a_tree_over_128_mib_is_an_error_not_read(self):
        # Commits, trees and tags are capped, so that no delta chain or
        # header can make the walk build gigabytes; real trees are far
        # smaller. 130 MiB of zeros compresses to 130 KB, a plausible ratio.
        with tempfile.TemporaryDirectory(prefix="leakgate-tree-limit-") as path:
            one_commit_repository(path, {"a.env": f"AWS_ACCESS_KEY_ID={repos.KEY_ID}\n",
                                         "sub/x": "x\n"})
            tree = git(path, "rev-parse", "HEAD:sub")
            loose = os.path.join(path, ".git", "objects", tree[:2], tree[2:])
            os.chmod(loose, 0o644)
            size = 130 << 20
            with open(loose, "wb") as f:
                f.write(zlib.compress(b"tree %d\0" % size + bytes(size), 9))
            code, report = scan(path)
            self.assertEqual(code, 2)
            self.assertEqual(report["errors"], [
                {"path": "sub", "object": tree,
                 "message": f"tree larger than 128 MiB ({size} bytes)"}])
            self.assertEqual([f["location"]["path"] for f in report["findings"]], ["a.env"])


class FindingLimitTest(unittest.TestCase):
    def test_a_blob_of_many_keys_reports_the_first_thousand_and_says_so(self):
        import random
        import make_hostile_files
        rng = random.Random(9)
        with tempfile.TemporaryDirectory(prefix="leakgate-limit-") as path:
            body = "".join(f"id{i} = {make_hostile_files.key_id(rng)}\n" for i in range(1500))
            one_commit_repository(path, {"dump.txt": body})
            code, report = scan(path)
            self.assertEqual(code, 1)
            self.assertEqual([f["location"]["line"] for f in report["findings"]],
                             list(range(1, 1001)))
            blob = object_id("blob", body.encode())
            self.assertEqual(report["warnings"], [
                f"dump.txt (blob {blob}): 500 more findings not reported (at most 1000 per "
                "file; raise it with --max-findings-per-file)"])


if __name__ == "__main__":
    unittest.main()

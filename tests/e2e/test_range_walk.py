"""End-to-end: `leakgate git --range A..B` walks only the commits of the range
(B's history without A's), whatever the shape: merges, a base on another
branch, clock skew and equal timestamps, with and without a commit-graph
(single file or split chain), shallow clones, and a base the clone lacks.

Every non-merge commit adds one file holding a key of its own, so the set of
commits with findings must equal `git rev-list --no-merges A..B` exactly."""

import hashlib
import os
import shutil
import subprocess
import tempfile
import unittest

from leakgate_e2e import run_json

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BASE_ENV = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
                GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com",
                GIT_CONFIG_NOSYSTEM="1", HOME="/nonexistent")


def key(n):
    digest = hashlib.sha256(str(n).encode()).digest()
    return "AKIA" + "".join(ALPHABET[b % 32] for b in digest[:16])


class Repo:
    """A repository whose commits are made at chosen times."""

    def __init__(self, path):
        self.path = path
        self.count = 0
        subprocess.run(["git", "init", "-q", "-b", "main", path], check=True, env=BASE_ENV)

    def git(self, *args, when=None):
        env = dict(BASE_ENV)
        if when is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{when} +0000"
        return subprocess.run(["git", "-C", self.path, *args], check=True, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout.decode().strip()

    def commit(self, when):
        """A commit adding k<n>.env with key(n); returns its id."""
        n = self.count
        self.count += 1
        with open(os.path.join(self.path, f"k{n}.env"), "w") as f:
            f.write(f"KEY={key(n)}\n")
        self.git("add", f"k{n}.env")
        self.git("commit", "-qm", f"c{n}", when=when)
        return self.git("rev-parse", "HEAD")

    def merge(self, other, when):
        self.git("merge", "-q", "--no-ff", "-m", "merge", other, when=when)
        return self.git("rev-parse", "HEAD")


def range_commits(path, spec):
    code, report = run_json("git", "--range", spec, path)
    return code, report, sorted({f["git"]["commit"] for f in report["findings"]})


class RangeWalkTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="leakgate-range-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def assertRangeMatchesGit(self, repo, spec):
        expected = sorted(repo.git("rev-list", "--no-merges", spec).split())
        code, report, commits = range_commits(repo.path, spec)
        self.assertEqual(report["errors"], [], spec)
        self.assertEqual(commits, expected, spec)
        self.assertEqual(code, 1 if expected else 0, spec)
        return expected

    def merges_and_skew(self, when):
        """main: c0 c1 c2 M(c2, t1) c3; topic from c0: t0 t1. `when` maps a
        commit's position to its time, so callers can skew the clock."""
        repo = Repo(os.path.join(self.tmp, "r"))
        ids = {"c0": repo.commit(when(0))}
        repo.git("branch", "topic")
        ids["c1"] = repo.commit(when(1))
        ids["c2"] = repo.commit(when(2))
        repo.git("checkout", "-q", "topic")
        ids["t0"] = repo.commit(when(3))
        ids["t1"] = repo.commit(when(4))
        repo.git("checkout", "-q", "main")
        ids["M"] = repo.merge("topic", when(5))
        ids["c3"] = repo.commit(when(6))
        return repo, ids

    def check_shapes(self, repo, ids):
        for spec in ("HEAD~1..HEAD", "main~1..main", f"{ids['c1']}..main",
                     f"{ids['t0']}..main", "topic..main", "main..topic",
                     f"{ids['c2']}..topic", f"{ids['c0']}..main", "main..main"):
            self.assertRangeMatchesGit(repo, spec)

    def test_merges_with_ordered_dates(self):
        repo, ids = self.merges_and_skew(lambda i: 1700000000 + 100 * i)
        self.assertEqual(self.assertRangeMatchesGit(repo, f"{ids['c2']}..main"),
                         sorted([ids["t0"], ids["t1"], ids["c3"]]))
        self.assertEqual(self.assertRangeMatchesGit(repo, "topic..main"),
                         sorted([ids["c1"], ids["c2"], ids["c3"]]))
        self.check_shapes(repo, ids)

    def test_base_that_is_not_an_ancestor(self):
        repo, ids = self.merges_and_skew(lambda i: 1700000000 + 100 * i)
        # t1 is on a side branch: main..t1 is empty, c2..t1 the topic's two.
        self.assertEqual(self.assertRangeMatchesGit(repo, f"{ids['c2']}..{ids['t1']}"),
                         sorted([ids["t0"], ids["t1"]]))
        self.assertEqual(self.assertRangeMatchesGit(repo, f"{ids['t1']}..{ids['c2']}"),
                         sorted([ids["c1"], ids["c2"]]))

    def test_clock_skew_and_equal_timestamps(self):
        # The topic's commits claim to predate the fork; then every commit in
        # the same second.
        skewed = [1700000500, 1700000600, 1700000700, 1700000100, 1700000050,
                  1700000800, 1700000900]
        repo, ids = self.merges_and_skew(lambda i: skewed[i])
        self.check_shapes(repo, ids)
        shutil.rmtree(repo.path)
        repo, ids = self.merges_and_skew(lambda i: 1700000000)
        self.check_shapes(repo, ids)

    def test_a_long_base_side_behind_a_skewed_branch(self):
        # A base whose history is long and dated in the future: a walk by date
        # alone would stop too soon or walk it all; the answer must not change.
        repo = Repo(os.path.join(self.tmp, "r"))
        fork = repo.commit(1700000000)
        for i in range(30):
            repo.commit(1800000000 + i)
        repo.git("checkout", "-q", "-b", "side", fork)
        side = [repo.commit(1700000100 + i) for i in range(3)]
        repo.git("checkout", "-q", "main")
        repo.merge("side", 1800000100)
        self.assertEqual(self.assertRangeMatchesGit(repo, "main~1..main"), sorted(side))
        self.assertEqual(self.assertRangeMatchesGit(repo, "main..side"), [])
        self.assertEqual(self.assertRangeMatchesGit(repo, "main~20..side"), sorted(side))
        self.assertEqual(len(self.assertRangeMatchesGit(repo, "side..main")), 30)

    def test_with_a_commit_graph_file_and_a_split_chain(self):
        skewed = [1700000500, 1700000600, 1700000700, 1700000100, 1700000050,
                  1700000800, 1700000900]
        repo, ids = self.merges_and_skew(lambda i: skewed[i])
        repo.git("commit-graph", "write", "--reachable")
        self.assertTrue(os.path.exists(os.path.join(repo.path, ".git/objects/info/commit-graph")))
        self.check_shapes(repo, ids)
        # Commits newer than the graph, then a split graph over them.
        ids["c4"] = repo.commit(1700001000)
        self.check_shapes(repo, ids)
        repo.git("commit-graph", "write", "--reachable", "--split=no-merge")
        info = os.path.join(repo.path, ".git/objects/info")
        if os.path.exists(os.path.join(info, "commit-graph")):
            os.remove(os.path.join(info, "commit-graph"))
        self.assertTrue(os.path.exists(os.path.join(info, "commit-graphs/commit-graph-chain")))
        self.check_shapes(repo, ids)

    def test_shallow_clone(self):
        repo, ids = self.merges_and_skew(lambda i: 1700000000 + 100 * i)
        clone = os.path.join(self.tmp, "shallow")
        subprocess.run(["git", "clone", "-q", "--depth", "2", "file://" + repo.path, clone],
                       check=True, env=BASE_ENV, stderr=subprocess.PIPE)
        shallow = Repo.__new__(Repo)
        shallow.path = clone
        self.assertEqual(self.assertRangeMatchesGit(shallow, "HEAD~1..HEAD"), [ids["c3"]])
        # The base is not in the clone: exit 2, and the message says why.
        code, report, commits = range_commits(clone, f"{ids['c0']}..HEAD")
        self.assertEqual((code, commits), (2, []))
        self.assertEqual(len(report["errors"]), 1)
        message = report["errors"][0]["message"]
        self.assertTrue(message.startswith(f"cannot resolve {ids['c0']}"), message)
        self.assertIn("this is a shallow clone", message)

    def test_a_base_missing_from_a_full_clone(self):
        repo, ids = self.merges_and_skew(lambda i: 1700000000 + 100 * i)
        missing = "0123456789abcdef0123456789abcdef01234567"
        code, report, commits = range_commits(repo.path, f"{missing}..HEAD")
        self.assertEqual((code, commits), (2, []))
        self.assertEqual([e["message"].split(":")[0] for e in report["errors"]],
                         [f"cannot resolve {missing}"])


if __name__ == "__main__":
    unittest.main()

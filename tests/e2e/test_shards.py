"""End-to-end: `leakgate git --shard K/N` and `leakgate merge` (issue 17).

For N = 1, 2, 3 and 7, merging the N shard reports gives the unsharded
report byte for byte (only summary.duration_ms, a wall-clock time, differs),
in every format that has no clock in it, with the same exit code: on the
test repositories (history, merges, stash and tags, corrupt objects, LFS,
submodules), a generated history of 400 commits written by git fast-import,
a repository with inline allows, an ignore file (one entry expired) and a
baseline, and several repositories at once. Reports that are not the N
shards of one run are refused with exit 2."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

from leakgate_e2e import KEY_ID, OTHER_KEY_ID, OTHER_SECRET_KEY, SECRET_KEY, SOURCE_DIR, run

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_git_repos as repos  # noqa: E402

DURATION = re.compile(rb'"duration_ms": ?\d+|, \d+ ms\)')
REPOS = ("history", "merges", "corrupt", "lfs", "submodules", "odd-refs")


def git(repo, *args):
    env = dict(os.environ, GIT_AUTHOR_DATE="2026-01-02T03:04:05Z",
               GIT_COMMITTER_DATE="2026-01-02T03:04:05Z")
    subprocess.run(["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com",
                    *args], check=True, env=env, stdout=subprocess.DEVNULL)


def suppressed_repo(path):
    """Secrets kept, allowed inline, ignored by fingerprint, and one whose
    ignore entry has expired; edited over three commits."""
    os.makedirs(path)
    git(path, "init", "-q", "-b", "main")
    with open(os.path.join(path, "a.env"), "w") as f:
        f.write(f"aws_access_key_id={KEY_ID}\naws_secret_access_key={SECRET_KEY}\n")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "one")
    with open(os.path.join(path, "b.py"), "w") as f:
        f.write(f'key = "{OTHER_KEY_ID}"  # leakgate:allow\n'
                f'secret = "{OTHER_SECRET_KEY}"\n')
    with open(os.path.join(path, "a.env"), "a") as f:
        f.write("region=eu-west-1\n")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "two")


class ShardTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-shards-")
        repos.main(["make_git_repos.py", cls.tmp, *REPOS])
        subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "corpus", "generate_history.py"),
                        "--out", os.path.join(cls.tmp, "generated"), "--commits", "400",
                        "--size-mib", "2"], check=True, stdout=subprocess.DEVNULL)
        suppressed_repo(os.path.join(cls.tmp, "suppressed"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def repo(self, name):
        return os.path.join(self.tmp, name)

    def shards(self, args, count, extra=(), name="shard"):
        """Runs the `count` shards of `git args`; returns the report paths."""
        paths = []
        for k in range(count):
            path = os.path.join(self.tmp, f"{name}-{k}-of-{count}.jsonl")
            result = run("git", *args, "--shard", f"{k}/{count}", "-q", "-o", path, *extra)
            self.assertEqual(result.returncode, 0, result.stderr)
            paths.append(path)
        return paths

    def assert_merge_equals(self, args, count, formats=("json",)):
        paths = self.shards(args, count)
        for form in formats:
            whole = run("git", *args, "-q", "-f", form)
            merged = run("merge", *paths, "-f", form)
            self.assertEqual(merged.returncode, whole.returncode, merged.stderr)
            self.assertEqual(DURATION.sub(b"", merged.stdout), DURATION.sub(b"", whole.stdout),
                             f"{args} in {count} shards, {form}")
        return paths

    def test_every_test_repository_in_1_2_3_and_7_shards(self):
        for name in REPOS:
            for count in (1, 2, 3, 7):
                with self.subTest(repo=name, shards=count):
                    self.assert_merge_equals([self.repo(name), "-j2"], count)

    def test_a_generated_history_in_every_format_without_a_clock(self):
        whole = run("git", self.repo("generated"), "-q", "-f", "json")
        self.assertEqual(whole.returncode, 1)
        self.assertGreater(whole.stdout.count(b'"rule":'), 10)
        for count in (1, 2, 3, 7):
            with self.subTest(shards=count):
                self.assert_merge_equals([self.repo("generated")], count,
                                         ("json", "jsonl", "sarif", "text"))

    def test_suppressions_apply_after_the_merge(self):
        repo = self.repo("suppressed")
        fingerprints = list(dict.fromkeys(re.findall(
            rb'"fingerprint": "(lg1:[0-9a-f]+)"', run("git", repo, "-q", "-f", "json").stdout)))
        self.assertGreaterEqual(len(fingerprints), 3)
        ignore = os.path.join(self.tmp, "ignore")
        with open(ignore, "w") as f:
            f.write(f"{fingerprints[0].decode()} a.env\n"
                    f"{fingerprints[1].decode()} expires=2020-01-01\n"
                    f"lg1:{'0' * 32}\n")
        for count in (2, 7):
            with self.subTest(shards=count):
                args = [repo, "--ignore-file", ignore, "--report-unused-ignores"]
                self.assert_merge_equals(args, count)
                merged = run("merge", *self.shards(args, count), "-f", "json").stdout
                self.assertIn(b'"inline": 1', merged)
                self.assertIn(b'"ignore_file": 1', merged)
                self.assertIn(b"expired on 2020-01-01; finding reported again", merged)
                self.assertIn(b"matched no finding", merged)

    def test_several_repositories_are_shared_out_whole(self):
        args = [self.repo("history"), self.repo("lfs"), self.repo("merges"),
                os.path.join(self.tmp, "no-such-repo")]
        for count in (1, 2, 3, 7):
            with self.subTest(shards=count):
                self.assert_merge_equals(args, count, ("json", "text"))

    def test_reports_that_are_not_the_shards_of_one_run_are_refused(self):
        history = self.repo("history")
        paths = self.shards([history], 3)
        state = os.path.join(self.tmp, "state")
        shutil.rmtree(state, ignore_errors=True)
        shutil.copytree(history, state)
        before = self.shards([state], 3, name="before")
        git(state, "commit", "-q", "--allow-empty", "-m", "moved on")
        moved = self.shards([state], 3, name="moved")[1]
        confident = os.path.join(self.tmp, "confident.jsonl")
        run("git", history, "--shard", "1/3", "--min-confidence", "high", "-o", confident)
        four = self.shards([history], 4, name="four")[1]
        truncated = os.path.join(self.tmp, "truncated.jsonl")
        with open(paths[2], "rb") as f, open(truncated, "wb") as out:
            out.write(b"".join(f.readlines()[:-1]))
        plain = os.path.join(self.tmp, "plain.json")
        run("git", history, "-f", "json", "-o", plain)
        cases = {
            "a shard missing": ([paths[0], paths[2]], b"shard 1 of 3 is missing"),
            "a shard twice": ([paths[0], paths[1], paths[1], paths[2]],
                              b"shard 1 of 3 is given more than once"),
            "another state of the repository": ([before[0], moved, before[2]],
                                                b"at different states"),
            "other options": ([paths[0], confident, paths[2]], b"with other options"),
            "another shard count": ([paths[0], four, paths[2]], b"one of 4 shards, not 3"),
            "a truncated report": ([paths[0], paths[1], truncated], b"truncated"),
            "not a shard report": ([plain], b"not a shard report"),
        }
        for name, (given, message) in cases.items():
            with self.subTest(name):
                result = run("merge", *given, "-f", "json")
                self.assertEqual(result.returncode, 2, name)
                self.assertEqual(result.stdout, b"")
                self.assertIn(message, result.stderr)

    def test_usage_errors(self):
        history = self.repo("history")
        for args, message in (
                (["--shard", "3/3"], b"--shard takes K/N"),
                (["--shard", "1"], b"--shard takes K/N"),
                (["--shard", "0/2", "--staged"], b"does not combine"),
                (["--shard", "0/2", "-f", "sarif"], b"goes on the merge")):
            with self.subTest(args=args):
                result = run("git", history, *args)
                self.assertEqual(result.returncode, 2)
                self.assertIn(message, result.stderr)


if __name__ == "__main__":
    unittest.main()

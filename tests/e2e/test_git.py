"""End-to-end: `leakgate git` on repositories built by
corpus/make_git_repos.py: history, staged changes, ranges, shallow clones
and broken objects, with exact (rule, path, line, commit) expectations."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from leakgate_e2e import CORPUS_TREE, SOURCE_DIR, run, run_json, spots

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_git_repos as repos  # noqa: E402

KEY_RULE = "aws-access-key-id"
SECRET_RULE = "aws-secret-access-key"


def git(repo, *args, input=None):
    """git as the tests' oracle, blind to replace refs and grafts like leakgate."""
    env = dict(os.environ, GIT_NO_REPLACE_OBJECTS="1", GIT_GRAFT_FILE="/nonexistent")
    return subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env,
                          input=input.encode() if input else None).stdout.decode().strip()


def commit_with_subject(repo, subject):
    ids = git(repo, "log", "--all", "--format=%H %s").splitlines()
    matches = [line.split(" ", 1)[0] for line in ids if line.split(" ", 1)[1] == subject]
    assert len(matches) == 1, (subject, matches)
    return matches[0]


def found(report):
    """(rule, path, line, commit) of each finding, sorted."""
    return sorted((f["rule"], f["location"]["path"], f["location"]["line"],
                   f["git"]["commit"]) for f in report["findings"])


class GitRepositoriesTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-git-")
        repos.main(["make_git_repos.py", cls.tmp])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def repo(self, name):
        return os.path.join(self.tmp, name)

    def test_history_every_ref_once_per_path_at_the_introducing_commit(self):
        path = self.repo("history")
        c = lambda subject: commit_with_subject(path, subject)
        stash = git(path, "rev-parse", "refs/stash")
        notes = git(path, "rev-parse", "refs/notes/commits")
        annotated = git(path, "rev-parse", "HEAD~1")
        code, report = run_json("git", path)
        self.assertEqual(code, 1)
        self.assertEqual(report["errors"], [])
        self.assertEqual(found(report), sorted([
            (KEY_RULE, "(commit message)", 1, c(f"rotate: old key was {repos.MESSAGE_KEY_ID}")),
            (KEY_RULE, "(tag message refs/tags/v1.0)", 1, None),
            (KEY_RULE, annotated, 1, notes),
            (KEY_RULE, "README.md", 2, stash),
            (KEY_RULE, "config/.env", 1, c("add settings")),
            (SECRET_RULE, "config/.env", 2, c("add settings")),
            (KEY_RULE, "deploy/creds.txt", 1, c("re-add the key elsewhere")),
            (KEY_RULE, "feature.py", 3, c("feature work")),
            (KEY_RULE, "refs/tags/blob-tag", 1, None),
        ]))
        by_path = {f["location"]["path"]: f for f in report["findings"]}
        self.assertEqual(by_path["config/.env"]["occurrences"], 6, "added, then edited 5 times")
        self.assertEqual(by_path["config/.env"]["git"]["author"], "Leak Gate")
        self.assertEqual(by_path["config/.env"]["git"]["date"], "2026-01-02T03:00:02Z")
        self.assertEqual(report["summary"]["files"], 0)
        self.assertGreater(report["summary"]["blobs"], 5)

    def test_staged_reports_only_what_the_commit_adds(self):
        path = self.repo("staged")
        code, report = run_json("git", "--staged", path)
        self.assertEqual(code, 1)
        self.assertEqual(found(report), [(KEY_RULE, "staged.env", 2, None)])
        blob = git(path, "rev-parse", ":staged.env")
        self.assertEqual(report["findings"][0]["git"]["blob"], blob)

    def test_staged_on_an_unborn_head(self):
        code, report = run_json("git", "--staged", self.repo("unborn"))
        self.assertEqual(code, 1)
        self.assertEqual(found(report), [(KEY_RULE, "first.env", 1, None)])

    def test_staged_clean_change_exits_0(self):
        path = tempfile.mkdtemp(dir=self.tmp)
        git(path, "init", "-q")
        with open(os.path.join(path, "ok.txt"), "w") as f:
            f.write("nothing to see\n")
        git(path, "add", "ok.txt")
        code, report = run_json("git", "--staged", path)
        self.assertEqual((code, report["findings"]), (0, []))

    def test_range_reports_only_keys_new_in_the_range(self):
        path = self.repo("range")
        c = lambda subject: commit_with_subject(path, subject)
        for args in (["--range", "base..topic"], ["--since-commit", "base"]):
            if args[0] == "--since-commit":
                git(path, "checkout", "-q", "topic")
            code, report = run_json("git", *args, path)
            self.assertEqual(code, 1, args)
            self.assertEqual(found(report), [
                (KEY_RULE, "new.env", 1, c("new key")),
                (KEY_RULE, "temp.txt", 1, c("add then remove")),
            ], args)

    def test_range_with_a_missing_base_exits_2(self):
        code, report = run_json("git", "--range", "0123456789abcdef0123456789abcdef01234567..HEAD",
                                self.repo("range"))
        self.assertEqual(code, 2)
        self.assertEqual(len(report["errors"]), 1)
        self.assertIn("cannot resolve", report["errors"][0]["message"])

    def test_shallow_clone_is_scanned_with_a_warning_and_no_errors(self):
        path = self.repo("shallow")
        head = git(path, "rev-parse", "HEAD")
        code, report = run_json("git", path)
        self.assertEqual(code, 1)
        self.assertEqual(report["errors"], [])
        self.assertEqual(report["warnings"],
                         ["shallow clone: history before 1 boundary commit(s) was not scanned"])
        self.assertIn((KEY_RULE, "deploy/creds.txt", 1, head), found(report))

    def test_broken_objects_are_errors_and_the_rest_is_found(self):
        path = self.repo("corrupt")
        c = lambda rev: git(path, "rev-parse", rev)  # git log cannot walk it
        code, report = run_json("git", path, timeout=60)
        self.assertEqual(code, 2)
        self.assertEqual(found(report), [
            (KEY_RULE, "branch.env", 1, c("orphaned")),
            (KEY_RULE, "good.env", 1, c("main~1")),
            (KEY_RULE, "later.env", 1, c("main")),
        ])
        errors = {(e["path"], e["message"].split(":")[0]) for e in report["errors"]}
        self.assertIn(("refs/heads/ghost", "object named by the ref not found"), errors)
        self.assertIn(("truncated.txt", "loose object is truncated"), errors)
        self.assertIn(("corrupt.txt", "loose object is truncated"), errors)
        messages = {e["path"]: e["message"] for e in report["errors"]}
        self.assertIn("claims 4611686018427387904 bytes", messages["liar.txt"])
        self.assertTrue(any(e["message"].startswith("commit (parent of ") and
                            e["message"].endswith(") not found") for e in report["errors"]))

    def test_replace_refs_and_grafts_do_not_hide_a_secret(self):
        path = self.repo("hidden")
        code, report = run_json("git", path)
        self.assertEqual(code, 1)
        c = lambda subject: commit_with_subject(path, subject)
        self.assertEqual(found(report), [
            (KEY_RULE, "grafted.env", 1, c("second")),
            (KEY_RULE, "replaced.env", 1, c("holds a key")),
        ])
        self.assertEqual(len(report["warnings"]), 1)
        self.assertIn("alternates", report["warnings"][0])

    def test_refs_to_trees_remote_refs_and_an_unparsable_commit(self):
        path = self.repo("odd-refs")
        broken = git(path, "rev-parse", "refs/heads/broken")
        code, report = run_json("git", path)
        self.assertEqual(code, 2)
        self.assertEqual(found(report), [
            (KEY_RULE, "remote.env", 1, git(path, "rev-parse", "refs/remotes/origin/remote-work")),
            (KEY_RULE, "tree-only/creds.env", 1, None),
        ])
        self.assertEqual(report["errors"], [
            {"path": "", "object": broken,
             "message": "unparsable commit (refs/heads/broken): commit has no valid tree line"}])

    def test_corrupt_index_and_symref_loop(self):
        path = os.path.join(self.tmp, "broken-index")
        shutil.copytree(self.repo("staged"), path)
        with open(os.path.join(path, ".git", "index"), "r+b") as index:
            index.seek(12)
            index.write(b"\xff" * 64)
        code, report = run_json("git", "--staged", path)
        self.assertEqual(code, 2)
        self.assertIn("cannot read the index", report["errors"][0]["message"])
        refs = os.path.join(path, ".git", "refs", "heads")
        with open(os.path.join(refs, "loop-a"), "w") as f:
            f.write("ref: refs/heads/loop-b\n")
        with open(os.path.join(refs, "loop-b"), "w") as f:
            f.write("ref: refs/heads/loop-a\n")
        code, report = run_json("git", path)
        self.assertEqual(code, 2)
        self.assertEqual(sorted(e["path"] for e in report["errors"]),
                         ["refs/heads/loop-a", "refs/heads/loop-b"])
        self.assertIn((KEY_RULE, "committed.cfg", 1), [f[:3] for f in found(report)])

    def test_bare_repositories_and_linked_worktrees(self):
        expected = [(KEY_RULE, "app.env", 1)]
        for name in ("layouts", "layouts-bare", "layouts-worktree"):
            code, report = run_json("git", self.repo(name))
            self.assertEqual(code, 1, name)
            self.assertEqual([f[:3] for f in found(report)], expected, name)
        with open(os.path.join(self.repo("layouts-worktree"), "wt.env"), "w") as f:
            f.write(f"AWS_ACCESS_KEY_ID={repos.NEW_KEY_ID}\n")
        git(self.repo("layouts-worktree"), "add", "wt.env")
        code, report = run_json("git", "--staged", self.repo("layouts-worktree"))
        self.assertEqual([f[:3] for f in found(report)], [(KEY_RULE, "wt.env", 1)])

    def test_a_repository_owned_by_another_user_is_refused_naming_safe_directory(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to give the repository away")
        path = os.path.join(self.tmp, "foreign")
        shutil.copytree(self.repo("range"), path)
        subprocess.run(["chown", "-R", "65534:65534", path], check=True)
        home = tempfile.mkdtemp(dir=self.tmp)  # no safe.directory opt-in there
        result = run("git", "-f", "json", path, env=dict(os.environ, HOME=home))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"safe.directory", result.stderr)
        self.assertIn("safe.directory", json.loads(result.stdout)["errors"][0]["message"])

    def test_packed_history_reports_exactly_what_loose_history_does(self):
        _, loose = run_json("git", self.repo("history"))
        for name in ("packed", "packed-ref-delta"):
            pack_dir = os.path.join(self.repo(name), ".git", "objects", "pack")
            self.assertEqual(len([f for f in os.listdir(pack_dir) if f.endswith(".pack")]), 1)
            code, report = run_json("git", self.repo(name))
            self.assertEqual(code, 1, name)
            self.assertEqual(report["errors"], [], name)
            self.assertEqual(found(report), found(loose), name)
            self.assertEqual([f["occurrences"] for f in report["findings"]],
                             [f["occurrences"] for f in loose["findings"]], name)

    def test_broken_packs_are_errors_naming_the_pack_and_the_rest_is_found(self):
        _, loose = run_json("git", self.repo("history"))
        pack_name = [f for f in os.listdir(os.path.join(self.repo("packed"), ".git", "objects", "pack"))
                     if f.endswith(".pack")][0][:-5]
        for name, at_least in (("pack-flipped", 5), ("pack-truncated", 3), ("pack-bad-index", 9)):
            code, report = run_json("git", self.repo(name), timeout=60)
            self.assertEqual(code, 2, name)
            self.assertTrue(any(pack_name in e["message"] for e in report["errors"]), name)
            self.assertGreaterEqual(len(report["findings"]), at_least, name)
            expected_keys = {(f[0], f[1]) for f in found(loose)}
            self.assertTrue({(f[0], f[1]) for f in found(report)} <= expected_keys, name)

    def test_not_a_repository_exits_2(self):
        empty = tempfile.mkdtemp(dir=self.tmp)
        result = run("git", empty)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"cannot open a git repository", result.stderr)

    def test_empty_repository_exits_0(self):
        empty = tempfile.mkdtemp(dir=self.tmp)
        git(empty, "init", "-q")
        code, report = run_json("git", empty)
        self.assertEqual((code, report["findings"], report["errors"]), (0, [], []))

    def test_max_blob_size_skips_and_lists(self):
        code, report = run_json("git", "--max-blob-size", "40", self.repo("unborn"))
        self.assertEqual(code, 0)  # nothing committed: nothing to skip
        code, report = run_json("git", "--max-blob-size", "20", self.repo("range"))
        self.assertTrue(all("larger than --max-blob-size" in s["reason"] for s in report["skipped"]))
        objects = git(self.repo("range"), "rev-list", "--all", "--objects").splitlines()
        sizes = git(self.repo("range"), "cat-file", "--batch-check=%(objecttype) %(objectsize)",
                    input="\n".join(line.split()[0] for line in objects)).splitlines()
        large_blobs = [line for line in sizes if line.startswith("blob ") and int(line.split()[1]) > 20]
        self.assertEqual(len(report["skipped"]), len(large_blobs))
        self.assertEqual(report["findings"], [])

    def test_scan_of_a_checkout_equals_git_of_a_one_commit_repository(self):
        path = os.path.join(self.tmp, "one-commit")
        shutil.copytree(CORPUS_TREE, path)
        env = dict(os.environ, GIT_AUTHOR_NAME="a", GIT_AUTHOR_EMAIL="a@b", GIT_COMMITTER_NAME="a",
                   GIT_COMMITTER_EMAIL="a@b")
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "all"]):
            subprocess.run(["git", "-C", path, *args], check=True, env=env, stdout=subprocess.PIPE)
        _, scanned = run_json("scan", CORPUS_TREE)
        _, history = run_json("git", path)
        strip = lambda report: sorted(s for s in spots(report) if not s[1].startswith("("))
        self.assertEqual(strip(history), spots(scanned))

    def test_hooks_and_filters_in_the_repository_are_never_run(self):
        path = os.path.join(self.tmp, "hostile")
        shutil.copytree(self.repo("range"), path)
        marker = os.path.join(self.tmp, "pwned")
        command = f"touch {marker}"
        for key in ("core.fsmonitor", "core.pager", "core.sshCommand", "diff.external",
                    "filter.evil.clean", "filter.evil.smudge", "diff.evil.textconv"):
            git(path, "config", key, command)
        git(path, "config", "core.hooksPath", "hooks")
        os.makedirs(os.path.join(path, "hooks"))
        for hook in ("pre-commit", "post-checkout", "reference-transaction"):
            with open(os.path.join(path, "hooks", hook), "w") as f:
                f.write(f"#!/bin/sh\n{command}\n")
            os.chmod(os.path.join(path, "hooks", hook), 0o755)
        with open(os.path.join(path, ".gitattributes"), "w") as f:
            f.write("* filter=evil diff=evil\n")
        for args in ([path], ["--staged", path], ["--range", "base..topic", path]):
            code, _ = run_json("git", *args)
            self.assertIn(code, (0, 1), args)
        self.assertFalse(os.path.exists(marker))


if __name__ == "__main__":
    unittest.main()

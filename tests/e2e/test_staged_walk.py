"""End-to-end: `leakgate git --staged` against HEAD in each shape the index
can take (added, modified, renamed, deleted, mode change, gitlink,
intent-to-add, conflicts, skip-worktree, unborn HEAD, a missing or partly
invalid cache-tree, GIT_INDEX_FILE), with exact findings."""

import os
import shutil
import subprocess
import tempfile
import unittest

from leakgate_e2e import run_json

KEY = "aws-access-key-id"
OLD = "AKIAVKN4TWPR7ZUDHGXB"
NEW = "AKIAFQ3NLY6BS2PMDTCE"
ENV = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
           GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com",
           GIT_CONFIG_NOSYSTEM="1", HOME="/nonexistent")


def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", repo, "-c", "init.defaultBranch=main", *args],
                          check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env or ENV).stdout.decode()


def write(repo, path, text):
    full = os.path.join(repo, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def found(report):
    return sorted((f["rule"], f["location"]["path"], f["location"]["line"])
                  for f in report["findings"])


class StagedWalkTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="leakgate-staged-")
        self.repo = os.path.join(self.tmp, "r")
        git(self.tmp, "init", "-q", "r")
        # Nested directories, so that a change deep down leaves siblings whose
        # cache-tree stays valid.
        for d in ("a", "a/b", "a/b/c", "z"):
            for n in range(3):
                write(self.repo, f"{d}/f{n}.txt", f"{d} {n}\n")
        write(self.repo, "a/b/old.env", f"KEY={OLD}\n")
        write(self.repo, "top.env", f"KEY={OLD}\n")
        git(self.repo, "add", "-A")
        git(self.repo, "commit", "-qm", "base")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def scan(self, env=None):
        code, report = run_json("git", "--staged", self.repo, env=env)
        self.assertEqual(report["errors"], [])
        return code, found(report)

    def test_nothing_staged(self):
        self.assertEqual(self.scan(), (0, []))

    def test_added_in_a_deep_directory(self):
        write(self.repo, "a/b/c/new.env", f"\nKEY={NEW}\n")
        git(self.repo, "add", "-A")
        self.assertEqual(self.scan(), (1, [(KEY, "a/b/c/new.env", 2)]))

    def test_modified_reports_only_the_new_key(self):
        write(self.repo, "a/b/old.env", f"KEY={OLD}\nNEXT={NEW}\n")
        git(self.repo, "add", "-A")
        self.assertEqual(self.scan(), (1, [(KEY, "a/b/old.env", 2)]))

    def test_renamed_file_is_new_at_its_new_path(self):
        git(self.repo, "mv", "a/b/old.env", "z/moved.env")
        self.assertEqual(self.scan(), (1, [(KEY, "z/moved.env", 1)]))

    def test_deleted_and_mode_changed_files_add_nothing(self):
        git(self.repo, "rm", "-q", "top.env")
        git(self.repo, "update-index", "--chmod=+x", "a/b/old.env")
        self.assertEqual(self.scan(), (0, []))

    def test_gitlink_is_not_scanned(self):
        head = git(self.repo, "rev-parse", "HEAD").strip()
        git(self.repo, "update-index", "--add", "--cacheinfo", f"160000,{head},a/sub")
        write(self.repo, "a/plain.env", f"KEY={NEW}\n")
        git(self.repo, "add", "a/plain.env")
        self.assertEqual(self.scan(), (1, [(KEY, "a/plain.env", 1)]))

    def test_intent_to_add_is_not_staged_content(self):
        write(self.repo, "a/later.env", f"KEY={NEW}\n")
        git(self.repo, "add", "-N", "a/later.env")
        self.assertEqual(self.scan(), (0, []))

    def test_unborn_head(self):
        repo = os.path.join(self.tmp, "fresh")
        git(self.tmp, "init", "-q", "fresh")
        write(repo, "d/first.env", f"KEY={NEW}\n")
        git(repo, "add", "-A")
        code, report = run_json("git", "--staged", repo)
        self.assertEqual((code, found(report)), (1, [(KEY, "d/first.env", 1)]))

    def test_conflicted_entries_are_skipped_resolved_ones_scanned(self):
        git(self.repo, "checkout", "-qb", "side")
        write(self.repo, "z/f0.txt", f"side {NEW}\n")
        git(self.repo, "commit", "-qam", "side")
        git(self.repo, "checkout", "-q", "main")
        write(self.repo, "z/f0.txt", "main\n")
        write(self.repo, "a/ok.env", f"KEY={NEW}\n")
        git(self.repo, "add", "-A")
        git(self.repo, "commit", "-qm", "main")
        subprocess.run(["git", "-C", self.repo, "merge", "-q", "side"], env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.assertIn("UU z/f0.txt", git(self.repo, "status", "--short"))
        self.assertEqual(self.scan(), (0, []))

    def test_skip_worktree_entries_keep_their_staged_blob(self):
        git(self.repo, "update-index", "--skip-worktree", "a/b/c/f0.txt")
        write(self.repo, "a/b/c/f1.txt", f"KEY={NEW}\n")
        git(self.repo, "add", "a/b/c/f1.txt")
        self.assertEqual(self.scan(), (1, [(KEY, "a/b/c/f1.txt", 1)]))

    def test_sparse_checkout_without_a_sparse_index(self):
        git(self.repo, "sparse-checkout", "set", "--no-cone", "/z/")
        git(self.repo, "config", "index.sparse", "false")
        write(self.repo, "z/sparse.env", f"KEY={NEW}\n")
        git(self.repo, "add", "--sparse", "z/sparse.env")
        self.assertEqual(self.scan(), (1, [(KEY, "z/sparse.env", 1)]))

    def test_missing_cache_tree(self):
        listing = git(self.repo, "ls-files", "-s")
        os.remove(os.path.join(self.repo, ".git", "index"))
        subprocess.run(["git", "-C", self.repo, "update-index", "--index-info"],
                       input=listing.encode(), check=True, env=ENV)
        write(self.repo, "a/b/old.env", f"KEY={OLD}\nNEXT={NEW}\n")
        git(self.repo, "add", "a/b/old.env")
        self.assertEqual(self.scan(), (1, [(KEY, "a/b/old.env", 2)]))

    def test_invalidated_cache_tree_below_valid_siblings(self):
        # update-index --add invalidates a/, a/b/ and a/b/c/ but leaves z/
        # valid; the walk must still reach the change under a/b/c/.
        write(self.repo, "a/b/c/deep.env", f"KEY={NEW}\n")
        git(self.repo, "update-index", "--add", "a/b/c/deep.env")
        write(self.repo, "z/f1.txt", f"KEY={NEW}\n")
        git(self.repo, "update-index", "z/f1.txt")
        self.assertEqual(self.scan(), (1, [(KEY, "a/b/c/deep.env", 1), (KEY, "z/f1.txt", 1)]))

    def test_git_index_file_of_commit_a(self):
        index = os.path.join(self.tmp, "other-index")
        shutil.copy(os.path.join(self.repo, ".git", "index"), index)
        env = dict(ENV, GIT_INDEX_FILE=index)
        write(self.repo, "a/b/c/hook.env", f"KEY={NEW}\n")
        git(self.repo, "add", "a/b/c/hook.env", env=env)
        self.assertEqual(self.scan(), (0, []), "the repository's own index is unchanged")
        self.assertEqual(self.scan(env=env), (1, [(KEY, "a/b/c/hook.env", 1)]))


if __name__ == "__main__":
    unittest.main()

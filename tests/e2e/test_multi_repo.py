"""End-to-end: several repositories in one `leakgate git` run (REPO... and
--repos FILE): each finding names its repository, the report equals the
single-repository reports combined, and a broken repository is an error in
the report (exit 2) without stopping the others."""

import json
import os
import shutil
import sys
import tempfile
import unittest

from leakgate_e2e import SOURCE_DIR, run, run_json

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_git_repos as repos  # noqa: E402


def keyed(report, repository=None):
    """(repository, rule, path, line, commit, occurrences) of each finding."""
    return [(f.get("repository", repository), f["rule"], f["location"]["path"],
             f["location"]["line"], f["git"]["commit"], f["occurrences"])
            for f in report["findings"]]


class MultiRepoTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-multi-")
        repos.main(["make_git_repos.py", cls.tmp, "history", "range"])
        cls.history = os.path.join(cls.tmp, "history")
        cls.range = os.path.join(cls.tmp, "range")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def single(self, repo):
        code, report = run_json("git", repo, "-q")
        self.assertEqual(code, 1)
        self.assertNotIn("repository", report["findings"][0])
        return report

    def test_findings_are_the_single_runs_combined_and_name_their_repository(self):
        one, two = self.single(self.history), self.single(self.range)
        code, both = run_json("git", self.range, self.history, "-q")
        self.assertEqual(code, 1)
        expected = sorted(keyed(one, self.history) + keyed(two, self.range),
                          key=lambda k: (k[0], k[2], k[3]))
        self.assertEqual(keyed(both), expected)
        self.assertEqual(len(both["findings"]),
                         len(one["findings"]) + len(two["findings"]))
        for field in ("blobs", "bytes", "skipped", "errors"):
            self.assertEqual(both["summary"][field],
                             one["summary"][field] + two["summary"][field], field)
        self.assertTrue(all(f["repository"] in (self.history, self.range)
                            for f in both["findings"]))

    def test_repos_file_and_a_broken_repository(self):
        missing = os.path.join(self.tmp, "no-such-repo")
        listing = os.path.join(self.tmp, "repos.txt")
        with open(listing, "w") as out:
            out.write(f"# the organisation's mirrors\n{missing}\n\n{self.range}\n")
        code, report = run_json("git", "--repos", listing, "-q")
        self.assertEqual(code, 2)
        self.assertEqual([e["path"] for e in report["errors"]], [missing])
        self.assertEqual(report["summary"]["errors"], 1)
        self.assertEqual({f["repository"] for f in report["findings"]}, {self.range})
        self.assertEqual(keyed(report), keyed(self.single(self.range), self.range))

    def test_repository_in_jsonl_sarif_and_text(self):
        result = run("git", self.range, self.history, "-q", "--format", "jsonl")
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        findings = [line for line in lines if "rule" in line]
        self.assertTrue(findings)
        self.assertTrue(all("repository" in f for f in findings))
        result = run("git", self.range, self.history, "-q", "--format", "sarif")
        results = json.loads(result.stdout)["runs"][0]["results"]
        self.assertEqual({r["properties"]["repository"] for r in results},
                         {self.history, self.range})
        text = run("git", self.range, self.history, "-q", "--no-color").stdout.decode()
        self.assertEqual(text.count(f"  repo:    {self.range}\n") +
                         text.count(f"  repo:    {self.history}\n"), len(findings))

    def test_unreadable_repository_list_is_a_usage_error(self):
        result = run("git", "--repos", os.path.join(self.tmp, "absent.txt"), "-q")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"cannot read the repository list", result.stderr)


if __name__ == "__main__":
    unittest.main()

"""End-to-end: the CI gate recipes of docs/ci.md (issue 6), run as they are
written there. The GitHub Actions step and the GitLab CI job script are taken
from the document's YAML and run with git and leakgate on PATH, on a scripted
repository: the base branch once held a key that was then removed, the head
branch adds a new one. Only the new key is reported, with exit 1 and a SARIF
report; a new branch scans the whole history; a shallow clone that cannot
reach the base fails with exit 2 instead of passing."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from leakgate_e2e import BIN, KEY_ID, OTHER_KEY_ID, SOURCE_DIR, import_yaml

CI_DOC = os.path.join(SOURCE_DIR, "docs", "ci.md")
ZEROS = "0" * 40
KEY_RULE = "aws-access-key-id"


def yaml_blocks():
    """The ```yaml blocks of docs/ci.md, parsed."""
    yaml = import_yaml()
    with open(CI_DOC) as f:
        text = f.read()
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def github_step():
    """The GitHub workflow, and its step with id `leakgate`."""
    workflows = [block for block in yaml_blocks() if "jobs" in block]
    assert len(workflows) == 1, "one GitHub Actions workflow in docs/ci.md"
    steps = workflows[0]["jobs"]["leakgate"]["steps"]
    [step] = [step for step in steps if step.get("id") == "leakgate"]
    return workflows[0], step


def gitlab_job():
    jobs = [block["leakgate"] for block in yaml_blocks()
            if "leakgate" in block and "script" in block["leakgate"]]
    assert len(jobs) == 1, "one GitLab CI job in docs/ci.md"
    return jobs[0]


class CiGateTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.workflow, cls.step = github_step()
        cls.job = gitlab_job()
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-ci-")
        bin_dir = os.path.join(cls.tmp, "bin")
        os.makedirs(bin_dir)
        os.symlink(os.path.abspath(BIN), os.path.join(bin_dir, "leakgate"))
        cls.env = {key: value for key, value in os.environ.items()
                   if not key.startswith(("GIT_", "CI_", "LEAKGATE_"))}
        cls.env["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
        cls.env.update(GIT_AUTHOR_NAME="Dev", GIT_AUTHOR_EMAIL="dev@example.com",
                       GIT_COMMITTER_NAME="Dev", GIT_COMMITTER_EMAIL="dev@example.com")
        cls.repo = os.path.join(cls.tmp, "repo")
        os.makedirs(cls.repo)
        git = cls.git
        git("init", "-q", "-b", "main")
        cls.write("config/settings.env", f"REGION=eu-west-1\nAWS_ACCESS_KEY_ID={OTHER_KEY_ID}\n")
        git("add", "-A")
        git("commit", "-q", "-m", "settings")
        cls.old = git("rev-parse", "HEAD")
        cls.write("config/settings.env", "REGION=eu-west-1\n")
        git("commit", "-q", "-am", "remove the key")
        cls.base = git("rev-parse", "HEAD")
        git("checkout", "-q", "-b", "feature")
        cls.write("app/client.py", f'ACCESS_KEY_ID = "{KEY_ID}"\n')
        git("add", "-A")
        git("commit", "-q", "-m", "client")
        cls.added = git("rev-parse", "HEAD")
        cls.write("README.md", "docs\n")
        git("add", "-A")
        git("commit", "-q", "-m", "docs")
        cls.head = git("rev-parse", "HEAD")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def git(cls, *args, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or cls.repo, env=cls.env, check=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE
                              ).stdout.decode().strip()

    @classmethod
    def write(cls, name, text):
        path = os.path.join(cls.repo, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def run_script(self, shell, script, variables, cwd=None):
        """Runs a documented script as the CI would, in a clone's work tree;
        returns (exit code, stderr, the SARIF report or None)."""
        cwd = cwd or self.repo
        sarif = os.path.join(cwd, "leakgate.sarif")
        if os.path.exists(sarif):
            os.unlink(sarif)
        result = subprocess.run([*shell, script], cwd=cwd, env=dict(self.env, **variables),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        report = None
        if os.path.exists(sarif):
            with open(sarif) as f:
                report = json.load(f)
            os.unlink(sarif)
        return result.returncode, result.stderr.decode(), report

    def github(self, base, head, cwd=None):
        # GitHub runs `run:` with bash --noprofile --norc -eo pipefail.
        return self.run_script(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"],
                               self.step["run"],
                               {"LEAKGATE_BASE": base, "LEAKGATE_HEAD": head}, cwd)

    def gitlab(self, variables, cwd=None):
        # The job's lines as one script; POSIX sh, the strictest shell a
        # runner may use.
        return self.run_script(["sh", "-e", "-c"], "\n".join(self.job["script"]), variables, cwd)

    def results(self, report):
        self.assertIsNotNone(report, "leakgate.sarif was written")
        self.assertEqual(report["version"], "2.1.0")
        return sorted((r["ruleId"],
                       r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                       r["locations"][0]["physicalLocation"]["region"]["startLine"])
                      for r in report["runs"][0]["results"])

    def test_documented_recipes_have_the_required_parts(self):
        self.assertEqual(self.step["env"], {
            "LEAKGATE_BASE": "${{ github.event.pull_request.base.sha || github.event.before }}",
            "LEAKGATE_HEAD": "${{ github.sha }}"})
        steps = self.workflow["jobs"]["leakgate"]["steps"]
        checkout = [s for s in steps if s.get("uses", "").startswith("actions/checkout@")][0]
        self.assertEqual(checkout["with"]["fetch-depth"], 0)
        [upload] = [s for s in steps if s.get("uses", "").startswith(
            "github/codeql-action/upload-sarif@")]
        self.assertIn("always()", upload["if"])
        self.assertEqual(upload["with"]["sarif_file"], "leakgate.sarif")
        self.assertEqual(self.workflow["permissions"]["security-events"], "write")
        self.assertEqual(self.job["variables"]["GIT_DEPTH"], "0")
        self.assertEqual(self.job["artifacts"]["when"], "always")
        self.assertEqual(self.job["artifacts"]["paths"], ["leakgate.sarif"])
        self.assertIn("CI_MERGE_REQUEST_DIFF_BASE_SHA", "\n".join(self.job["script"]))
        for script in (self.step["run"], "\n".join(self.job["script"])):
            self.assertIn('leakgate git --range "$base..$LEAKGATE_HEAD" --format sarif '
                          '-o leakgate.sarif', script)

    def test_pull_request_reports_only_the_new_key(self):
        code, stderr, report = self.github(self.base, self.head)
        self.assertEqual(code, 1, stderr)
        self.assertEqual(self.results(report), [(KEY_RULE, "app/client.py", 1)])
        self.assertNotIn(OTHER_KEY_ID, json.dumps(report))
        self.assertIn("secrets in the new commits", stderr)

    def test_merge_request_reports_only_the_new_key(self):
        code, stderr, report = self.gitlab({"CI_MERGE_REQUEST_DIFF_BASE_SHA": self.base,
                                            "CI_COMMIT_BEFORE_SHA": ZEROS,
                                            "CI_COMMIT_SHA": self.head})
        self.assertEqual(code, 1, stderr)
        self.assertEqual(self.results(report), [(KEY_RULE, "app/client.py", 1)])

    def test_push_of_clean_commits_passes(self):
        code, stderr, report = self.github(self.added, self.head)
        self.assertEqual(code, 0, stderr)
        self.assertEqual(self.results(report), [])
        code, stderr, report = self.gitlab({"CI_COMMIT_BEFORE_SHA": self.added,
                                            "CI_COMMIT_SHA": self.head})
        self.assertEqual(code, 0, stderr)
        self.assertEqual(self.results(report), [])

    def test_new_branch_or_missing_base_scans_the_whole_history(self):
        both = [(KEY_RULE, "app/client.py", 1), (KEY_RULE, "config/settings.env", 2)]
        code, stderr, report = self.github(ZEROS, self.head)
        self.assertEqual(code, 1, stderr)
        self.assertIn("scanning the whole history", stderr)
        self.assertEqual(self.results(report), both)
        code, stderr, report = self.gitlab({"CI_COMMIT_BEFORE_SHA": ZEROS,
                                            "CI_COMMIT_SHA": self.head})
        self.assertEqual((code, self.results(report)), (1, both))
        # A force push: the old tip is not in the clone.
        code, stderr, report = self.github("1" * 40, self.head)
        self.assertEqual(code, 1, stderr)
        self.assertIn("is not in this clone", stderr)
        self.assertEqual(self.results(report), both)

    def test_shallow_clone_that_cannot_reach_the_base_fails_with_exit_2(self):
        clone = os.path.join(self.tmp, "shallow")
        self.git("clone", "-q", "--depth", "1", "--branch", "feature",
                 "file://" + self.repo, clone, cwd=self.tmp)
        code, stderr, report = self.github(self.base, self.head, cwd=clone)
        self.assertEqual(code, 2, stderr)
        self.assertIn("could not be read", stderr)
        self.assertIsNotNone(report, "the report is still written")
        self.assertFalse(report["runs"][0]["invocations"][0]["executionSuccessful"])
        code, stderr, report = self.gitlab({"CI_MERGE_REQUEST_DIFF_BASE_SHA": self.base,
                                            "CI_COMMIT_SHA": self.head}, cwd=clone)
        self.assertEqual(code, 2, stderr)


if __name__ == "__main__":
    unittest.main()

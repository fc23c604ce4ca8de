"""End-to-end: `--format gitlab` is valid against GitLab's secret-detection
report schema (tests/schemas, version 15.2.1) and `--format junit` is JUnit
XML with one failing test case per finding, on files and on git history; the
golden files of the unit tests are held to the same checks. Neither report
carries a secret in full unless --show-secrets."""

import json
import os
import subprocess
import unittest
import xml.etree.ElementTree as ElementTree

import jsonschema

from leakgate_e2e import KEY_ID, SECRET_KEY, SOURCE_DIR, TempDirTest, run

SCHEMA_PATH = os.path.join(SOURCE_DIR, "tests", "schemas",
                           "secret-detection-report-format-15.2.1.json")
GOLDEN_DIR = os.path.join(SOURCE_DIR, "tests", "golden")
with open(SCHEMA_PATH) as schema_file:
    SCHEMA = json.load(schema_file)
VALIDATOR = jsonschema.Draft7Validator(SCHEMA,
                                       format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def check_gitlab(test, report):
    errors = sorted(VALIDATOR.iter_errors(report), key=lambda e: list(e.absolute_path))
    test.assertEqual([f"/{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
                      for e in errors], [])
    test.assertEqual(report["version"], SCHEMA["self"]["version"])


def check_junit(test, xml_bytes):
    """Parses a JUnit report and checks that its counts add up; returns the
    one <testsuite>."""
    root = ElementTree.fromstring(xml_bytes)
    test.assertEqual(root.tag, "testsuites")
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    failures = sum(len(case.findall("failure")) for case in cases)
    errors = sum(len(case.findall("error")) for case in cases)
    for element in (root, suite):
        test.assertEqual(element.get("tests"), str(len(cases)))
        test.assertEqual(element.get("failures"), str(failures))
        test.assertEqual(element.get("errors"), str(errors))
        float(element.get("time"))
    return suite


class GoldenFilesTest(unittest.TestCase):

    def test_the_schema_is_gitlabs(self):
        jsonschema.Draft7Validator.check_schema(SCHEMA)
        self.assertEqual(SCHEMA["title"], "Report format for GitLab Secret Detection")
        self.assertEqual(SCHEMA["self"]["version"], "15.2.1")

    def test_the_gitlab_golden_file_is_valid(self):
        with open(os.path.join(GOLDEN_DIR, "report.gitlab.json")) as f:
            check_gitlab(self, json.load(f))

    def test_the_junit_golden_file_adds_up(self):
        with open(os.path.join(GOLDEN_DIR, "report.junit.xml"), "rb") as f:
            suite = check_junit(self, f.read())
        self.assertEqual([case.get("name") for case in suite.findall("testcase")],
                         ["aws-access-key-id at config/.env:1:19",
                          "aws-secret-access-key at config/.env:2:23",
                          "read missing\ufffd.txt"])


class CiReportsTest(TempDirTest):

    def setUp(self):
        super().setUp()
        self.write("config/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n"
                                  f"AWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")

    def scan(self, fmt, *args):
        result = run("scan", self.dir, "--format", fmt, *args, cwd=self.dir)
        self.assertEqual(result.returncode, 1, result.stderr)
        return result.stdout

    def test_gitlab_report_of_a_file_scan(self):
        raw = self.scan("gitlab")
        self.assertNotIn(SECRET_KEY.encode(), raw)
        report = json.loads(raw)
        check_gitlab(self, report)
        self.assertEqual(report["scan"]["status"], "success")
        self.assertEqual(report["scan"]["type"], "secret_detection")
        found = sorted((v["identifiers"][0]["value"], v["location"]["file"],
                        v["location"]["start_line"], v["location"]["commit"]["sha"],
                        v["severity"]) for v in report["vulnerabilities"])
        self.assertEqual(found, [("aws-access-key-id", "config/.env", 1, "0000000", "Critical"),
                                 ("aws-secret-access-key", "config/.env", 2, "0000000",
                                  "Critical")])
        extracts = sorted(v["raw_source_code_extract"] for v in report["vulnerabilities"])
        self.assertEqual(extracts, [KEY_ID, SECRET_KEY[:4] + "\u2026(redacted)"])

    def test_show_secrets_is_the_only_way_to_the_full_secret(self):
        report = json.loads(self.scan("gitlab", "--show-secrets"))
        self.assertIn(SECRET_KEY, [v["raw_source_code_extract"]
                                   for v in report["vulnerabilities"]])
        self.assertIn(SECRET_KEY.encode(), self.scan("junit", "--show-secrets"))

    def test_junit_report_of_a_file_scan(self):
        raw = self.scan("junit")
        self.assertNotIn(SECRET_KEY.encode(), raw)
        suite = check_junit(self, raw)
        cases = {case.get("name"): case for case in suite.findall("testcase")}
        self.assertEqual(sorted(cases), ["aws-access-key-id at config/.env:1:19",
                                         "aws-secret-access-key at config/.env:2:23"])
        failure = cases["aws-secret-access-key at config/.env:2:23"].find("failure")
        self.assertEqual(failure.get("type"), "aws-secret-access-key")
        self.assertEqual(failure.get("message"),
                         "AWS secret access key (critical) at config/.env:2: "
                         + SECRET_KEY[:4] + "\u2026(redacted)")
        self.assertIn("Fingerprint: lg1:", failure.text)

    def test_clean_scans_pass(self):
        os.unlink(os.path.join(self.dir, "config", ".env"))
        self.write("README", "nothing here\n")
        result = run("scan", self.dir, "--format", "junit")
        self.assertEqual(result.returncode, 0)
        suite = check_junit(self, result.stdout)
        [case] = suite.findall("testcase")
        self.assertEqual(case.get("name"), "no leaked secrets")
        self.assertEqual(list(case), [])
        result = run("scan", self.dir, "--format", "gitlab")
        self.assertEqual(result.returncode, 0)
        report = json.loads(result.stdout)
        check_gitlab(self, report)
        self.assertEqual(report["vulnerabilities"], [])

    def test_an_unreadable_path_fails_the_scan_in_both(self):
        missing = os.path.join(self.dir, "missing.txt")
        result = run("scan", missing, "--format", "gitlab")
        self.assertEqual(result.returncode, 2)
        report = json.loads(result.stdout)
        check_gitlab(self, report)
        self.assertEqual(report["scan"]["status"], "failure")
        self.assertEqual([m["level"] for m in report["scan"]["messages"]], ["warn"])
        result = run("scan", missing, "--format", "junit")
        suite = check_junit(self, result.stdout)
        self.assertEqual(suite.get("errors"), "1")

    def test_git_findings_name_their_commit(self):
        env = dict(os.environ, GIT_AUTHOR_NAME="Dev", GIT_AUTHOR_EMAIL="dev@example.com",
                   GIT_COMMITTER_NAME="Dev", GIT_COMMITTER_EMAIL="dev@example.com")
        git = lambda *args: subprocess.run(["git", *args], cwd=self.dir, env=env, check=True,
                                           stdout=subprocess.PIPE).stdout.decode().strip()
        git("init", "-q", "-b", "main")
        git("add", "-A")
        git("commit", "-q", "-m", "settings")
        head = git("rev-parse", "HEAD")
        result = run("git", self.dir, "--format", "gitlab")
        self.assertEqual(result.returncode, 1, result.stderr)
        report = json.loads(result.stdout)
        check_gitlab(self, report)
        commits = {v["location"]["commit"]["sha"] for v in report["vulnerabilities"]}
        self.assertEqual(commits, {head})
        self.assertEqual({v["location"]["commit"]["author"] for v in report["vulnerabilities"]},
                         {"Dev <dev@example.com>"})


if __name__ == "__main__":
    unittest.main()

"""End-to-end: `--format sarif` is valid against the official SARIF 2.1.0
schema (tests/schemas) and carries what GitHub code scanning reads: rules with
help and security-severity, results with levels, locations, fingerprints and
no unrequested secret, and the scan's errors as notifications."""

import json
import os
import re
import subprocess
import unittest
import urllib.parse

import jsonschema

from leakgate_e2e import (CORPUS_TREE, KEY_ID, SECRET_KEY, SOURCE_DIR, TempDirTest, run,
                          run_json)

SCHEMA_PATH = os.path.join(SOURCE_DIR, "tests", "schemas", "sarif-schema-2.1.0.json")
with open(SCHEMA_PATH) as schema_file:
    SCHEMA = json.load(schema_file)
VALIDATOR_CLASS = jsonschema.validators.validator_for(SCHEMA)
VALIDATOR = VALIDATOR_CLASS(SCHEMA, format_checker=VALIDATOR_CLASS.FORMAT_CHECKER)

LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note",
          "info": "note"}
SECURITY_SEVERITIES = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "2.0"}
# A relative reference made only of unreserved characters, "/" and escapes.
URI_PATH = re.compile(r"(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+")


def run_sarif(*args, format_flag="--format", **kwargs):
    """Runs leakgate with SARIF output; returns (exit code, log, raw bytes),
    after checking the log against the schema."""
    result = run(*args, format_flag, "sarif", **kwargs)
    try:
        log = json.loads(result.stdout)
    except ValueError as error:
        raise AssertionError(f"not JSON ({error}): {result.stdout[:500]!r} "
                             f"stderr: {result.stderr[:500]!r}")
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.absolute_path))
    if errors:
        raise AssertionError("not valid SARIF 2.1.0:\n" + "\n".join(
            f"  at /{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
            for e in errors[:10]))
    return result.returncode, log, result.stdout


def help_text(guidance):
    """Guidance as SARIF text: summary, numbered steps, links."""
    text = guidance["summary"]
    if guidance["steps"]:
        text += "\n\n" + "\n".join(f"{i}. {step}" for i, step in
                                   enumerate(guidance["steps"], 1))
    if guidance["links"]:
        text += "\n\n" + "\n".join(guidance["links"])
    return text


class SchemaTest(unittest.TestCase):

    def test_the_schema_is_the_official_one(self):
        VALIDATOR_CLASS.check_schema(SCHEMA)
        self.assertEqual(SCHEMA["id"], "https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
                                       "errata01/os/schemas/sarif-schema-2.1.0.json")


class SarifScanTest(TempDirTest):

    def setUp(self):
        super().setUp()
        self.write("config/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n"
                                  f"AWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")
        self.write("deploy/old creds\u00e9.txt", f"id = {KEY_ID}\n")

    def test_report_matches_the_json_report_in_code_scanning_terms(self):
        code, log, _ = run_sarif("scan", self.dir)
        self.assertEqual(code, 1)
        json_code, report = run_json("scan", self.dir)
        self.assertEqual(json_code, 1)
        self.assertEqual(log["version"], "2.1.0")
        self.assertEqual(len(log["runs"]), 1)
        run_ = log["runs"][0]
        driver = run_["tool"]["driver"]
        self.assertEqual(driver["name"], "leakgate")
        self.assertEqual(driver["version"], report["tool"]["version"])

        first_of_rule = {}
        for finding in report["findings"]:
            first_of_rule.setdefault(finding["rule"], finding)
        rules = driver["rules"]
        self.assertEqual([r["id"] for r in rules], sorted(first_of_rule))
        for rule in rules:
            with self.subTest(rule=rule["id"]):
                finding = first_of_rule[rule["id"]]
                self.assertLessEqual(len(rule["id"]), 255)
                self.assertEqual(rule["name"], finding["name"])
                self.assertLessEqual(len(rule["name"]), 255)
                self.assertTrue(rule["shortDescription"]["text"])
                self.assertLessEqual(len(rule["shortDescription"]["text"]), 1024)
                self.assertTrue(rule["fullDescription"]["text"])
                self.assertLessEqual(len(rule["fullDescription"]["text"]), 1024)
                # The rule's help describes the rule, not one finding: the
                # finding's steps and links, with "<secret>" for its secret.
                help_ = rule["help"]["text"]
                guidance = finding["guidance"]
                self.assertEqual(len(re.findall(r"^\d+\. ", help_, re.M)), len(guidance["steps"]))
                self.assertTrue(help_.endswith("\n".join(guidance["links"])))
                self.assertIn("<secret>", help_)
                self.assertNotIn(finding["secret"], help_)
                self.assertRegex(rule["help"]["text"], r"\n\n1\. ")
                self.assertRegex(rule["help"]["markdown"], r"\n\n1\. ")
                properties = rule["properties"]
                self.assertEqual(properties["security-severity"],
                                 SECURITY_SEVERITIES[finding["severity"]])
                self.assertIn("security", properties["tags"])
                self.assertEqual(rule["defaultConfiguration"]["level"],
                                 LEVELS[finding["severity"]])

        results = run_["results"]
        self.assertEqual(len(results), len(report["findings"]))
        self.assertEqual(len(results), 3)
        for result, finding in zip(results, report["findings"]):
            with self.subTest(path=finding["location"]["path"], rule=finding["rule"]):
                self.assertEqual(result["ruleId"], finding["rule"])
                self.assertEqual(rules[result["ruleIndex"]]["id"], finding["rule"])
                self.assertEqual(result["level"], LEVELS[finding["severity"]])
                self.assertTrue(result["message"]["text"].startswith(
                    f"{finding['name']}: {finding['secret']}.\n\n"
                    + help_text(finding["guidance"])))
                location = result["locations"][0]["physicalLocation"]
                artifact = location["artifactLocation"]
                self.assertEqual(artifact["uriBaseId"], "%SRCROOT%")
                self.assertRegex(artifact["uri"], URI_PATH)
                self.assertEqual(urllib.parse.unquote(artifact["uri"]),
                                 finding["location"]["path"])
                at = finding["location"]
                self.assertEqual(location["region"], {
                    "startLine": at["line"], "startColumn": at["column"],
                    "endLine": at["end_line"], "endColumn": at["end_column"]})
                self.assertEqual(result["partialFingerprints"],
                                 {"leakgate/v1": finding["fingerprint"]})
                self.assertNotIn("git", result["properties"])
        self.assertEqual(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]
                         ["uri"], "deploy/old%20creds%C3%A9.txt")
        self.assertEqual(results[0]["locations"][0]["physicalLocation"]["region"],
                         {"startLine": 1, "startColumn": 19, "endLine": 1,
                          "endColumn": 39})

        invocation = run_["invocations"][0]
        self.assertTrue(invocation["executionSuccessful"])
        self.assertEqual(invocation["toolExecutionNotifications"], [])

    def test_the_secret_key_appears_only_with_show_secrets(self):
        _, _, hidden = run_sarif("scan", self.dir)
        self.assertNotIn(SECRET_KEY.encode(), hidden)
        self.assertIn(KEY_ID.encode(), hidden)
        _, log, shown = run_sarif("scan", "--show-secrets", self.dir)
        self.assertIn(SECRET_KEY.encode(), shown)
        secret_results = [r for r in log["runs"][0]["results"]
                          if r["ruleId"] == "aws-secret-access-key"]
        self.assertEqual(len(secret_results), 1)
        self.assertIn(SECRET_KEY, secret_results[0]["message"]["text"])

    def test_clean_directory_has_no_results(self):
        clean = os.path.join(self.dir, "clean")
        os.mkdir(clean)
        with open(os.path.join(clean, "README.md"), "w") as readme:
            readme.write("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n")
        code, log, _ = run_sarif("scan", clean, format_flag="-f")
        self.assertEqual(code, 0)
        self.assertEqual(log["runs"][0]["results"], [])
        self.assertEqual(log["runs"][0]["tool"]["driver"]["rules"], [])
        self.assertTrue(log["runs"][0]["invocations"][0]["executionSuccessful"])

    def test_errors_warnings_and_skips_are_notifications(self):
        os.symlink("config/.env", os.path.join(self.dir, "link"))
        missing = os.path.join(self.dir, "missing")
        code, log, _ = run_sarif("scan", self.dir, missing)
        self.assertEqual(code, 2)
        _, report = run_json("scan", self.dir, missing)
        self.assertEqual(len(report["errors"]), 1)
        self.assertEqual(len(report["skipped"]), 1)
        invocation = log["runs"][0]["invocations"][0]
        self.assertFalse(invocation["executionSuccessful"])
        self.assertEqual(
            [(n["level"], n["message"]["text"]) for n in invocation["toolExecutionNotifications"]],
            [("error", f"{e['path']}: {e['message']}") for e in report["errors"]]
            + [("warning", w) for w in report["warnings"]]
            + [("note", f"{s['path']}: {s['reason']}") for s in report["skipped"]])
        # Two roots: paths keep the given (absolute) root, so URIs are file URIs.
        self.assertEqual(len(log["runs"][0]["results"]), 3)
        for result, finding in zip(log["runs"][0]["results"], report["findings"]):
            artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
            self.assertNotIn("uriBaseId", artifact)
            self.assertTrue(artifact["uri"].startswith("file:///"), artifact["uri"])
            self.assertEqual(urllib.parse.unquote(artifact["uri"][len("file://"):]),
                             finding["location"]["path"])

    def test_output_is_identical_for_any_thread_count(self):
        outputs = [run_sarif("scan", "-j", threads, CORPUS_TREE)[2] for threads in ("1", "8")]
        self.assertEqual(outputs[0], outputs[1])


class SarifGitTest(TempDirTest):

    def git(self, *args):
        return subprocess.run(
            ["git", "-C", self.dir, "-c", "user.name=Leak Gate",
             "-c", "user.email=leak@example.com", *args],
            check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout.decode().strip()

    def test_git_findings_carry_the_commit(self):
        self.git("init", "-q")
        self.write("settings.py", f'AWS_ACCESS_KEY_ID = "{KEY_ID}"\n')
        self.git("add", "settings.py")
        self.git("commit", "-q", "-m", "add settings")
        commit = self.git("rev-parse", "HEAD")
        code, log, _ = run_sarif("git", self.dir)
        self.assertEqual(code, 1)
        results = log["runs"][0]["results"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["locations"][0]["physicalLocation"]["artifactLocation"],
                         {"uri": "settings.py", "uriBaseId": "%SRCROOT%"})
        git = results[0]["properties"]["git"]
        self.assertEqual(git["commit"], commit)
        self.assertEqual(git["author"], "Leak Gate")


if __name__ == "__main__":
    unittest.main()

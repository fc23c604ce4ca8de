"""--verify against a loopback HTTPS server (verify_server.py) with a CA this
test makes: AWS STS with botocore checking every signature, GitHub and Slack
as documented, and the answers that must come out "unknown" (a proxy's HTML
403, 429, 5xx, a timeout, a TLS failure, a redirect to another host, a body
that does not parse). Nothing leaves 127.0.0.1."""

import json
import os
import random
import string
import subprocess
import tempfile
import unittest

from leakgate_e2e import TempDirTest, run, run_json
from verify_server import Provider, Server, key_id_for_account, make_ca

RNG = random.Random(15)
SECRET_CHARS = string.ascii_letters + string.digits + "/+"


def secret_key():
    return "".join(RNG.choice(SECRET_CHARS) for _ in range(40))


def github_token():
    return "ghp_" + "".join(RNG.choice(string.ascii_letters + string.digits)
                            for _ in range(36))


ALICE_ID, ALICE_SECRET = key_id_for_account("210987654321"), secret_key()
ROOT_ID, ROOT_SECRET = key_id_for_account("210987654322"), secret_key()
ROLE_ID = key_id_for_account("210987654323", prefix="ASIA")
ROLE_SECRET = secret_key()
ROLE_TOKEN = "IQoJb3JpZ2luX2Vj" + "".join(RNG.choice(string.ascii_letters + string.digits)
                                          for _ in range(120))
REVOKED_ID, REVOKED_SECRET = key_id_for_account("210987654324"), secret_key()
CANARY_ID, CANARY_SECRET = key_id_for_account("052310077262"), secret_key()
LONE_ID = key_id_for_account("210987654325")

GH = {name: github_token() for name in
      ("live", "invalid", "html403", "limited", "server", "slow", "redirect", "garbage")}
SLACK_LIVE = "xoxb-8877893287921-8421809679290-1Hedcm4pMbXDuCL1mHoOsFaQ"
SLACK_DEAD = "xoxb-274681453840-2916146100330-EyTzAeKOmXRrvftva9AW7hip"

JSON = [("Content-Type", "application/json; charset=utf-8")]


def aws_file(key_id, secret, token=None):
    text = f"aws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"
    if token:
        text += f"aws_session_token = {token}\n"
    return text


class VerifyTest(TempDirTest):
    @classmethod
    def setUpClass(cls):
        cls._ca_dir = tempfile.TemporaryDirectory(prefix="leakgate-ca-")
        cls.ca, cert, key = make_ca(cls._ca_dir.name)
        # A second CA that leakgate is not told to trust: a TLS failure.
        other = os.path.join(cls._ca_dir.name, "other")
        os.mkdir(other)
        _, other_cert, other_key = make_ca(other, "untrusted CA")
        cls.provider = p = Provider()
        p.aws[ALICE_ID] = (ALICE_SECRET, None, "arn:aws:iam::210987654321:user/ops/alice",
                           "210987654321")
        p.aws[ROOT_ID] = (ROOT_SECRET, None, "arn:aws:iam::210987654322:root", "210987654322")
        p.aws[ROLE_ID] = (ROLE_SECRET, ROLE_TOKEN,
                          "arn:aws:sts::210987654323:assumed-role/deploy/ci-42", "210987654323")
        p.tokens[("/user", GH["live"])] = (200, JSON + [("X-OAuth-Scopes", "repo, gist")],
                                           {"login": "octocat", "id": 1})
        p.tokens[("/user", GH["invalid"])] = (401, JSON, {
            "message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"})
        p.tokens[("/user", GH["html403"])] = (
            403, [("Content-Type", "text/html")], "<html><body>Access denied by proxy</body></html>")
        p.tokens[("/user", GH["limited"])] = (429, JSON, {"message": "API rate limit exceeded"})
        p.tokens[("/user", GH["server"])] = (502, JSON, {"message": "Bad gateway"})
        p.tokens[("/user", GH["slow"])] = "sleep"
        p.tokens[("/user", GH["redirect"])] = "redirect"
        p.tokens[("/user", GH["garbage"])] = (200, JSON, "{\"login\": ")
        p.tokens[("/api/auth.test", SLACK_LIVE)] = (200, JSON, {
            "ok": True, "url": "https://acme.slack.com/", "team": "Acme", "user": "deploybot"})
        p.tokens[("/api/auth.test", SLACK_DEAD)] = (200, JSON, {"ok": False, "error": "invalid_auth"})
        cls.server = Server(p, cert, key)
        cls.untrusted = Server(p, other_cert, other_key)

    @classmethod
    def tearDownClass(cls):
        cls.server.close()
        cls.untrusted.close()
        cls._ca_dir.cleanup()

    def setUp(self):
        super().setUp()
        with self.provider.lock:
            self.provider.requests.clear()

    def verify(self, *extra, aws=None, github=None, slack=None, timeout="2"):
        base = self.server.url
        args = ["scan", self.dir, "--verify", "--verify-ca", self.ca,
                "--verify-timeout", timeout, "--verify-rate", "100",
                "--verify-endpoint", "aws=" + (aws or base),
                "--verify-endpoint", "github=" + (github or base),
                "--verify-endpoint", "slack=" + (slack or base), *extra]
        return args

    def by_path(self, report):
        found = {}
        for f in report["findings"]:
            found.setdefault(f["location"]["path"].rsplit("/", 1)[-1], {})[f["rule"]] = f
        return found

    def test_aws_pairs_are_checked_once_each_and_fill_the_runbook(self):
        self.write("alice.env", aws_file(ALICE_ID, ALICE_SECRET))
        self.write("alice-copy.env", aws_file(ALICE_ID, ALICE_SECRET))
        self.write("root.env", aws_file(ROOT_ID, ROOT_SECRET))
        self.write("role.env", aws_file(ROLE_ID, ROLE_SECRET, ROLE_TOKEN))
        self.write("revoked.env", aws_file(REVOKED_ID, REVOKED_SECRET))
        self.write("lone.txt", f"key = {LONE_ID}\n")
        code, report = run_json(*self.verify())
        self.assertEqual(code, 1)
        found = self.by_path(report)
        alice = found["alice.env"]["aws-access-key-id"]
        self.assertEqual(alice["verification"]["status"], "live")
        self.assertEqual(alice["verification"]["identity"], {
            "account": "210987654321", "arn": "arn:aws:iam::210987654321:user/ops/alice",
            "user": "alice"})
        steps = alice["guidance"]["steps"]
        self.assertTrue(any(f"--user-name alice --access-key-id {ALICE_ID} --status Inactive"
                            in s for s in steps), steps)
        self.assertFalse(any("USER" in s or "get-access-key-last-used" in s or
                             "root" in s for s in steps), steps)
        secret = found["alice.env"]["aws-secret-access-key"]
        self.assertEqual(secret["verification"]["status"], "live")
        self.assertTrue(any(f"--user-name alice --access-key-id {ALICE_ID}" in s
                            for s in secret["guidance"]["steps"]))
        self.assertEqual(found["alice-copy.env"]["aws-access-key-id"]["verification"]["status"],
                         "live")
        root = found["root.env"]["aws-access-key-id"]
        self.assertEqual(root["verification"]["identity"]["user"], "root")
        self.assertIn("sign in to the console as root", " ".join(root["guidance"]["steps"]))
        self.assertNotIn("--user-name", " ".join(root["guidance"]["steps"]))
        role = found["role.env"]["aws-access-key-id"]
        self.assertEqual(role["verification"]["status"], "live")
        self.assertEqual(role["verification"]["identity"]["role"], "deploy")
        self.assertIn("--role-name deploy --policy-name AWSRevokeOlderSessions",
                      " ".join(role["guidance"]["steps"]))
        # The session token was sent with the pair and shares its verdict.
        token = found["role.env"]["aws-session-token"]["verification"]
        self.assertEqual(token["identity"], role["verification"]["identity"])
        revoked = found["revoked.env"]["aws-access-key-id"]["verification"]
        self.assertEqual((revoked["status"], revoked["reason"]),
                         ("invalid", "AWS: InvalidClientTokenId"))
        lone = found["lone.txt"]["aws-access-key-id"]["verification"]
        self.assertEqual(lone["status"], "unknown")
        self.assertIn("not checked", lone["reason"])
        # One request per distinct pair: the copy and the lone ID cost none.
        sts = sorted(key for path, key in self.provider.requests if path == "/")
        self.assertEqual(sts, sorted([ALICE_ID, ROOT_ID, ROLE_ID, REVOKED_ID]))
        self.assertEqual(report["summary"]["verification"],
                         {"live": 9, "invalid": 2, "unknown": 1, "left_out": 0})

    def test_a_wrong_signature_is_what_the_server_rejects(self):
        # botocore recomputes the signature: a pair the server knows under
        # another secret is SignatureDoesNotMatch, which means invalid.
        self.write("wrong.env", aws_file(ALICE_ID, secret_key()))
        code, report = run_json(*self.verify())
        verdict = report["findings"][0]["verification"]
        self.assertEqual((verdict["status"], verdict["reason"]),
                         ("invalid", "AWS: SignatureDoesNotMatch"))

    def test_canary_accounts_are_never_called(self):
        self.write("canary.env", aws_file(CANARY_ID, CANARY_SECRET))
        code, report = run_json(*self.verify())
        key = self.by_path(report)["canary.env"]["aws-access-key-id"]
        self.assertEqual(key["details"]["aws_account"], "052310077262")
        self.assertIs(key["details"]["canary"], True)
        self.assertEqual(key["verification"]["status"], "unknown")
        self.assertEqual(self.provider.requests, [])

    def test_github_and_slack_answers(self):
        for name in ("live", "invalid"):
            self.write(f"gh-{name}.env", f"GITHUB_TOKEN={GH[name]}\n")
        self.write("slack-live.env", f"SLACK_BOT_TOKEN={SLACK_LIVE}\n")
        self.write("slack-dead.env", f"SLACK_BOT_TOKEN={SLACK_DEAD}\n")
        code, report = run_json(*self.verify())
        found = self.by_path(report)
        live = found["gh-live.env"]["github-pat-classic"]["verification"]
        self.assertEqual((live["status"], live["identity"]),
                         ("live", {"user": "octocat", "scopes": "repo, gist"}))
        self.assertEqual(found["gh-invalid.env"]["github-pat-classic"]["verification"]["status"],
                         "invalid")
        slack = found["slack-live.env"]["slack-bot-token"]["verification"]
        self.assertEqual((slack["status"], slack["identity"]["user"]), ("live", "deploybot"))
        self.assertEqual(found["slack-dead.env"]["slack-bot-token"]["verification"]["status"],
                         "invalid")

    def test_answers_that_are_not_the_providers_are_unknown(self):
        cases = {"html403": "HTML page", "limited": "HTTP 429", "server": "HTTP 502",
                 "slow": "timed out", "redirect": "redirect, not followed (to collector.invalid)",
                 "garbage": "does not parse"}
        for name in cases:
            self.write(f"gh-{name}.env", f"GITHUB_TOKEN={GH[name]}\n")
        result = run(*self.verify("--format", "json", timeout="1"))
        report = json.loads(result.stdout)
        found = self.by_path(report)
        for name, reason in cases.items():
            with self.subTest(name):
                verdict = found[f"gh-{name}.env"]["github-pat-classic"]["verification"]
                self.assertEqual(verdict["status"], "unknown")
                self.assertIn(reason, verdict["reason"])
        for token in GH.values():
            self.assertNotIn(token.encode(), result.stdout + result.stderr)

    def test_a_certificate_from_another_ca_is_a_tls_failure(self):
        self.write("gh.env", f"GITHUB_TOKEN={GH['live']}\n")
        self.write("alice.env", aws_file(ALICE_ID, ALICE_SECRET))
        code, report = run_json(*self.verify(aws=self.untrusted.url,
                                             github=self.untrusted.url))
        for finding in report["findings"]:
            self.assertEqual(finding["verification"]["status"], "unknown", finding["rule"])
            self.assertIn("certificate", finding["verification"]["reason"].lower())

    def test_only_verified_fail_on_and_reports(self):
        self.write("alice.env", aws_file(ALICE_ID, ALICE_SECRET))
        self.write("gh.env", f"GITHUB_TOKEN={GH['invalid']}\n")
        code, report = run_json(*self.verify("--only-verified"))
        self.assertEqual(code, 1)
        self.assertEqual(sorted(f["rule"] for f in report["findings"]),
                         ["aws-access-key-id", "aws-secret-access-key"])
        self.assertEqual(report["summary"]["verification"],
                         {"live": 2, "invalid": 1, "unknown": 0, "left_out": 1})
        os.remove(os.path.join(self.dir, "alice.env"))
        result = run(*self.verify("--fail-on", "live"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(b"  invalid\n", result.stdout)
        self.assertEqual(run(*self.verify()).returncode, 1)
        self.write("alice.env", aws_file(ALICE_ID, ALICE_SECRET))
        text = run(*self.verify("--fail-on", "live", "--no-color"))
        self.assertEqual(text.returncode, 1)
        self.assertIn(b"AWS access key ID (aws-access-key-id)  LIVE\n", text.stdout)
        self.assertIn(b"verified: 2 live, 1 invalid, 0 unknown", text.stdout)
        self.assertIn(b"warning: aws checks go to https://127.0.0.1:", text.stderr)
        sarif = json.loads(run(*self.verify("--format", "sarif")).stdout)
        levels = {(r["ruleId"], r["properties"]["verification"]["status"], r["level"])
                  for r in sarif["runs"][0]["results"]}
        self.assertIn(("aws-access-key-id", "live", "error"), levels)

    def test_git_history_is_verified_once_per_pair(self):
        repo = os.path.join(self.dir, "repo")
        os.mkdir(repo)
        git = lambda *a: subprocess.run(["git", "-C", repo, "-c", "user.name=t",
                                         "-c", "user.email=t@example.com", *a],
                                        check=True, capture_output=True)
        git("init", "-q")
        for name in ("a.env", "b.env"):
            with open(os.path.join(repo, name), "w") as f:
                f.write(aws_file(ALICE_ID, ALICE_SECRET))
            git("add", name)
            git("commit", "-qm", name)
        args = self.verify()
        code, report = run_json("git", repo, *args[2:])
        self.assertEqual(code, 1)
        self.assertEqual([(f["location"]["path"], f["verification"]["status"])
                          for f in report["findings"]],
                         [("a.env", "live"), ("a.env", "live"),
                          ("b.env", "live"), ("b.env", "live")])
        self.assertEqual(self.provider.requests, [("/", ALICE_ID)])

    def test_verify_flags_need_verify_and_stay_off_by_default(self):
        self.write("alice.env", aws_file(ALICE_ID, ALICE_SECRET))
        code, report = run_json("scan", self.dir)
        self.assertNotIn("verification", report["findings"][0])
        self.assertNotIn("verification", report["summary"])
        self.assertEqual(run("scan", self.dir, "--only-verified").returncode, 2)
        self.assertEqual(run("scan", self.dir, "--verify", "--verify-endpoint",
                             "nosuch=https://127.0.0.1:1").returncode, 2)
        self.assertEqual(self.provider.requests, [])


if __name__ == "__main__":
    unittest.main()

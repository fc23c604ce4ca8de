"""End-to-end: suppression (issue 6). Inline allow comments, .leakgateignore
at a scan root or a work tree's top, --ignore-file, --no-repo-config,
--baseline and --report-unused-ignores, for `scan` and `git`; every report
says how many findings were suppressed and why, and a broken ignore file or
baseline is an error (exit 2) naming the file and line."""

import json
import os
import subprocess

from leakgate_e2e import KEY_ID, OTHER_KEY_ID, SECRET_KEY, TempDirTest, run, run_json

KEY_RULE = "aws-access-key-id"


def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def paths(report):
    return sorted((f["rule"], f["location"]["path"]) for f in report["findings"])


def suppressed(report):
    return report["summary"]["suppressed"]


class SuppressScanTest(TempDirTest):

    def fingerprint(self, key):
        code, report = run_json("scan", "-", input=f"k = {key}\n".encode())
        self.assertEqual(code, 1)
        return report["findings"][0]["fingerprint"]

    def test_inline_allow_comments_leakgate_and_gitleaks(self):
        self.write("a.py", f'key = "{KEY_ID}"  # leakgate:allow\n'
                           f'other = "{OTHER_KEY_ID}"\n'
                           f'again = "{KEY_ID}"  // gitleaks:allow\n')
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 1)
        self.assertEqual(paths(report), [(KEY_RULE, "a.py")])
        self.assertEqual(report["findings"][0]["location"]["line"], 2)
        self.assertEqual(suppressed(report), {"inline": 2, "ignore_file": 0, "baseline": 0})
        text = run("scan", self.dir).stdout.decode()
        self.assertIn("; 2 suppressed (2 inline)\n", text)

    def test_everything_allowed_is_exit_0_but_still_counted(self):
        self.write("a.py", f'key = "{KEY_ID}"  # leakgate:allow\n')
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 0)
        self.assertEqual(report["findings"], [])
        self.assertEqual(suppressed(report)["inline"], 1)
        sarif = json.loads(run("scan", self.dir, "--format", "sarif").stdout)
        self.assertEqual(sarif["runs"][0]["invocations"][0]["properties"]["suppressed"],
                         {"inline": 1, "ignore_file": 0, "baseline": 0})

    def test_ignore_file_at_the_root_follows_the_secret_with_a_glob(self):
        fp = self.fingerprint(KEY_ID)
        self.write("tests/fixture.py", f"k = {KEY_ID}\n")
        self.write("src/app.py", f"\n\nk = {KEY_ID}\n")
        self.write("src/other.py", f"k = {OTHER_KEY_ID}\n")
        self.write(".leakgateignore", f"# fixtures\n{fp} tests/*  # fake key for tests\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 1)
        self.assertEqual(paths(report), [(KEY_RULE, "src/app.py"), (KEY_RULE, "src/other.py")])
        self.assertEqual(suppressed(report)["ignore_file"], 1)
        # Without the glob the entry follows the secret wherever it moves.
        self.write(".leakgateignore", f"{fp}\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual(paths(report), [(KEY_RULE, "src/other.py")])
        self.assertEqual(suppressed(report)["ignore_file"], 2)
        self.assertIn("2 suppressed (2 by .leakgateignore)", run("scan", self.dir).stdout.decode())

    def test_each_root_has_its_own_file_with_paths_relative_to_it(self):
        fp = self.fingerprint(KEY_ID)
        self.write("one/tests/a.py", f"k = {KEY_ID}\n")
        self.write("one/.leakgateignore", f"{fp} tests/*\n")
        self.write("two/tests/a.py", f"k = {KEY_ID}\n")
        one, two = os.path.join(self.dir, "one"), os.path.join(self.dir, "two")
        code, report = run_json("scan", one, two)
        self.assertEqual(code, 1)
        self.assertEqual(paths(report), [(KEY_RULE, f"{two}/tests/a.py")])
        code, report = run_json("scan", one)
        self.assertEqual((code, report["findings"]), (0, []))

    def test_ignore_file_flag_and_no_repo_config(self):
        fp = self.fingerprint(KEY_ID)
        other_fp = self.fingerprint(OTHER_KEY_ID)
        self.write("tree/a.py", f"k = {KEY_ID}\nj = {OTHER_KEY_ID}\n")
        self.write("tree/.leakgateignore", f"{fp}\n")
        mine = self.write("mine.ignore", f"{other_fp} a.py\n")
        tree = os.path.join(self.dir, "tree")
        _, report = run_json("scan", tree, "--no-repo-config")
        self.assertEqual(len(report["findings"]), 2)
        self.assertEqual(suppressed(report)["ignore_file"], 0)
        _, report = run_json("scan", tree, "--ignore-file", mine)
        self.assertEqual([f["fingerprint"] for f in report["findings"]], [fp])
        _, report = run_json("scan", tree, "--ignore-file", mine, "--no-repo-config")
        self.assertEqual([f["fingerprint"] for f in report["findings"]], [fp])
        code, report = run_json("scan", tree, "--ignore-file", os.path.join(self.dir, "none"))
        self.assertEqual(code, 2)
        self.assertIn("cannot read", report["errors"][0]["message"])

    def test_expired_entry_reports_the_finding_again_with_a_warning(self):
        fp = self.fingerprint(KEY_ID)
        self.write("a.py", f"k = {KEY_ID}\n")
        self.write(".leakgateignore", f"# first line\n\n{fp} expires=2020-01-01 # was a fixture\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 1)
        self.assertEqual(len(report["findings"]), 1)
        self.assertEqual(report["warnings"], [
            f"{self.dir}/.leakgateignore:3: entry expired on 2020-01-01; finding reported again"])
        # Named as the root was given.
        code, report = run_json("scan", ".", cwd=self.dir)
        self.assertEqual(report["warnings"], [
            ".leakgateignore:3: entry expired on 2020-01-01; finding reported again"])
        self.write(".leakgateignore", f"{fp} expires=2999-12-31\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual((code, report["warnings"]), (0, []))

    def test_report_unused_ignores(self):
        fp = self.fingerprint(KEY_ID)
        unused = "lg1:" + "0" * 32
        self.write("a.py", f"k = {KEY_ID}\n")
        self.write(".leakgateignore", f"{fp}\n{unused}\n{fp} elsewhere/*\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual((code, report["warnings"]), (0, []))
        code, report = run_json("scan", "--report-unused-ignores", cwd=self.dir)
        self.assertEqual(code, 0)
        self.assertEqual(report["warnings"], [
            f".leakgateignore:2: entry {unused} matched no finding",
            f".leakgateignore:3: entry {fp} matched no finding"])

    def test_malformed_ignore_file_is_exit_2_naming_file_and_line(self):
        self.write("a.py", f"k = {KEY_ID}\n")
        self.write(".leakgateignore", f"# ok\n{KEY_ID}\n")
        result = run("scan", self.dir)
        self.assertEqual(result.returncode, 2)
        stderr = result.stderr.decode()
        self.assertIn(".leakgateignore:2: expected a fingerprint", stderr)
        self.assertNotIn(KEY_ID, stderr, "a line's words are never echoed")
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 2)
        self.assertEqual(report["findings"], [], "nothing was scanned")
        self.assertIn(".leakgateignore:2:", report["errors"][0]["message"])

    def test_ignore_file_that_is_a_symlink_is_not_followed(self):
        fp = self.fingerprint(KEY_ID)
        self.write("tree/a.py", f"k = {KEY_ID}\n")
        target = self.write("outside", f"{fp}\n")
        os.symlink(target, os.path.join(self.dir, "tree", ".leakgateignore"))
        code, report = run_json("scan", os.path.join(self.dir, "tree"))
        self.assertEqual(code, 1)
        self.assertEqual(len(report["findings"]), 1)
        self.assertIn("not read as an ignore file", report["warnings"][0])

    def test_baseline_suppresses_what_an_earlier_report_had(self):
        self.write("tree/a.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")
        tree = os.path.join(self.dir, "tree")
        baseline = os.path.join(self.dir, "baseline.json")
        self.assertEqual(run("scan", tree, "--format", "json", "-o", baseline).returncode, 1)
        # A new secret added later is the only one reported.
        self.write("tree/b.py", f"\n\nk = {OTHER_KEY_ID}\n")
        code, report = run_json("scan", tree, "--baseline", baseline)
        self.assertEqual(code, 1)
        self.assertEqual(paths(report), [(KEY_RULE, "b.py")])
        self.assertEqual(suppressed(report), {"inline": 0, "ignore_file": 0, "baseline": 2})
        text = run("scan", tree, "--baseline", baseline).stdout.decode()
        self.assertIn("; 2 suppressed (2 by baseline)\n", text)

    def test_unreadable_or_invalid_baseline_is_exit_2(self):
        self.write("a.py", f"k = {KEY_ID}\n")
        bad = self.write("..bad.json", '{"findings": "no"}')
        for baseline, message in [(bad, "not a leakgate JSON report"),
                                  (os.path.join(self.dir, "none.json"), "cannot read")]:
            result = run("scan", self.dir, "--baseline", baseline)
            self.assertEqual(result.returncode, 2)
            self.assertIn(message, result.stderr.decode())


class SuppressGitTest(TempDirTest):

    def setUp(self):
        super().setUp()
        self.repo = os.path.join(self.dir, "repo")
        os.makedirs(self.repo)
        git(self.repo, "init", "-q", "-b", "main")
        git(self.repo, "config", "user.email", "dev@example.com")
        git(self.repo, "config", "user.name", "Dev")

    def commit(self, files, message):
        for name, text in files.items():
            path = os.path.join(self.repo, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as out:
                out.write(text)
            git(self.repo, "add", name)
        git(self.repo, "commit", "-q", "-m", message)

    def test_work_tree_ignore_file_inline_allow_and_baseline(self):
        self.commit({"a.py": f"k = {KEY_ID}  # leakgate:allow\n",
                     "tests/b.py": f"k = {OTHER_KEY_ID}\n",
                     "c.py": f"\nk = {OTHER_KEY_ID}\n"}, "add")
        code, report = run_json("git", self.repo)
        self.assertEqual(code, 1)
        self.assertEqual(paths(report), [(KEY_RULE, "c.py"), (KEY_RULE, "tests/b.py")])
        self.assertEqual(suppressed(report)["inline"], 1)
        fp = report["findings"][0]["fingerprint"]

        # The work tree's file (not committed) applies, with globs on the
        # path in the commit, also when a subdirectory is named.
        with open(os.path.join(self.repo, ".leakgateignore"), "w") as out:
            out.write(f"{fp} tests/*\n")
        for where in (self.repo, os.path.join(self.repo, "tests")):
            code, report = run_json("git", where)
            self.assertEqual(paths(report), [(KEY_RULE, "c.py")], where)
            self.assertEqual(suppressed(report), {"inline": 1, "ignore_file": 1, "baseline": 0})
        code, report = run_json("git", self.repo, "--no-repo-config")
        self.assertEqual(len(report["findings"]), 2)

        baseline = os.path.join(self.dir, "baseline.json")
        run("git", self.repo, "--format", "json", "-o", baseline)
        code, report = run_json("git", self.repo, "--baseline", baseline)
        self.assertEqual((code, report["findings"]), (0, []))
        self.assertEqual(suppressed(report), {"inline": 1, "ignore_file": 1, "baseline": 1})

    def test_staged_inline_allow_and_malformed_ignore_file(self):
        self.commit({"README": "hello\n"}, "init")
        with open(os.path.join(self.repo, "fixture.py"), "w") as out:
            out.write(f'KEY = "{KEY_ID}"  # leakgate:allow test fixture\n')
        git(self.repo, "add", "fixture.py")
        code, report = run_json("git", "--staged", self.repo)
        self.assertEqual((code, report["findings"]), (0, []))
        self.assertEqual(suppressed(report)["inline"], 1)

        with open(os.path.join(self.repo, ".leakgateignore"), "w") as out:
            out.write("lg1:1234 tests/*\n")
        result = run("git", "--staged", self.repo)
        self.assertEqual(result.returncode, 2)
        self.assertIn(".leakgateignore:1: expected a fingerprint", result.stderr.decode())

    def test_bare_repository_has_no_ignore_file(self):
        self.commit({"a.py": f"k = {KEY_ID}\n"}, "add")
        bare = os.path.join(self.dir, "bare.git")
        subprocess.run(["git", "clone", "-q", "--bare", self.repo, bare], check=True)
        code, report = run_json("git", bare)
        self.assertEqual(code, 1)
        fp = report["findings"][0]["fingerprint"]
        ignore = self.write("ignore", f"{fp}\n")
        code, report = run_json("git", bare, "--ignore-file", ignore)
        self.assertEqual((code, suppressed(report)["ignore_file"]), (0, 1))

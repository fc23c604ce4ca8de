"""End-to-end: the GitHub Action (action.yml) and the GitLab CI template
(ci/gitlab/leakgate.gitlab-ci.yml) parse, wire their inputs and files to what
the Dockerfile installs, and, run as the CI runs them (the Action's
entrypoint with its `runs.env`, the template job's variables and script
under POSIX sh), report only the key that the new commits add: SARIF for
the Action, a schema-valid GitLab secret-detection report for the template.
No Docker daemon is used: the scripts run here with leakgate on PATH."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from leakgate_e2e import BIN, KEY_ID, OTHER_KEY_ID, SOURCE_DIR, import_yaml, run
from test_ci_reports import check_gitlab

ACTION = os.path.join(SOURCE_DIR, "action.yml")
TEMPLATE = os.path.join(SOURCE_DIR, "ci", "gitlab", "leakgate.gitlab-ci.yml")
DOCKERFILE = os.path.join(SOURCE_DIR, "Dockerfile")
GATE = os.path.join(SOURCE_DIR, "ci", "leakgate-ci.sh")
ZEROS = "0" * 40


def load_yaml(path):
    with open(path) as f:
        return import_yaml().safe_load(f)


def dockerfile_copies():
    """The final image's COPY lines from the build context: {destination: source}."""
    with open(DOCKERFILE) as f:
        text = f.read()
    return {dest: src for src, dest in re.findall(r"^COPY (?!--from)(\S+) (/usr/local/bin/\S+)$", text, re.M)}


class CiIntegrationTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.action = load_yaml(ACTION)
        cls.template = load_yaml(TEMPLATE)
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-ci-")
        os.chmod(cls.tmp, 0o755)
        bin_dir = os.path.join(cls.tmp, "bin")
        os.makedirs(bin_dir)
        # Copies, not links: the test also runs them as another user, who may
        # not be able to reach the build or source tree (a checkout under a
        # private directory).
        shutil.copy2(os.path.abspath(BIN), os.path.join(bin_dir, "leakgate"))
        # The names the image installs them under.
        for dest, src in dockerfile_copies().items():
            shutil.copy2(os.path.join(SOURCE_DIR, src), os.path.join(bin_dir, os.path.basename(dest)))
        cls.env = {key: value for key, value in os.environ.items()
                   if not key.startswith(("GIT_", "CI_", "LEAKGATE_", "GITHUB_", "INPUT_"))}
        cls.env["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
        cls.env.update(GIT_AUTHOR_NAME="Dev", GIT_AUTHOR_EMAIL="dev@example.com",
                       GIT_COMMITTER_NAME="Dev", GIT_COMMITTER_EMAIL="dev@example.com")
        cls.repo = os.path.join(cls.tmp, "repo")
        os.makedirs(cls.repo)
        cls.git("init", "-q", "-b", "main")
        cls.write("config/settings.env", f"AWS_ACCESS_KEY_ID={OTHER_KEY_ID}\n")
        cls.git("add", "-A")
        cls.git("commit", "-q", "-m", "settings")
        cls.base = cls.git("rev-parse", "HEAD")
        cls.write("app/client.py", f'ACCESS_KEY_ID = "{KEY_ID}"\n')
        cls.git("add", "-A")
        cls.git("commit", "-q", "-m", "client")
        cls.head = cls.git("rev-parse", "HEAD")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def git(cls, *args):
        return subprocess.run(["git", *args], cwd=cls.repo, env=cls.env, check=True,
                              stdout=subprocess.PIPE).stdout.decode().strip()

    @classmethod
    def write(cls, name, text):
        path = os.path.join(cls.repo, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def tearDown(self):
        for name in ("leakgate.sarif", "gl-secret-detection-report.json", "leakgate-junit.xml"):
            path = os.path.join(self.repo, name)
            if os.path.exists(path):
                os.unlink(path)

    # --- the files themselves ------------------------------------------------

    def test_the_action_is_a_container_action_of_the_dockerfile(self):
        runs = self.action["runs"]
        self.assertEqual(runs["using"], "docker")
        self.assertEqual(runs["image"], "Dockerfile")
        self.assertEqual(dockerfile_copies()[runs["entrypoint"]], "ci/github/entrypoint.sh")
        self.assertEqual(dockerfile_copies()["/usr/local/bin/leakgate-ci"], "ci/leakgate-ci.sh")
        # Every input reaches the gate as its LEAKGATE_ variable, and the
        # gate reads each of them.
        with open(GATE) as f:
            gate = f.read()
        for name in self.action["inputs"]:
            variable = "LEAKGATE_" + name.upper()
            self.assertEqual(runs["env"][variable], "${{ inputs.%s }}" % name)
            self.assertIn("${" + variable, gate)
        self.assertEqual(set(self.action["inputs"]),
                         {"mode", "base", "head", "format", "output", "args"})
        self.assertEqual(set(self.action["outputs"]), {"exit-code", "report"})

    def test_the_gate_uses_only_flags_that_exist(self):
        with open(GATE) as f:
            flags = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)\b", f.read()))
        helps = run("git", "--help").stdout.decode() + run("scan", "--help").stdout.decode()
        for flag in flags - {"--is-shallow-repository"}:  # git's own
            self.assertRegex(helps, rf"(?<![\w-]){re.escape(flag)}\b", flag)
        for fmt in ("sarif", "gitlab", "junit"):
            self.assertIn(fmt, self.action["inputs"]["format"]["description"])

    def test_the_template_hands_gitlab_its_report(self):
        job = self.template["leakgate_secret_detection"]
        self.assertEqual(job["image"]["entrypoint"], [""])
        self.assertEqual(job["variables"]["LEAKGATE_FORMAT"], "gitlab")
        self.assertEqual(job["variables"]["GIT_DEPTH"], "0")
        report = job["variables"]["LEAKGATE_OUTPUT"]
        self.assertEqual(job["artifacts"]["reports"]["secret_detection"], report)
        self.assertEqual(job["artifacts"]["when"], "always")

    # --- running them ----------------------------------------------------------

    def action_env(self, **inputs):
        values = {name: str(spec.get("default", "")) for name, spec in
                  self.action["inputs"].items()}
        values.update(inputs)
        env = dict(self.env)
        for variable, expression in self.action["runs"]["env"].items():
            env[variable] = values[re.fullmatch(r"\$\{\{ inputs\.(\w+) \}\}", expression).group(1)]
        return env

    def run_action(self, **inputs):
        """Runs the Action's entrypoint as GitHub would in its container;
        returns (exit code, the step's outputs)."""
        outputs = os.path.join(self.tmp, "github_output")
        open(outputs, "w").close()
        os.chmod(outputs, 0o666)
        env = dict(self.action_env(**inputs), GITHUB_WORKSPACE=self.repo, GITHUB_OUTPUT=outputs)
        entrypoint = os.path.basename(self.action["runs"]["entrypoint"])
        result = subprocess.run([entrypoint], cwd="/", env=env, timeout=120,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with open(outputs) as f:
            values = dict(line.split("=", 1) for line in f.read().splitlines())
        return result.returncode, values, result.stderr.decode()

    def sarif_keys(self):
        with open(os.path.join(self.repo, "leakgate.sarif")) as f:
            log = json.load(f)
        return sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                      for r in log["runs"][0]["results"])

    def test_the_action_reports_only_the_new_key(self):
        status, outputs, stderr = self.run_action(base=self.base, head=self.head)
        self.assertEqual(status, 1, stderr)
        self.assertEqual(outputs, {"exit-code": "1", "report": "leakgate.sarif"})
        self.assertEqual(self.sarif_keys(), [("aws-access-key-id", "app/client.py")])

    def test_the_action_on_a_new_branch_scans_the_whole_history(self):
        status, outputs, stderr = self.run_action(base=ZEROS, head=self.head)
        self.assertEqual(status, 1, stderr)
        self.assertIn("no base commit", stderr)
        self.assertEqual(self.sarif_keys(), [("aws-access-key-id", "app/client.py"),
                                             ("aws-access-key-id", "config/settings.env")])

    def test_the_action_passes_its_format_and_args(self):
        status, outputs, stderr = self.run_action(base=self.base, head=self.head, format="junit",
                                                  args="--exclude app/*")
        self.assertEqual(status, 0, stderr)
        self.assertEqual(outputs, {"exit-code": "0", "report": "leakgate-junit.xml"})
        with open(os.path.join(self.repo, "leakgate-junit.xml")) as f:
            self.assertIn('name="no leaked secrets"', f.read())

    def test_the_action_as_root_runs_as_the_workspace_owner(self):
        # GitHub's container runs as root on a workspace the runner's user
        # owns, which libgit2 refuses to open as root.
        if os.geteuid() != 0 or shutil.which("setpriv") is None:
            self.skipTest("needs root and setpriv")
        subprocess.run(["chown", "-R", "1001:1001", self.repo], check=True)
        try:
            status, outputs, stderr = self.run_action(base=self.base, head=self.head)
            self.assertEqual(status, 1, stderr)
            self.assertEqual(self.sarif_keys(), [("aws-access-key-id", "app/client.py")])
            self.assertEqual(os.stat(os.path.join(self.repo, "leakgate.sarif")).st_uid, 1001)
        finally:
            subprocess.run(["chown", "-R", "0:0", self.repo], check=True)

    def test_the_template_job_writes_a_valid_report_of_the_new_key(self):
        job = self.template["leakgate_secret_detection"]
        env = dict(self.env, **{k: str(v) for k, v in self.template["variables"].items()})
        env.update({k: str(v) for k, v in job["variables"].items()})
        env.update(CI_COMMIT_SHA=self.head, CI_MERGE_REQUEST_DIFF_BASE_SHA=self.base,
                   CI_COMMIT_BEFORE_SHA=ZEROS)
        result = subprocess.run(["sh", "-e", "-c", "\n".join(job["script"])], cwd=self.repo,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=120)
        self.assertEqual(result.returncode, 1, result.stderr)
        with open(os.path.join(self.repo, job["artifacts"]["reports"]["secret_detection"])) as f:
            report = json.load(f)
        check_gitlab(self, report)
        self.assertEqual([(v["location"]["file"], v["location"]["commit"]["sha"])
                          for v in report["vulnerabilities"]], [("app/client.py", self.head)])


if __name__ == "__main__":
    unittest.main()

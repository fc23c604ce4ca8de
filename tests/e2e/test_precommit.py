"""End-to-end: leakgate as a pre-commit hook (issue 6).

With the real pre-commit framework (Debian's `pre-commit` package, installed
here if missing): a repository whose .pre-commit-config.yaml uses this
repository's .pre-commit-hooks.yaml refuses a commit that stages an AWS key,
with the finding, its first guidance steps and how to fix or allow it on the
terminal; lets a clean commit, `SKIP=leakgate` and an inline allow comment
through. Without the framework: `leakgate install-hook` does the same with a
plain git hook and never overwrites another hook without --force."""

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

from leakgate_e2e import BIN, KEY_ID, OTHER_KEY_ID, SOURCE_DIR, import_yaml, missing_package, run

MANIFEST = os.path.join(SOURCE_DIR, ".pre-commit-hooks.yaml")
DOCKERFILE = os.path.join(SOURCE_DIR, "Dockerfile")
SETUP = os.path.join(SOURCE_DIR, "scripts", "setup.sh")


def find_pre_commit():
    """The path of pre-commit (Debian's pre-commit package)."""
    path = shutil.which("pre-commit")
    if path is None:
        raise missing_package("pre-commit", "pre-commit")
    return path


def load_yaml(path):
    with open(path) as f:
        return import_yaml().safe_load(f)


def setup_packages():
    """The package list of scripts/setup.sh."""
    with open(SETUP) as f:
        text = f.read()
    body = text.split("packages=(", 1)[1].split(")", 1)[0]
    return sorted(body.split())


class Repo:
    """A scratch repository with an identity, driven through real git."""

    def __init__(self, root, name="repo", env=None):
        self.path = os.path.join(root, name)
        os.makedirs(self.path)
        self.env = env or dict(os.environ)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.email", "dev@example.com")
        self.git("config", "user.name", "Dev")

    def git(self, *args, check=True, env=None):
        result = subprocess.run(["git", "-C", self.path, *args], env=env or self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        if check and result.returncode != 0:
            raise AssertionError(f"git {args} failed: {result.stdout!r} {result.stderr!r}")
        return result

    def write(self, name, text):
        path = os.path.join(self.path, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def stage(self, name, text):
        self.write(name, text)
        self.git("add", name)

    def commit(self, message, *args, env=None):
        """Runs `git commit`; returns (exit code, stdout + stderr as text)."""
        result = self.git("commit", "-m", message, *args, check=False, env=env)
        return result.returncode, (result.stdout + result.stderr).decode(errors="replace")

    def head(self):
        result = self.git("rev-parse", "-q", "--verify", "HEAD", check=False)
        return result.stdout.decode().strip() or None


class ManifestTest(unittest.TestCase):

    def test_hooks_manifest_offers_both_hooks(self):
        hooks = {hook["id"]: hook for hook in load_yaml(MANIFEST)}
        self.assertEqual(sorted(hooks), ["leakgate", "leakgate-docker"])
        for hook in hooks.values():
            for key in ("id", "name", "entry", "language"):
                self.assertIsInstance(hook.get(key), str, (hook["id"], key))
            self.assertEqual(hook["entry"], "leakgate git --staged")
            self.assertIs(hook["pass_filenames"], False)
            self.assertIs(hook["always_run"], True)
        self.assertEqual(hooks["leakgate"]["language"], "system")
        self.assertEqual(hooks["leakgate-docker"]["language"], "docker")

    def test_dockerfile_builds_on_debian_12_with_the_setup_packages(self):
        with open(DOCKERFILE) as f:
            text = f.read()
        self.assertIn("FROM debian:12 AS build", text)
        install = text.split("apt-get install -y --no-install-recommends", 1)[1]
        install = set(install.split("&&", 1)[0].replace("\\", " ").split())
        # What scripts/setup.sh installs to build: the same packages, less
        # the test, benchmark and fuzzing ones (tests are not built in the
        # image).
        build = {p for p in setup_packages()
                 if p.endswith("-dev")
                 or p in ("g++", "cmake", "ninja-build", "pkg-config")}
        build -= {"libgtest-dev", "libbenchmark-dev", "libclang-rt-14-dev"}
        self.assertEqual(install, build)
        self.assertIn("cmake --build /build --target leakgate", text)
        self.assertIn('ENTRYPOINT ["leakgate"]', text)


class PreCommitFrameworkTest(unittest.TestCase):
    """This repository's manifest through the real pre-commit framework: the
    manifest is committed to a scratch hooks repository that a test
    repository's .pre-commit-config.yaml names (what `pre-commit try-repo`
    does), with leakgate on PATH."""

    @classmethod
    def setUpClass(cls):
        cls.pre_commit = find_pre_commit()
        cls.tmp = tempfile.mkdtemp(prefix="leakgate-precommit-")
        # leakgate on PATH under its own name, whatever LEAKGATE_BIN is called.
        bin_dir = os.path.join(cls.tmp, "bin")
        os.makedirs(bin_dir)
        os.symlink(os.path.abspath(BIN), os.path.join(bin_dir, "leakgate"))
        cls.env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                       PRE_COMMIT_HOME=os.path.join(cls.tmp, "cache"))
        for variable in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "SKIP"):
            cls.env.pop(variable, None)
        hooks = Repo(cls.tmp, "hooks-repo", cls.env)
        shutil.copy(MANIFEST, os.path.join(hooks.path, ".pre-commit-hooks.yaml"))
        hooks.git("add", ".pre-commit-hooks.yaml")
        hooks.git("commit", "-q", "-m", "leakgate hooks")
        cls.hooks_repo, cls.hooks_rev = hooks.path, hooks.head()
        cls.count = 0

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def new_repo(self):
        type(self).count += 1
        repo = Repo(self.tmp, f"repo{self.count}", self.env)
        # JSON is YAML: no YAML writer needed.
        config = {"repos": [{"repo": self.hooks_repo, "rev": self.hooks_rev,
                             "hooks": [{"id": "leakgate"}]}]}
        repo.stage(".pre-commit-config.yaml", json.dumps(config, indent=2) + "\n")
        result = subprocess.run([self.pre_commit, "install"], cwd=repo.path, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        self.assertEqual(result.returncode, 0, result.stdout)
        return repo

    def test_commit_staging_a_key_is_refused_with_the_finding_and_how_to_fix_it(self):
        repo = self.new_repo()
        repo.stage("config/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        code, out = repo.commit("add settings")
        self.assertNotEqual(code, 0, out)
        self.assertIsNone(repo.head(), "nothing was committed")
        self.assertIn("leakgate (secrets in staged changes)", out)
        self.assertIn("Failed", out)
        self.assertIn("AWS access key ID (aws-access-key-id)", out)
        self.assertIn("config/.env:1:19", out)
        self.assertIn(f"1. Confirm the owning account: aws sts get-access-key-info "
                      f"--access-key-id {KEY_ID}", out)
        self.assertIn("2. In that account, find the user", out)
        self.assertIn("remove the secret from the file", out)
        self.assertIn("`git add` the file again", out)
        self.assertIn("leakgate:allow", out)
        self.assertIn(".leakgateignore", out)
        self.assertIn("must still be revoked", out)

    def test_clean_commit_passes(self):
        repo = self.new_repo()
        repo.stage("README.md", "hello\n")
        code, out = repo.commit("init")
        self.assertEqual(code, 0, out)
        self.assertIn("leakgate (secrets in staged changes)", out)
        self.assertIn("Passed", out)
        self.assertIsNotNone(repo.head())

    def test_skip_lets_an_intended_commit_through(self):
        repo = self.new_repo()
        repo.stage("k.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        code, out = repo.commit("on purpose", env=dict(self.env, SKIP="leakgate"))
        self.assertEqual(code, 0, out)
        self.assertIn("Skipped", out)
        self.assertIsNotNone(repo.head())

    def test_inline_allow_comment_lets_an_intended_commit_through(self):
        repo = self.new_repo()
        repo.stage("tests/fixture.py", f'KEY = "{KEY_ID}"  # leakgate:allow fake key\n')
        code, out = repo.commit("fixture")
        self.assertEqual(code, 0, out)
        self.assertIn("Passed", out)
        # The next commit that adds a key without the comment is refused.
        repo.stage("app.py", f'KEY = "{OTHER_KEY_ID}"\n')
        code, out = repo.commit("app")
        self.assertNotEqual(code, 0, out)
        self.assertIn("app.py:1:8", out)
        self.assertNotIn("tests/fixture.py", out)

    def test_commit_all_checks_what_git_stages_for_it(self):
        # `git commit -a` stages into a temporary index (GIT_INDEX_FILE).
        repo = self.new_repo()
        repo.stage("settings.py", "KEY = None\n")
        code, out = repo.commit("init")
        self.assertEqual(code, 0, out)
        before = repo.head()
        repo.write("settings.py", f'KEY = "{KEY_ID}"\n')
        code, out = repo.commit("oops", "-a")
        self.assertNotEqual(code, 0, out)
        self.assertIn("settings.py:1:8", out)
        self.assertEqual(repo.head(), before)


class InstallHookTest(unittest.TestCase):
    """`leakgate install-hook`: a plain git hook, no framework."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="leakgate-hook-")
        self.env = dict(os.environ)
        for variable in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"):
            self.env.pop(variable, None)
        self.repo = Repo(self._tmp.name, "repo", self.env)
        self.hook = os.path.join(self.repo.path, ".git", "hooks", "pre-commit")

    def tearDown(self):
        self._tmp.cleanup()

    def test_installed_hook_refuses_a_key_and_passes_a_clean_commit(self):
        result = run("install-hook", self.repo.path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(self.hook, result.stdout.decode())
        self.assertTrue(os.stat(self.hook).st_mode & stat.S_IXUSR)
        with open(self.hook) as f:
            script = f.read()
        self.assertTrue(script.startswith("#!/bin/sh\n"))
        self.assertIn(f"'{os.path.realpath(BIN)}' git --staged", script)

        self.repo.stage("README.md", "hello\n")
        code, out = self.repo.commit("clean")
        self.assertEqual(code, 0, out)
        first = self.repo.head()
        self.repo.stage("deploy/creds.txt", f"aws_access_key_id = {KEY_ID}\n")
        code, out = self.repo.commit("creds")
        self.assertEqual(code, 1, out)
        self.assertEqual(self.repo.head(), first)
        self.assertIn("deploy/creds.txt:1:21", out)
        self.assertIn("1. Confirm the owning account", out)
        self.assertIn("the commit was stopped", out)
        # The same hook again: nothing to do.
        result = run("install-hook", self.repo.path)
        self.assertEqual(result.returncode, 0)
        self.assertIn("unchanged", result.stdout.decode())

    def test_another_hook_is_kept_unless_forced(self):
        os.makedirs(os.path.dirname(self.hook), exist_ok=True)
        foreign = "#!/bin/sh\necho someone else's hook\n"
        with open(self.hook, "w") as f:
            f.write(foreign)
        os.chmod(self.hook, 0o755)
        result = run("install-hook", cwd=self.repo.path)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--force", result.stderr.decode())
        with open(self.hook) as f:
            self.assertEqual(f.read(), foreign)

        result = run("install-hook", "--force", cwd=self.repo.path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("replaced", result.stdout.decode())
        with open(self.hook) as f:
            self.assertIn("git --staged", f.read())
        self.repo.stage("a.txt", f"{KEY_ID}\n")
        code, out = self.repo.commit("key")
        self.assertEqual(code, 1, out)
        self.assertNotIn("someone else's hook", out)

    def test_worktrees_share_the_common_hook_and_bare_repositories_are_refused(self):
        self.repo.stage("README.md", "hello\n")
        self.assertEqual(self.repo.commit("init")[0], 0)
        worktree = os.path.join(self._tmp.name, "worktree")
        self.repo.git("worktree", "add", "-q", "-b", "side", worktree)
        result = run("install-hook", os.path.join(worktree))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(self.hook))
        with open(os.path.join(worktree, "k.txt"), "w") as f:
            f.write(f"{KEY_ID}\n")
        self.repo.git("-C", worktree, "add", "k.txt")
        result = subprocess.run(["git", "-C", worktree, "commit", "-m", "k"], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(result.returncode, 1, result.stderr)

        bare = os.path.join(self._tmp.name, "bare.git")
        subprocess.run(["git", "clone", "-q", "--bare", self.repo.path, bare], check=True,
                       env=self.env)
        result = run("install-hook", bare)
        self.assertEqual(result.returncode, 2)
        self.assertIn("bare repository", result.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(bare, "hooks", "pre-commit")))


if __name__ == "__main__":
    sys.exit(unittest.main())

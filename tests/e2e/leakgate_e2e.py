"""Shared helpers for the end-to-end tests: run the built binary, parse its
reports. LEAKGATE_BIN names the binary (CTest sets it); LEAKGATE_SOURCE_DIR
the source tree."""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("LEAKGATE_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
BIN = os.environ.get("LEAKGATE_BIN", os.path.join(SOURCE_DIR, "build", "leakgate"))
CORPUS_TREE = os.path.join(SOURCE_DIR, "corpus", "tree")
CORPUS_MANIFEST = os.path.join(SOURCE_DIR, "corpus", "tree.manifest.json")

# Fake credentials (random, not real).
KEY_ID = "AKIAYVP4CIPPERUVIFXG"
SECRET_KEY = "pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa+"
OTHER_KEY_ID = "AKIA2IJB4LAJLJ6HDU6G"
OTHER_SECRET_KEY = "uKcNd8Zra9A9sKPxZ9W3qLy7zKUVQDT7S8sTQCBN"


def run(*args, input=None, cwd=None, timeout=120, env=None):
    """Runs leakgate with args; returns the CompletedProcess (bytes)."""
    return subprocess.run([BIN, *args], input=input, cwd=cwd, timeout=timeout, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_json(*args, **kwargs):
    """Runs leakgate with --format json; returns (exit code, report dict)."""
    result = run(*args, "--format", "json", **kwargs)
    try:
        report = json.loads(result.stdout)
    except ValueError as error:
        raise AssertionError(f"not JSON ({error}): {result.stdout[:500]!r} "
                             f"stderr: {result.stderr[:500]!r}")
    return result.returncode, report


def spots(report):
    """Findings as sorted (rule, path, line, column, end_line, end_column)."""
    return sorted((f["rule"], f["location"]["path"], f["location"]["line"],
                   f["location"]["column"], f["location"]["end_line"],
                   f["location"]["end_column"]) for f in report["findings"])


class TempDirTest(unittest.TestCase):
    """A test with a fresh temporary directory in self.dir."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="leakgate-e2e-")
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, relative, data):
        path = os.path.join(self.dir, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(data.encode() if isinstance(data, str) else data)
        return path


def missing_package(package, what):
    """The error for a Debian package the tests need and the set-up command
    (scripts/setup.sh) installs. Tests never install packages themselves, and
    a missing one fails the test rather than skipping it, so a broken set-up
    is never mistaken for a pass."""
    return RuntimeError(f"{what} is missing: install Debian's {package} "
                        f"(scripts/setup.sh does)")


def import_yaml():
    """The yaml module (Debian's python3-yaml)."""
    try:
        import yaml
    except ImportError:
        raise missing_package("python3-yaml", "the yaml module") from None
    return yaml

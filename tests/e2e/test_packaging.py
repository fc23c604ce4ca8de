"""The files the Debian package installs beside the binary: the bash, zsh
and fish completions and the man page name exactly the long flags that
`leakgate scan --help` and `leakgate git --help` list (no flag missing, none
that does not exist), and the report formats that --format accepts. The
package itself is built, linted and installed by scripts/package.sh."""

import os
import re
import shutil
import subprocess
import unittest

from leakgate_e2e import SOURCE_DIR, run

COMPLETIONS = os.path.join(SOURCE_DIR, "packaging", "completions")
MAN_PAGE = os.path.join(SOURCE_DIR, "docs", "leakgate.1")
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")


def help_flags(*command):
    return set(FLAG.findall(run(*command, "--help").stdout.decode())) - {"--help"}


def read(path):
    with open(path) as f:
        return f.read()


class PackagingFilesTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.scan = help_flags("scan")
        cls.git = help_flags("git")
        cls.every = cls.scan | cls.git | {"--version", "--force"}
        formats = re.search(r"\{([a-z,]+)\}=text", run("scan", "--help").stdout.decode())
        cls.formats = formats.group(1).split(",")

    def check(self, text, name):
        # Long flags as the file writes them: "--flag", or zsh's '--flag['
        # and fish's "-l flag".
        named = set(FLAG.findall(text)) | {"--" + flag for flag in
                                           re.findall(r"(?<!set )-l ([a-z-]+)", text)}
        named -= {"--help"}
        self.assertEqual(sorted(self.scan - named), [], f"{name} lacks these")
        self.assertEqual(sorted(self.git - named), [], f"{name} lacks these")
        self.assertEqual(sorted(named - self.every), [], f"{name} names flags that do not exist")
        words = set(re.findall(r"[a-z]+", text))
        self.assertEqual(sorted(set(self.formats) - words), [], f"{name} lacks these formats")

    def test_bash(self):
        text = read(os.path.join(COMPLETIONS, "leakgate.bash"))
        self.check(text, "bash")
        subprocess.run(["bash", "-n", os.path.join(COMPLETIONS, "leakgate.bash")], check=True)

    def test_zsh(self):
        self.check(read(os.path.join(COMPLETIONS, "_leakgate")), "zsh")

    def test_fish(self):
        self.check(read(os.path.join(COMPLETIONS, "leakgate.fish")), "fish")

    def test_man_page(self):
        # roff writes a hyphen in a flag as "\-".
        text = re.sub(r"\\f[BIRP]", "", read(MAN_PAGE).replace("\\-", "-"))
        self.check(text, "leakgate.1")
        self.assertIn("leakgate " + run("--version").stdout.decode().split()[1], text)
        if shutil.which("man"):
            result = subprocess.run(["man", "--warnings", "-l", MAN_PAGE], env=dict(
                os.environ, MANWIDTH="80", MAN_KEEP_FORMATTING="0"),
                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self.assertEqual(result.returncode, 0)
            self.assertEqual(result.stderr, b"")


if __name__ == "__main__":
    unittest.main()

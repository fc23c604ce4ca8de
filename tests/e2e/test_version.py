"""`leakgate --version`, `-V` and `leakgate version`: the same five lines, the
version taken from CMakeLists.txt's project() and the rule pack's count and
digest the same as `rules list` reports."""

import re
import os
import unittest

from leakgate_e2e import SOURCE_DIR, run


def project_version():
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt")) as cmake:
        return re.search(r"project\(leakgate VERSION (\d+\.\d+\.\d+)", cmake.read()).group(1)


class VersionTest(unittest.TestCase):

    def test_the_flag_the_short_flag_and_the_command_print_the_same(self):
        outputs = []
        for args in (["--version"], ["-V"], ["version"]):
            result = run(*args)
            self.assertEqual(result.returncode, 0, args)
            self.assertEqual(result.stderr, b"", args)
            outputs.append(result.stdout)
        self.assertEqual(outputs[0], outputs[1])
        self.assertEqual(outputs[0], outputs[2])

    def test_the_shape_of_each_line(self):
        lines = run("--version").stdout.decode().splitlines()
        listing = run("rules", "list").stdout.decode().splitlines()[-1]
        count, digest = re.fullmatch(r"(\d+) rules(?: in \d+ families)?, (sha256:[0-9a-f]{64})", listing).groups()
        self.assertEqual(len(lines), 5, lines)
        self.assertEqual(lines[0], "leakgate " + project_version())
        self.assertEqual(lines[1], f"rules      {count} rules, {digest}")
        self.assertRegex(lines[2], r"^hyperscan  \d+\.\d+\.\d+ \d{4}-\d{2}-\d{2}$")
        self.assertRegex(lines[3], r"^libgit2    \d+\.\d+\.\d+$")
        self.assertRegex(lines[4], r"^pcre2      \d+\.\d+ \d{4}-\d{2}-\d{2}$")

    def test_no_subcommand_and_no_flag_is_still_a_usage_error(self):
        result = run()
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"A subcommand is required", result.stderr)
        self.assertEqual(result.stdout, b"")

    def test_help_lists_the_flag(self):
        self.assertIn(b"-V,--version", run("--help").stdout)


if __name__ == "__main__":
    unittest.main()

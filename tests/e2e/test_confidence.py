"""End-to-end: each finding's confidence, and --min-confidence."""

import os
import unittest

from leakgate_e2e import KEY_ID, SECRET_KEY, TempDirTest, run, run_json


class ConfidenceTest(TempDirTest):

    def setUp(self):
        super().setUp()
        self.write(".env", "DB_PASSWORD=Tr0ub4dorZ3xq9\n")
        self.write("app.py", 'db_password = "Tr0ub4dorZ3xq9"\n')
        self.write("keys.txt", f"aws_access_key_id = {KEY_ID}\n"
                               f"aws_secret_access_key = {SECRET_KEY}\n")
        # Its account bits decode to 1066752855143, 13 digits: made up.
        self.write("fake.txt", "id = AKIA7QX3MZRT2LKWPBNC\n")

    def confidences(self, *args):
        code, report = run_json("scan", *args, self.dir)
        return code, sorted((f["location"]["path"], f["rule"], f["confidence"])
                            for f in report["findings"]), report["summary"]

    def test_each_finding_has_its_confidence(self):
        code, found, summary = self.confidences()
        self.assertEqual(code, 1)
        self.assertEqual(found, [
            (".env", "generic-secret", "medium"),
            ("app.py", "generic-secret", "low"),
            ("fake.txt", "aws-access-key-id", "medium"),
            ("keys.txt", "aws-access-key-id", "high"),
            ("keys.txt", "aws-secret-access-key", "high"),
        ])
        self.assertEqual(summary["below_min_confidence"], 0)

    def test_min_confidence_filters_and_counts(self):
        _, found, summary = self.confidences("--min-confidence", "medium")
        self.assertEqual([f[0] for f in found], [".env", "fake.txt", "keys.txt", "keys.txt"])
        self.assertEqual(summary["below_min_confidence"], 1)
        _, found, summary = self.confidences("--min-confidence", "high")
        self.assertEqual([f[0] for f in found], ["keys.txt", "keys.txt"])
        self.assertEqual(summary["below_min_confidence"], 3)

    def test_unknown_level_is_a_usage_error(self):
        result = run("scan", "--min-confidence", "bogus", self.dir)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"--min-confidence", result.stderr)


if __name__ == "__main__":
    unittest.main()

"""End-to-end: credentials in real-format configuration files.

Scans corpus/config-files (a .netrc, wp-config.php, Maven settings.xml,
NuGet.Config, Django settings, a Laravel .env, a backup script) and checks
every finding by rule, path, line and column, and that the decoys/ files
(references, empty values, pagination and idempotency tokens) give none.
"""

import os
import unittest

from leakgate_e2e import SOURCE_DIR, run_json

CORPUS = os.path.join(SOURCE_DIR, "corpus", "config-files")


class ConfigFilesTest(unittest.TestCase):

    def findings(self, path):
        code, report = run_json("scan", path)
        return code, sorted((f["rule"], f["location"]["path"], f["location"]["line"],
                             f["location"]["column"]) for f in report["findings"])

    def test_each_credential_is_found_where_it_is(self):
        code, found = self.findings(CORPUS)
        self.assertEqual(code, 1)
        self.assertEqual(found, sorted([
            ("netrc-password", ".netrc", 3, 12),
            ("nuget-cleartext-password", "NuGet.Config", 6, 43),
            ("cli-password-argument", "backup.sh", 2, 23),
            ("django-secret-key", "django/settings.py", 3, 15),
            ("laravel-app-key", "laravel.env", 3, 9),
            ("generic-secret", "laravel.env", 4, 13),
            ("xml-password-element", "maven/settings.xml", 6, 17),
            ("wordpress-config-secret", "wordpress/wp-config.php", 4, 25),
            ("wordpress-config-secret", "wordpress/wp-config.php", 7, 29),
        ]))

    def test_decoys_give_no_finding(self):
        code, found = self.findings(os.path.join(CORPUS, "decoys"))
        self.assertEqual((code, found), (0, []))


if __name__ == "__main__":
    unittest.main()

"""End-to-end: `leakgate rules list` names each rule's family (the stem of its
rules/*.toml file) and counts the rules of each family."""

import os
import re
import unittest

from leakgate_e2e import SOURCE_DIR, run


def listing():
    result = run("rules", "list")
    if result.returncode != 0:
        raise AssertionError(result.stderr.decode())
    lines = result.stdout.decode().splitlines()
    blank = lines.index("")
    return lines[:blank], lines[blank + 1:]


class RulesListTest(unittest.TestCase):

    def test_the_age_family_exactly(self):
        rules, families = listing()
        self.assertEqual(rules[0], "ID                           FAMILY           SEVERITY  "
                                   "NAME                               KEYWORDS")
        age = [line for line in rules if line.split()[1] == "age"]
        self.assertEqual(age, ["age-secret-key               age              critical  "
                               "age secret key                     AGE-SECRET-KEY-1"])
        self.assertEqual(families[0], "FAMILY           RULES")
        self.assertIn("age                  1", families)

    def test_family_counts_add_up_to_the_rules_and_files(self):
        rules, families = listing()
        per_rule = {}
        for line in rules[1:]:
            family = line.split()[1]
            per_rule[family] = per_rule.get(family, 0) + 1
        table = {}
        for line in families[1:-1]:
            name, count = line.split()
            table[name] = int(count)
        self.assertEqual(table, per_rule)
        footer = re.fullmatch(r"(\d+) rules in (\d+) families, sha256:[0-9a-f]{64}", families[-1])
        self.assertIsNotNone(footer, families[-1])
        self.assertEqual(int(footer.group(1)), len(rules) - 1)
        self.assertEqual(int(footer.group(2)), len(table))
        # Every rule file that defines a rule is a family (allow.toml holds none).
        stems = {name[:-5] for name in os.listdir(os.path.join(SOURCE_DIR, "rules"))
                 if name.endswith(".toml")}
        self.assertEqual(set(table), stems - {"allow"})
        self.assertEqual(table["aws"], len([l for l in rules if l.split()[1] == "aws"]))


if __name__ == "__main__":
    unittest.main()

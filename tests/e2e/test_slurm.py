"""Opt-in (LEAKGATE_SLURM_TEST=1, as root, Debian's slurm-wlm and munge):
scripts/slurm-shards.sh starts a single-node Slurm, runs the 3 shards of
`leakgate git` on a test repository as a job array, merges them, and the
merge equals the unsharded report (issue 17)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from leakgate_e2e import BIN, SOURCE_DIR

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_git_repos as repos  # noqa: E402


@unittest.skipUnless(os.environ.get("LEAKGATE_SLURM_TEST") == "1",
                     "set LEAKGATE_SLURM_TEST=1 to start a single-node Slurm")
class SlurmTest(unittest.TestCase):

    def test_a_job_array_of_shards_merges_to_the_unsharded_report(self):
        tmp = tempfile.mkdtemp(prefix="leakgate-slurm-repo-")
        self.addCleanup(shutil.rmtree, tmp)
        os.chmod(tmp, 0o755)
        repos.main(["make_git_repos.py", tmp, "history"])
        result = subprocess.run(
            [os.path.join(SOURCE_DIR, "scripts", "slurm-shards.sh"), BIN,
             os.path.join(tmp, "history"), "3"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        self.assertIn(b"3 shards as a job array, merged = unsharded", result.stdout)


if __name__ == "__main__":
    unittest.main()

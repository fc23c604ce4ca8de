"""Hostile files: what corpus/make_hostile_files.py writes, and inputs that
need a live file system (paths past PATH_MAX, links out of the root, a file
that changes while it is read). Every run has a hard timeout; no run may
print a full secret key it was not asked to show."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from leakgate_e2e import BIN, KEY_ID, OTHER_KEY_ID, SECRET_KEY, SOURCE_DIR, TempDirTest, run

sys.path.insert(0, os.path.join(SOURCE_DIR, "corpus"))
import make_hostile_files  # noqa: E402

SANITIZED = bool(os.environ.get("LEAKGATE_SANITIZED"))
# The bound for one file of any size; ASan's shadow memory is not
# the scanner's, so the bound is checked on plain builds only.
MAX_RSS_KIB = 256 * 1024
TIMEOUT = 600 if SANITIZED else 120


def measured(*args, secrets=(), **kwargs):
    """Runs leakgate; returns (exit code, stdout, stderr, its peak RSS in
    KiB). Fails if any of `secrets` shows up in full on either stream."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([BIN, *args], stdout=out, stderr=err, **kwargs)
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    for secret in secrets:
        assert secret.encode() not in stdout + stderr, f"{secret[:4]}… printed in full"
    return process.returncode, stdout, stderr, usage.ru_maxrss


def spots(report):
    return sorted([f["rule"], f["location"]["path"], f["location"]["line"],
                   f["location"]["column"]] for f in report["findings"])


class GeneratedCasesTest(unittest.TestCase):
    """The cases of corpus/make_hostile_files.py, generated once."""

    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="leakgate-hostile-")
        cls.out = cls._tmp.name
        make_hostile_files.main(["make_hostile_files.py", cls.out])

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def case(self, name):
        with open(os.path.join(self.out, name, "expected.json")) as f:
            return os.path.join(self.out, name), json.load(f)

    def scan(self, path, *args, secrets=()):
        code, out, err, rss = measured("scan", "-f", "json", *args, path, secrets=secrets)
        try:
            return code, json.loads(out), err, rss
        except ValueError:
            self.fail(f"not JSON: {out[:300]!r} {err[:300]!r}")

    def test_small_files_give_exactly_the_planted_keys(self):
        # Empty files and the AWS documentation pair: nothing. CRLF, CR-only
        # and BOM files, UTF-16 both ways, an ELF and a NUL-laden file: the
        # pair each, at the columns of the text (BOM not counted).
        path, expected = self.case("small")
        secrets = expected["secrets"].values()
        code, report, err, _ = self.scan(path, secrets=secrets)
        self.assertEqual(code, 1, err)
        self.assertEqual(spots(report), expected["findings"])
        self.assertEqual(report["errors"], [])
        self.assertEqual(report["skipped"], [])

    def test_empty_files_and_the_documentation_pair_alone_exit_0(self):
        path, _ = self.case("small")
        for part in ("empty", "docs"):
            with self.subTest(part=part):
                code, report, err, _ = self.scan(os.path.join(path, part))
                self.assertEqual((code, report["findings"], report["errors"]), (0, [], []), err)
                self.assertEqual(report["summary"]["files"], 2 if part == "empty" else 1)

    def test_secrets_end_before_a_carriage_return(self):
        path, expected = self.case("small")
        code, report, _, _ = self.scan(path, "--show-secrets")
        shown = {f["location"]["path"]: f["secret"] for f in report["findings"]
                 if f["rule"] == "aws-secret-access-key"}
        self.assertEqual(shown["eol/crlf.env"], expected["secrets"]["crlf"])
        self.assertEqual(shown["eol/cr-only.env"], expected["secrets"]["cr"])
        self.assertEqual(shown["utf16/le.ps1"], expected["secrets"]["le"])
        self.assertEqual(shown["utf16/be.ps1"], expected["secrets"]["be"])

    def test_one_64_mib_line_in_bounded_memory_with_short_snippets(self):
        path, expected = self.case("long-line")
        code, report, err, rss = self.scan(path)
        self.assertEqual(code, 1, err)
        self.assertEqual(spots(report), expected["findings"])
        if not SANITIZED:
            self.assertLessEqual(rss, MAX_RSS_KIB)
        code, out, _, _ = measured("scan", "--no-color", path)
        lines = [line for line in out.decode().splitlines() if line.startswith("  line:")]
        self.assertEqual(len(lines), 3)
        for line in lines:
            self.assertLessEqual(len(line) - len("  line:    "), expected["max_snippet_bytes"])

    def test_keys_across_every_power_of_two_for_any_thread_count(self):
        path, expected = self.case("powers")
        for threads in ("1", "2", "8"):
            with self.subTest(threads=threads):
                code, report, err, _ = self.scan(path, "-j", threads)
                self.assertEqual(code, 1, err)
                self.assertEqual(spots(report), expected["findings"])

    def test_a_million_near_misses_find_nothing(self):
        path, expected = self.case("near-misses")
        self.assertEqual(expected["prefixes"], 1_000_000)
        code, report, err, _ = self.scan(path)
        self.assertEqual((code, report["findings"]), (0, []), err)

    def test_many_key_pairs_report_the_first_thousand_and_say_so(self):
        path, expected = self.case("many-pairs")
        pairs = expected["pairs"]
        code, report, err, rss = self.scan(path)
        self.assertEqual(code, 1, err)
        # Three lines a profile: the key ID on the second, the secret on the
        # third, in file order.
        first = sorted([rule, "credentials", 3 * i + line, column]
                       for i in range(500)
                       for rule, line, column in (("aws-access-key-id", 2, 21),
                                                  ("aws-secret-access-key", 3, 25)))
        self.assertEqual(spots(report), first)
        self.assertEqual(report["warnings"], [
            f"credentials: {2 * pairs - 1000} more findings not reported (at most 1000 per "
            "file; raise it with --max-findings-per-file)"])
        if not SANITIZED:
            self.assertLessEqual(rss, MAX_RSS_KIB)

    def test_without_a_limit_every_pair_is_reported(self):
        path, _ = self.case("many-pairs")
        with open(os.path.join(path, "credentials"), "rb") as f:
            head = b"".join(f.readline() for _ in range(3 * 5000))
        with tempfile.NamedTemporaryFile(suffix=".ini") as part:
            part.write(head)
            part.flush()
            code, out, err, _ = measured("scan", "-f", "jsonl", "--max-findings-per-file", "0",
                                         part.name)
        lines = out.decode().splitlines()
        self.assertEqual(code, 1, err)
        self.assertEqual(len(lines) - 1, 10_000)
        self.assertEqual(json.loads(lines[-1])["warnings"], [])


class FileSystemTest(TempDirTest):
    def test_directory_nested_past_path_max_is_scanned(self):
        # Built with directory descriptors: no path names it whole. The walk
        # opens such paths one directory at a time.
        self.write("top.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            for depth in range(25):  # 25 × 201 bytes > PATH_MAX (4096)
                os.mkdir("d" * 200, dir_fd=fd)
                child = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
                os.close(fd)
                fd = child
                if depth == 10:
                    self._create("mid.env", f"AWS_ACCESS_KEY_ID={OTHER_KEY_ID}\n", fd)
            self._create("bottom.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n", fd)
        finally:
            os.close(fd)
        code, out, err, _ = measured("scan", "-f", "json", self.dir)
        report = json.loads(out)
        self.assertEqual(code, 1, err)
        self.assertEqual(report["errors"], [])
        found = sorted((f["location"]["path"], f["secret"]) for f in report["findings"])
        deep = "/".join(["d" * 200] * 25)
        self.assertEqual(found, sorted([
            ("top.env", KEY_ID),
            ("/".join(["d" * 200] * 11) + "/mid.env", OTHER_KEY_ID),
            (deep + "/bottom.env", KEY_ID),
        ]))
        self.assertGreater(len(deep), 4096)

    @staticmethod
    def _create(name, text, dir_fd):
        fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dir_fd)
        os.write(fd, text.encode())
        os.close(fd)

    def test_links_are_never_followed_out_of_the_root(self):
        outside = tempfile.mkdtemp(prefix="leakgate-outside-")
        self.addCleanup(shutil.rmtree, outside)
        with open(os.path.join(outside, "creds.env"), "w") as f:
            f.write(f"AWS_ACCESS_KEY_ID={OTHER_KEY_ID}\n")
        root = os.path.join(self.dir, "root")
        self.write("root/inside.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        links = {"to-outside-dir": outside,
                 "to-outside-file": os.path.join(outside, "creds.env"),
                 "passwd": "/etc/passwd", "zero": "/dev/zero", "dot": ".", "dotdot": "..",
                 "dangling": "no-such-file", "loop-a": "loop-b", "loop-b": "loop-a"}
        for name, target in links.items():
            os.symlink(target, os.path.join(root, name))
        code, out, err, _ = measured("scan", "-f", "json", root)
        report = json.loads(out)
        self.assertEqual(code, 1, err)
        self.assertEqual([(f["secret"], f["location"]["path"]) for f in report["findings"]],
                         [(KEY_ID, "inside.env")])
        self.assertEqual(sorted(s["path"] for s in report["skipped"]), sorted(links))
        self.assertEqual(report["errors"], [])

    def test_sparse_file_holes_read_as_zeros(self):
        # Holes are filled with zeros without reading them; lines and
        # columns are those of the whole file.
        path = os.path.join(self.dir, "disk.img")
        size = 200 << 20
        first, second = f"\nAWS_ACCESS_KEY_ID={KEY_ID}\n", f"id={OTHER_KEY_ID}\n"
        with open(path, "wb") as f:
            f.truncate(size)
            f.seek(100 << 20)
            f.write(first.encode())
            f.seek(size)
            f.write(second.encode())
        if os.stat(path).st_blocks * 512 >= size:
            self.skipTest("this file system does not make sparse files")
        code, out, err, _ = measured("scan", "-f", "json", path)
        report = json.loads(out)
        self.assertEqual(code, 1, err)
        line_3 = (100 << 20) + len(first)  # where line 3 starts
        self.assertEqual(spots(report), sorted([
            ["aws-access-key-id", path, 2, 19],
            ["aws-access-key-id", path, 3, size + len("id=") - line_3 + 1],
        ]))
        self.assertEqual(report["summary"]["bytes"], size + len(second))

    def test_file_truncated_and_regrown_while_scanned(self):
        # Reads are bounded by the size seen at open and never mapped, so a
        # file that shrinks or grows underneath is scanned as far as it
        # goes: no SIGBUS, a valid report, the key at its start found.
        path = self.write("changing.log", b"")
        body = f"AWS_ACCESS_KEY_ID={KEY_ID}\n".encode()
        filler = b"y" * 99 + b"\n"
        stop = threading.Event()

        def churn():
            while not stop.is_set():
                with open(path, "r+b") as f:
                    f.truncate(0)
                    f.write(body + filler * 200_000)  # ~20 MB
                with open(path, "r+b") as f:
                    f.truncate(len(body) + 1000)

        with open(path, "wb") as f:
            f.write(body + filler * 200_000)
        thread = threading.Thread(target=churn)
        thread.start()
        try:
            for _ in range(10):
                code, out, err, _ = measured("scan", "-f", "json", path)
                self.assertIn(code, (0, 1, 2), err)  # a signal would be negative
                report = json.loads(out)
                self.assertTrue(report["complete"])
                for finding in report["findings"]:
                    self.assertEqual((finding["secret"], finding["location"]["line"]), (KEY_ID, 1))
        finally:
            stop.set()
            thread.join()


class ProcessTest(TempDirTest):
    def test_core_dumps_are_off(self):
        # A core file of a scanner holds what it read.
        process = subprocess.Popen([BIN, "scan", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            limits = ""
            for _ in range(100):
                with open(f"/proc/{process.pid}/limits") as f:
                    limits = f.read()
                if re.search(r"^Max core file size\s+0\s", limits, re.M):
                    break
                time.sleep(0.05)
            self.assertRegex(limits, r"(?m)^Max core file size\s+0\s")
        finally:
            process.stdin.close()
            process.wait(timeout=TIMEOUT)

    def test_no_secret_in_reports_errors_or_progress(self):
        self.write("k.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")
        missing = os.path.join(self.dir, "missing")
        for format_ in ("text", "json", "jsonl", "sarif"):
            with self.subTest(format=format_):
                code, out, err, _ = measured("scan", "-f", format_, "--progress", self.dir,
                                             missing, secrets=[SECRET_KEY])
                self.assertEqual(code, 2, err)
                self.assertIn(b"missing", out + err)

if __name__ == "__main__":
    unittest.main()

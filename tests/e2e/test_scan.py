"""End-to-end: `leakgate scan` of files, directories and stdin, exit codes,
report formats and the safety rules (redaction, links, FIFOs, -o)."""

import json
import os
import resource
import signal
import stat
import subprocess
import tempfile
import time
import unittest

from leakgate_e2e import (BIN, CORPUS_MANIFEST, CORPUS_TREE, KEY_ID, OTHER_KEY_ID,
                          OTHER_SECRET_KEY, SECRET_KEY, TempDirTest, run, run_json,
                          spots)


class CorpusTest(unittest.TestCase):
    """The bundled corpus: exactly the manifest's findings, nothing on decoys."""

    def test_findings_equal_the_manifest(self):
        with open(CORPUS_MANIFEST) as manifest_file:
            manifest = json.load(manifest_file)
        expected = sorted((f["rule"], f["path"], f["line"], f["column"],
                           f["end_line"], f["end_column"]) for f in manifest["findings"])
        code, report = run_json("scan", CORPUS_TREE)
        self.assertEqual(code, 1)
        self.assertEqual(report["errors"], [])
        self.assertTrue(report["complete"])
        self.assertEqual(spots(report), expected)
        decoy_lines = {(d["path"], d["line"]) for d in manifest["decoys"]}
        found_lines = {(f["location"]["path"], f["location"]["line"]) for f in report["findings"]}
        self.assertTrue(decoy_lines, "the manifest lists decoys")
        # A decoy may share a line with a planted key; a finding on a decoy-only
        # line would already have failed the equality above.
        self.assertEqual(len(found_lines), len({(e[1], e[2]) for e in expected}))

    def test_report_is_identical_for_any_thread_count(self):
        outputs = []
        for threads in ("1", "2", "8"):
            code, report = run_json("scan", "-j", threads, CORPUS_TREE)
            self.assertEqual(code, 1)
            report["summary"]["duration_ms"] = 0
            outputs.append(json.dumps(report))
        self.assertEqual(outputs[0], outputs[1])
        self.assertEqual(outputs[0], outputs[2])

    def test_text_output_closed_early_is_an_error_not_a_crash(self):
        # The reader goes away after one line: leakgate itself must say so
        # and exit 2 (a report that was not delivered), not die of SIGPIPE.
        process = subprocess.Popen([BIN, "scan", CORPUS_TREE], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        self.assertTrue(process.stdout.readline())
        process.stdout.close()
        stderr = process.stderr.read()
        code = process.wait(timeout=60)
        process.stderr.close()
        self.assertEqual(code, 2, stderr)
        self.assertEqual(stderr, b"leakgate: cannot write the report: standard output: "
                                 b"Broken pipe\n")


class ExitCodeTest(TempDirTest):

    def test_clean_tree_exits_0(self):
        self.write("README.md", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
        self.write("empty", "")
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 0)
        self.assertEqual(report["findings"], [])
        self.assertEqual(report["summary"]["files"], 2)

    def test_findings_exit_1(self):
        self.write("a/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        code, report = run_json("scan", self.dir)
        self.assertEqual(code, 1)
        self.assertEqual(spots(report), [("aws-access-key-id", "a/.env", 1, 19, 1, 39)])

    def test_unreadable_path_exits_2_and_the_rest_is_scanned(self):
        self.write("a/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        missing = os.path.join(self.dir, "missing")
        code, report = run_json("scan", os.path.join(self.dir, "a"), missing)
        self.assertEqual(code, 2)
        self.assertEqual(report["errors"], [{"path": missing, "object": None,
                                             "message": "No such file or directory"}])
        self.assertEqual(len(report["findings"]), 1)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("scan", "--format", "xml", self.dir).returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run().returncode, 2)

    def test_interrupt_exits_130_with_a_partial_report(self):
        for sig in (signal.SIGINT, signal.SIGTERM):
            process = subprocess.Popen([BIN, "scan", "-f", "json", "-"], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            process.stdin.write(f"id={KEY_ID}\n".encode())
            process.stdin.flush()
            time.sleep(0.5)
            process.send_signal(sig)
            stdout, _ = process.communicate(timeout=30)
            self.assertEqual(process.returncode, 130, sig)
            self.assertFalse(json.loads(stdout)["complete"], sig)


class InputTest(TempDirTest):

    def test_stdin_is_path_dash(self):
        code, report = run_json("scan", "-", input=f"x\nkey: {KEY_ID}\n".encode())
        self.assertEqual(code, 1)
        self.assertEqual(spots(report), [("aws-access-key-id", "-", 2, 6, 2, 26)])

    def test_links_fifos_and_git_directories_are_skipped_and_listed(self):
        outside = self.write("outside/secret.txt", f"id={KEY_ID}\n")
        self.write("root/.git/config", f"id={KEY_ID}\n")
        self.write("root/ok.txt", "nothing\n")
        root = os.path.join(self.dir, "root")
        os.symlink(outside, os.path.join(root, "link-out"))
        os.symlink("/etc/passwd", os.path.join(root, "passwd"))
        os.symlink(".", os.path.join(root, "loop"))
        os.symlink("nowhere", os.path.join(root, "dangling"))
        os.mkfifo(os.path.join(root, "fifo"))
        code, report = run_json("scan", root, timeout=30)
        self.assertEqual(code, 0)
        self.assertEqual(report["findings"], [])
        self.assertEqual(sorted(s["path"] for s in report["skipped"]),
                         [".git", "dangling", "fifo", "link-out", "loop", "passwd"])
        self.assertEqual(report["summary"]["skipped"], 6)

    def test_crlf_bom_and_nul_keep_exact_columns(self):
        self.write("crlf.txt", f"a\r\nAWS_ACCESS_KEY_ID={KEY_ID}\r\nsecret_key={SECRET_KEY}\r\n")
        self.write("bom.txt", b"\xef\xbb\xbfid=" + KEY_ID.encode())
        self.write("nul.bin", b"\x00\x01\x00" + OTHER_KEY_ID.encode() + b"\x00\n\x00")
        code, report = run_json("scan", self.dir)
        self.assertEqual(spots(report), [
            ("aws-access-key-id", "bom.txt", 1, 4, 1, 24),
            ("aws-access-key-id", "crlf.txt", 2, 19, 2, 39),
            ("aws-access-key-id", "nul.bin", 1, 4, 1, 24),
            ("aws-secret-access-key", "crlf.txt", 3, 12, 3, 52),
        ])

    def test_twenty_thousand_files_with_64_file_descriptors(self):
        for i in range(20000):
            self.write(f"d{i % 100}/f{i}.txt", "x\n" if i != 12345 else f"k={KEY_ID}\n")
        for threads in ("1", "2"):
            result = subprocess.run(
                [BIN, "scan", "-j", threads, "-f", "json", self.dir], stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, timeout=120,
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64)))
            report = json.loads(result.stdout)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertEqual(report["errors"], [])
            self.assertEqual(report["summary"]["files"], 20000)
            self.assertEqual(spots(report), [("aws-access-key-id", "d45/f12345.txt", 1, 3, 1, 23)])

    def test_hostile_file_names_give_valid_reports(self):
        names = [b"latin1-\xe9.txt", b"new\nline.txt", b"esc\x1b[31mred.txt",
                 "emoji-\U0001F511.txt".encode(), b'quote"back\\slash.txt']
        for name in names:
            with open(os.path.join(self.dir.encode(), name), "wb") as out:
                out.write(f"k={KEY_ID}\n".encode())
        code, report = run_json("scan", self.dir)
        self.assertEqual((code, len(report["findings"])), (1, 5))
        self.assertIn("new\nline.txt", [f["location"]["path"] for f in report["findings"]])
        text = run("scan", "--format", "text", self.dir).stdout
        self.assertNotIn(b"\x1b", text)
        self.assertIn(b"new\\x0aline.txt:1:3", text)
        sarif = json.loads(run("scan", "--format", "sarif", self.dir).stdout)
        self.assertEqual(len(sarif["runs"][0]["results"]), 5)

    def test_two_gib_file_scans_in_bounded_memory(self):
        path = os.path.join(self.dir, "big.log")
        size = 2 << 30
        plants = {0: KEY_ID, size // 2 - 7: OTHER_KEY_ID, size - 30: KEY_ID}
        with open(path, "wb") as out:
            out.truncate(size)  # sparse: zeros cost no disk
            for offset, key in plants.items():
                out.seek(offset)
                out.write(b" " + key.encode() + b" ")
        with tempfile.TemporaryFile() as out:
            process = subprocess.Popen([BIN, "scan", "-j", "2", "-f", "json", path],
                                       stdout=out, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)  # this child's own peak RSS
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            report = json.loads(out.read())
        rss_kib = usage.ru_maxrss
        self.assertEqual(process.returncode, 1)
        self.assertEqual([(f["location"]["line"], f["location"]["column"])
                          for f in report["findings"]],
                         [(1, 2), (1, size // 2 - 5), (1, size - 28)])
        self.assertEqual(report["summary"]["bytes"], size)
        if not os.environ.get("LEAKGATE_SANITIZED"):  # ASan keeps freed memory
            self.assertLess(rss_kib, 256 * 1024, "peak RSS of a 2 GiB scan")


class SecretHandlingTest(TempDirTest):

    def test_secrets_are_redacted_in_every_format_unless_asked(self):
        self.write(".env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n"
                           f"secret_key = {OTHER_SECRET_KEY}\n")
        for fmt in ("text", "json", "jsonl"):
            result = run("scan", "--format", fmt, self.dir)
            self.assertEqual(result.returncode, 1)
            for secret in (SECRET_KEY, OTHER_SECRET_KEY):
                self.assertNotIn(secret.encode(), result.stdout + result.stderr, fmt)
            self.assertIn(KEY_ID.encode(), result.stdout, "a key ID is shown in full")
        shown = run("scan", "--show-secrets", "--format", "json", self.dir)
        self.assertIn(SECRET_KEY.encode(), shown.stdout)

    def test_jsonl_is_one_finding_a_line_then_the_summary(self):
        self.write(".env", f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET_KEY}\n")
        lines = run("scan", "--format", "jsonl", self.dir).stdout.decode().splitlines()
        self.assertEqual(len(lines), 3)
        self.assertEqual([json.loads(line)["rule"] for line in lines[:2]],
                         ["aws-access-key-id", "aws-secret-access-key"])
        self.assertEqual(json.loads(lines[2])["summary"]["findings"], 2)

    def test_output_file_is_0600_and_a_planted_link_is_refused(self):
        self.write("src/.env", f"AWS_ACCESS_KEY_ID={KEY_ID}\n")
        report_path = os.path.join(self.dir, "report.json")
        result = run("scan", "-f", "json", "-o", report_path, os.path.join(self.dir, "src"))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(stat.S_IMODE(os.stat(report_path).st_mode), 0o600)
        with open(report_path) as report_file:
            self.assertEqual(json.load(report_file)["summary"]["findings"], 1)

        os.remove(report_path)
        victim = self.write("victim", "keep")
        os.symlink(victim, report_path)
        result = run("scan", "-f", "json", "-o", report_path, os.path.join(self.dir, "src"))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"symbolic link", result.stderr)
        with open(victim) as kept:
            self.assertEqual(kept.read(), "keep")

    def test_unwritable_output_exits_2(self):
        self.write("src/a", "nothing")
        result = run("scan", "-o", "/dev/full", os.path.join(self.dir, "src"))
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"/dev/full", result.stderr)


class CommandsTest(unittest.TestCase):

    def test_version_names_the_libraries_and_the_rule_digest(self):
        result = run("version")
        self.assertEqual(result.returncode, 0)
        text = result.stdout.decode()
        for word in ("leakgate 0.1.0", "hyperscan", "libgit2", "pcre2", "sha256:"):
            self.assertIn(word, text)

    def test_rules_list_and_check(self):
        listing = run("rules", "list")
        self.assertEqual(listing.returncode, 0)
        self.assertIn(b"aws-access-key-id", listing.stdout)
        check = run("rules", "check")
        self.assertEqual(check.returncode, 0, check.stdout)
        self.assertIn(b"all passed", check.stdout)

    def test_rules_check_of_a_broken_file_exits_1(self):
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".toml") as rules:
            rules.write("[[rule]]\nid = \"x\"\nname = \"x\"\nseverity = \"high\"\n"
                        "pattern = 'x[a-z]{4}'\nconfirm = '(?<secret>x[a-z]{4})'\n"
                        "[rule.guidance]\nsummary = 's'\nsteps = ['s']\n"
                        "[rule.examples]\npositive = ['nothing here']\nnegative = ['xabcd']\n")
            rules.flush()
            result = run("rules", "check", rules.name)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"FAIL x: positive example not found", result.stdout)
        self.assertIn(b"FAIL x: negative example reported", result.stdout)


if __name__ == "__main__":
    unittest.main()

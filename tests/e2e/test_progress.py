"""End-to-end: the progress line (issue 6). A scan that takes longer than a
second (standard input fed slowly for about three seconds) draws a progress
line on standard error when that is a terminal (a pseudo-terminal here),
redraws it in place and erases it before the report; nothing is drawn when
standard error is not a terminal, with -q, with --no-progress, or for a
quick scan; --progress draws it anyway. The runs are concurrent, so the whole
file takes about as long as one slow scan."""

import os
import pty
import subprocess
import threading
import time
import unittest

from leakgate_e2e import BIN, KEY_ID

# Three seconds: the line first appears after one, and a loaded machine
# (parallel builds, sanitizers) must still see at least two draws.
FEED_SECONDS = 3.0
ERASE = b"\r\x1b[K"


def read_all(fd, sink):
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            return
        if not data:
            return
        sink.append(data)


def scan_slow_stdin(args, terminal, seconds=FEED_SECONDS):
    """Runs `leakgate scan - ARGS` on standard input written over `seconds`
    (filler, then a key), with standard error on a pseudo-terminal or a pipe.
    Returns (exit code, stdout, stderr, seconds the process ran)."""
    master = slave = None
    if terminal:
        master, slave = pty.openpty()
    started = time.monotonic()
    process = subprocess.Popen([BIN, "scan", "-", *args], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE,
                               stderr=slave if terminal else subprocess.PIPE)
    stderr_chunks, stdout_chunks = [], []
    readers = [threading.Thread(target=read_all,
                                args=(process.stdout.fileno(), stdout_chunks))]
    if terminal:
        os.close(slave)
        readers.append(threading.Thread(target=read_all, args=(master, stderr_chunks)))
    else:
        readers.append(threading.Thread(target=read_all,
                                        args=(process.stderr.fileno(), stderr_chunks)))
    for reader in readers:
        reader.start()
    line = b"filler text that holds no secret at all, " * 24 + b"\n"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        process.stdin.write(line * 64)  # ~64 KiB
        process.stdin.flush()
        time.sleep(0.05)
    process.stdin.write(f"aws_access_key_id = {KEY_ID}\n".encode())
    process.stdin.close()
    code = process.wait(timeout=60)
    elapsed = time.monotonic() - started
    for reader in readers:
        reader.join(timeout=10)
    if master is not None:
        os.close(master)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    return code, b"".join(stdout_chunks), b"".join(stderr_chunks), elapsed


class ProgressTest(unittest.TestCase):

    RUNS = {
        "terminal": ([], True),
        "terminal_quiet": (["-q"], True),
        "terminal_no_progress": (["--no-progress"], True),
        "pipe": ([], False),
        "pipe_forced": (["--progress"], False),
    }

    @classmethod
    def setUpClass(cls):
        cls.outcome = {}

        def run(name, args, terminal):
            cls.outcome[name] = scan_slow_stdin(args, terminal)

        threads = [threading.Thread(target=run, args=(name, *spec))
                   for name, spec in cls.RUNS.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def check_report(self, name):
        code, stdout, _, _ = self.outcome[name]
        self.assertEqual(code, 1, name)
        self.assertIn(b"aws-access-key-id", stdout, name)
        self.assertIn(b"1 finding in 1 file", stdout, name)

    def test_terminal_shows_progress_then_erases_it(self):
        self.check_report("terminal")
        _, _, stderr, elapsed = self.outcome["terminal"]
        draws = stderr.split(ERASE)
        self.assertEqual(draws[0], b"", "every draw starts by erasing the line")
        self.assertEqual(draws[-1], b"", "the line is erased before the report")
        lines = [draw for draw in draws if draw]
        self.assertGreaterEqual(len(lines), 2, stderr)
        self.assertLessEqual(len(lines), elapsed * 10 + 2, "at most ~10 redraws a second")
        for line in lines:
            self.assertRegex(line.decode(),
                             r"^leakgate: \d+ files, [\d.]+ (B|KiB|MiB), [\d.]+ (B|KiB|MiB)/s, "
                             r"\d+ s$")
            self.assertNotIn(b"\n", line)
        self.assertRegex(lines[-1].decode(), r"KiB|MiB", "bytes are counted as they are read")

    def test_nothing_on_stderr_without_a_terminal(self):
        self.check_report("pipe")
        self.assertEqual(self.outcome["pipe"][2], b"")

    def test_quiet_and_no_progress_draw_nothing_on_a_terminal(self):
        for name in ("terminal_quiet", "terminal_no_progress"):
            self.check_report(name)
            self.assertEqual(self.outcome[name][2], b"", name)

    def test_progress_flag_draws_without_a_terminal(self):
        self.check_report("pipe_forced")
        stderr = self.outcome["pipe_forced"][2]
        self.assertIn(ERASE + b"leakgate: ", stderr)
        self.assertTrue(stderr.endswith(ERASE), stderr[-80:])

    def test_quick_scan_draws_nothing(self):
        code, _, stderr, _ = scan_slow_stdin(["--progress"], terminal=True, seconds=0)
        self.assertEqual(code, 1)
        self.assertEqual(stderr, b"")


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Writes a `git fast-import` stream for the latency benchmark to stdout.

  latency_repo.py files N    one commit holding N small files, spread over
                             directories of 100 files each (d0000/f00.txt ...)
  latency_repo.py commits N  N commits, each changing one of 100 files

Contents are generated (no secrets); the stream is deterministic."""

import sys


def emit(out, data):
    out.write(b"data %d\n" % len(data))
    out.write(data)
    out.write(b"\n")


def commit_header(out, n, mark):
    out.write(b"commit refs/heads/main\n")
    out.write(b"mark :%d\n" % mark)
    stamp = b"Bench <bench@example.com> %d +0000\n" % (1700000000 + n)
    out.write(b"author " + stamp + b"committer " + stamp)
    emit(out, b"commit %d\n" % n)


def files(out, count):
    commit_header(out, 0, 1)
    for i in range(count):
        path = b"d%04d/f%02d.txt" % (i // 100, i % 100)
        out.write(b"M 100644 inline " + path + b"\n")
        emit(out, b"file %d\n" % i)


def commits(out, count):
    for n in range(count):
        commit_header(out, n, n + 1)
        if n:
            out.write(b"from :%d\n" % n)
        out.write(b"M 100644 inline f%02d.txt\n" % (n % 100))
        emit(out, b"revision %d of this file\n" % n)


def main():
    kind, count = sys.argv[1], int(sys.argv[2])
    out = sys.stdout.buffer
    {"files": files, "commits": commits}[kind](out, count)
    out.write(b"done\n")


if __name__ == "__main__":
    main()

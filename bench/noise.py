#!/usr/bin/env python3
"""Precision on real code: scans the whole history of each repository given
(`leakgate git -f json`), and prints one Markdown row per repository with the
bytes of blobs read, the findings per confidence, findings per GB, and the
rules that fired most. The findings themselves go to --keep DIR (one JSON
report per repository) so that each medium- and high-confidence finding can
be classified by hand: a real secret, a test fixture or a false positive.

Usage: bench/noise.py [--leakgate BIN] [--keep DIR] REPO...
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import time


def scan(leakgate, repo):
    started = time.monotonic()
    result = subprocess.run([leakgate, "git", "-f", "json", "--no-progress", repo],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode not in (0, 1, 2) or not result.stdout:
        sys.exit(f"noise.py: {repo}: exit {result.returncode}: {result.stderr.decode()[-300:]}")
    return json.loads(result.stdout), time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leakgate", default=os.environ.get("LEAKGATE_BIN", "build/leakgate"))
    parser.add_argument("--keep", help="write each repository's report here")
    parser.add_argument("repos", nargs="+")
    args = parser.parse_args()
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    print("| repository | blobs | GB | high | medium | low | medium+high per GB | most frequent rules |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    totals = collections.Counter()
    for repo in args.repos:
        report, _ = scan(args.leakgate, repo)
        name = os.path.basename(os.path.dirname(repo.rstrip("/"))) if repo.rstrip("/").endswith("repo") \
            else os.path.basename(repo.rstrip("/"))
        if args.keep:
            with open(os.path.join(args.keep, name + ".json"), "w") as out:
                json.dump(report, out)
        summary = report["summary"]
        gb = summary["bytes"] / 1e9
        confidence = collections.Counter(f.get("confidence", "high") for f in report["findings"])
        rules = collections.Counter(f["rule"] for f in report["findings"]
                                    if f.get("confidence") != "low")
        strong = confidence["high"] + confidence["medium"]
        top = ", ".join(f"{rule} {count}" for rule, count in rules.most_common(4)) or "—"
        print(f"| {name} | {summary['blobs']:,} | {gb:.2f} | {confidence['high']} | "
              f"{confidence['medium']} | {confidence['low']} | {strong / gb if gb else 0:.1f} | {top} |")
        totals.update({"blobs": summary["blobs"], "bytes": summary["bytes"], **confidence})
    gb = totals["bytes"] / 1e9
    strong = totals["high"] + totals["medium"]
    print(f"| **all** | {totals['blobs']:,} | {gb:.2f} | {totals['high']} | {totals['medium']} | "
          f"{totals['low']} | {strong / gb if gb else 0:.1f} | |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes hostile files for the end-to-end tests, each with the findings
leakgate must report on it.

Usage: make_hostile_files.py OUT_DIR [CASE...]; with no cases, every case is
written. Each case is a directory OUT_DIR/CASE holding its files and
`expected.json`: the findings as [rule, path, line, column] sorted, and any
case-specific facts the test checks (the secret without a CR, how long a
snippet may be). Keys are random (fake), deterministic per case; the large
cases (tens of MiB) are written in a few seconds.
"""

import json
import math
import os
import random
import struct
import sys
from collections import Counter

KEY_ID_RULE = "aws-access-key-id"
SECRET_RULE = "aws-secret-access-key"
# AWS's documentation pair: never a finding.
DOCS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
DOCS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"
# What the rules demand (rules/aws.toml): random keys below these are taken
# for placeholders, so generated ones stay above.
KEY_ID_MIN_ENTROPY = 3.0
SECRET_MIN_ENTROPY = 4.0


def entropy(text):
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def key_id(rng, prefix="AKIA"):
    while True:
        kid = prefix + "".join(rng.choice(BASE32) for _ in range(16))
        if entropy(kid) >= KEY_ID_MIN_ENTROPY:
            return kid


def secret_key(rng):
    while True:
        secret = "".join(rng.choice(SECRET_ALPHABET) for _ in range(40))
        if entropy(secret) >= SECRET_MIN_ENTROPY:
            return secret


def spot(rule, path, data, offset):
    """The finding of `rule` for the secret at byte `offset` of `data`."""
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = offset - line_start + 1
    if line == 1 and data.startswith(b"\xef\xbb\xbf"):
        column -= 3
    return [rule, path, line, column]


class Case:
    """One case directory: files and their expected findings."""

    def __init__(self, out, name):
        self.dir = os.path.join(out, name)
        os.makedirs(self.dir, exist_ok=True)
        self.findings = []
        self.facts = {}

    def write(self, path, data):
        full = os.path.join(self.dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)

    def plant(self, path, data, secrets):
        """Writes `data` and expects each (rule, secret) of `secrets` at its
        first occurrence at or after the previous one's."""
        self.write(path, data)
        at = 0
        for rule, secret in secrets:
            at = data.index(secret.encode(), at)
            self.findings.append(spot(rule, path, data, at))
            at += len(secret)

    def finish(self):
        self.facts["findings"] = sorted(self.findings)
        with open(os.path.join(self.dir, "expected.json"), "w") as f:
            json.dump(self.facts, f, indent=1)


def small(out):
    """Small files in one directory: empty files, the docs pair, CRLF, CR-only
    and BOM line ends, UTF-16 both ways, ELF and NUL-laden binaries."""
    rng = random.Random(1)
    case = Case(out, "small")
    case.write("empty/zero-length.txt", b"")
    case.write("empty/.env", b"")
    case.write("docs/example.env",
               f"AWS_ACCESS_KEY_ID={DOCS_KEY_ID}\nAWS_SECRET_ACCESS_KEY={DOCS_SECRET}\n".encode())
    pairs = {name: (key_id(rng), secret_key(rng))
             for name in ("crlf", "cr", "bom", "le", "be", "elf", "nul")}
    case.facts["secrets"] = {name: secret for name, (_, secret) in pairs.items()}

    def env(name, eol):
        kid, secret = pairs[name]
        return f"# {name}{eol}AWS_ACCESS_KEY_ID={kid}{eol}AWS_SECRET_ACCESS_KEY={secret}{eol}"

    both = lambda name: [(KEY_ID_RULE, pairs[name][0]), (SECRET_RULE, pairs[name][1])]
    case.plant("eol/crlf.env", env("crlf", "\r\n").encode(), both("crlf"))
    case.plant("eol/cr-only.env", env("cr", "\r").encode(), both("cr"))
    case.plant("eol/bom.env", b"\xef\xbb\xbf" + env("bom", "\n").encode(), both("bom"))
    # UTF-16: the decoded text's lines and columns (README.md).
    for name, codec, bom in (("le", "utf-16-le", b"\xff\xfe"), ("be", "utf-16-be", b"\xfe\xff")):
        text = env(name, "\r\n")
        path = f"utf16/{name}.ps1"
        case.write(path, bom + text.encode(codec))
        decoded = text.encode()
        case.findings.append(spot(KEY_ID_RULE, path, decoded, decoded.index(pairs[name][0].encode())))
        case.findings.append(spot(SECRET_RULE, path, decoded, decoded.index(pairs[name][1].encode())))
    # An ELF header, code-like bytes, then the pair as C strings.
    kid, secret = pairs["elf"]
    elf = bytearray(b"\x7fELF\x02\x01\x01" + bytes(9))
    elf += struct.pack("<HHIQQQIHHHHHH", 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    elf += bytes(rng.randrange(256) for _ in range(3000)).replace(b"\n", b"\x00")
    elf += b"\x00aws_access_key_id\x00" + kid.encode() + b"\x00aws_secret_access_key\x00"
    elf += secret.encode() + b"\x00" + bytes(512)
    case.plant("binary/tool.elf", bytes(elf), both("elf"))
    kid, secret = pairs["nul"]
    nul = bytes(1000) + f"key={kid}".encode() + bytes(7) + f"secret_key={secret}".encode() + bytes(1000)
    case.plant("binary/nul-laden.bin", nul, both("nul"))
    case.finish()


def filler_line(size, rng):
    """`size` bytes of lowercase words and spaces, no newline."""
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(2, 9)))
             for _ in range(500)]
    chunk = b" ".join(words) + b" "
    return (chunk * (size // len(chunk) + 1))[:size]


def long_line(out):
    """One 64 MiB line, no newline at all, with key IDs at its start, middle
    and end."""
    rng = random.Random(2)
    case = Case(out, "long-line")
    size = 64 << 20
    ids = [key_id(rng) for _ in range(3)]
    data = bytearray(filler_line(size, rng))
    for kid, at in zip(ids, (0, size // 2, size - 21)):
        data[at:at + 20] = kid.encode()
        if at > 0:
            data[at - 1:at] = b" "
        data[at + 20:at + 21] = b" "
    case.plant("one-line.txt", bytes(data), [(KEY_ID_RULE, kid) for kid in ids])
    case.facts["max_snippet_bytes"] = 2 * 80 + 20
    case.finish()


def powers(out):
    """Key IDs straddling every power of two from 2^12 to 2^24 (8 bytes
    before it, 12 after), in 100-byte lines."""
    rng = random.Random(3)
    case = Case(out, "powers")
    size = (1 << 24) + 4096
    line = filler_line(99, rng) + b"\n"
    data = bytearray((line * (size // 100 + 1))[:size])
    ids = []
    for power in range(12, 25):
        kid = key_id(rng)
        at = (1 << power) - 8
        data[at - 1:at + 21] = b" " + kid.encode() + b" "
        ids.append(kid)
    case.plant("powers.txt", bytes(data), [(KEY_ID_RULE, kid) for kid in ids])
    case.finish()


def near_misses(out, count=1_000_000):
    """`count` strings that start like a key ID and are not one: too short,
    a digit outside base32, a lower-case letter, glued prefixes, the docs
    key ID, prefixes run together."""
    rng = random.Random(4)
    case = Case(out, "near-misses")
    forms = [
        lambda: "AKIA" + "".join(rng.choice(BASE32) for _ in range(15)),
        lambda: "AKIA" + "".join(rng.choice(BASE32) for _ in range(8)) + "0189"[rng.randrange(4)] +
        "".join(rng.choice(BASE32) for _ in range(7)),
        lambda: "AKIA" + "".join(rng.choice(BASE32) for _ in range(10)) + "x" +
        "".join(rng.choice(BASE32) for _ in range(5)),
        lambda: "AKIA" * 6,
        lambda: DOCS_KEY_ID,
    ]
    samples = [form() for form in forms for _ in range(64)]
    lines = []
    for i in range(count):
        lines.append(f"k{i % 10}={samples[rng.randrange(len(samples))]}")
    case.write("near-misses.txt", ("\n".join(lines) + "\n").encode())
    case.facts["prefixes"] = count
    case.finish()


def many_pairs(out, count=100_000):
    """`count` distinct key pairs as ~/.aws/credentials profiles."""
    rng = random.Random(5)
    case = Case(out, "many-pairs")
    parts = []
    for i in range(count):
        parts.append(f"[profile-{i}]\naws_access_key_id = {key_id(rng)}\n"
                     f"aws_secret_access_key = {secret_key(rng)}\n")
    data = "".join(parts).encode()
    case.write("credentials", data)
    # Not listed one by one: the test knows the layout (3 lines a profile).
    case.facts["pairs"] = count
    case.finish()


CASES = {"small": small, "long-line": long_line, "powers": powers,
         "near-misses": near_misses, "many-pairs": many_pairs}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    for name in argv[2:] or list(CASES):
        CASES[name](out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

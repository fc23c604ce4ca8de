#!/usr/bin/env python3
"""Generate leakgate's test corpus: a realistic source tree with planted fake AWS credentials.

What it makes
    DIR: a tree of code (Python, JS/TS, Go, Java, Rust, C, shell, Ruby), configs (YAML, TOML,
    INI, JSON, .env, Dockerfile, Terraform), logs, Markdown, minified JavaScript, lock files
    (package-lock.json, yarn.lock, Cargo.lock, go.sum) and CSV data.  Into it go fake AWS access
    key IDs, secret access keys and session tokens in the forms people really leak them, amid
    decoys a scanner must NOT report: git SHAs, SRI and go.sum hashes, UUIDs, AWS's documentation
    example pair, placeholders, IAM identifiers that are not keys, near-miss key IDs, and random
    base64 far from any key ID.
    FILE: a JSON manifest with the exact span of every planted secret ("findings") and, for
    information, where decoys sit ("decoys"), so a scanner's output can be diffed against it.

Why
    leakgate's AWS rules need a corpus whose right answer is known exactly, small enough to commit
    (the default, about 2 MiB) and scalable for benchmarks (--size-mib 500 streams to disk).

Ground rules
    Output is a pure function of (seed, size): each file gets its own random.Random seeded from the
    seed and its path, and nothing depends on time, hash(), set order or directory listing order.
    Planted values are unambiguous: key IDs and secrets have real keys' entropy and character
    mix, and no planted value contains a fixture word (example, fake, ...).  A 40-character base64
    string that is not a planted secret never sits on a line with a secret-ish keyword or within 5
    lines of a key ID, so it could not legitimately be reported.  --check verifies all of this.

Usage
    python3 corpus/generate_tree.py --out DIR --manifest FILE [--seed N] [--size-mib M] [--check]
"""
from __future__ import annotations

import argparse
import base64
import bisect
import datetime
import json
import math
import os
import random
import re
import shutil
import string
import sys
import uuid
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Callable, NamedTuple

MIB = 1 << 20

# ----------------------------------------------------------------------------- shapes and values

KEY_ID_RULE = "aws-access-key-id"
SECRET_RULE = "aws-secret-access-key"
TOKEN_RULE = "aws-session-token"

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
TOKEN_PREFIX = "IQoJb3JpZ2luX2Vj"
DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PLACEHOLDER_KEY_ID = "AKIA" + "X" * 16
PLACEHOLDER_SECRET = "x" * 40
FIXTURE_WORDS = re.compile(r"example|dummy|placeholder|changeme|redacted|fake", re.IGNORECASE)
KEY_ID_ANYWHERE = re.compile(r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}")


class Planted(NamedTuple):
    """A secret written into a file; Doc.add records its span."""

    rule: str
    value: str


def base64_chars(rng: random.Random, length: int) -> str:
    """`length` characters drawn uniformly from A-Za-z0-9+/ (unpadded base64 of random bytes)."""
    return base64.b64encode(rng.randbytes(3 * -(-length // 4))).decode()[:length]


def base32_chars(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(BASE32, k=length))


def hex_chars(rng: random.Random, length: int) -> str:
    return format(rng.getrandbits(4 * length), f"0{length}x")


def shannon_entropy(text: str) -> float:
    counts = Counter(text).values()
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts)


def new_key_id(rng: random.Random, prefix: str = "AKIA") -> Planted:
    while True:
        value = prefix + base32_chars(rng, 16)
        if shannon_entropy(value) >= 3.5 and not FIXTURE_WORDS.search(value):
            return Planted(KEY_ID_RULE, value)


def new_secret(rng: random.Random) -> Planted:
    """40 base64 characters that mix cases and have a digit, '/' or '+', like real secret keys."""
    while True:
        value = base64_chars(rng, 40)
        if (re.search("[a-z]", value) and re.search("[A-Z]", value) and re.search("[0-9/+]", value)
                and shannon_entropy(value) >= 4.0 and not FIXTURE_WORDS.search(value)
                and not KEY_ID_ANYWHERE.search(value)):
            return Planted(SECRET_RULE, value)


def new_session_token(rng: random.Random) -> Planted:
    while True:
        value = TOKEN_PREFIX + base64_chars(rng, rng.randint(300, 700))
        if not FIXTURE_WORDS.search(value) and not KEY_ID_ANYWHERE.search(value):
            return Planted(TOKEN_RULE, value)


def git_sha(rng: random.Random) -> str:
    return hex_chars(rng, 40)


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


SRI_DIGEST_BYTES = {"sha1": 20, "sha256": 32, "sha384": 48, "sha512": 64}


def sri(rng: random.Random, algorithm: str) -> str:
    digest = base64.b64encode(rng.randbytes(SRI_DIGEST_BYTES[algorithm])).decode()
    return f"{algorithm}-{digest}"


def go_sum_hash(rng: random.Random) -> str:
    return "h1:" + base64.b64encode(rng.randbytes(32)).decode()


def iam_id(rng: random.Random, prefix: str) -> str:
    """An IAM unique ID (AIDA user, AROA role, ...): same shape as a key ID, but not a key."""
    return prefix + base32_chars(rng, 16)


def account_id(rng: random.Random) -> str:
    return str(rng.randint(10**11, 10**12 - 1))


def long_base64(rng: random.Random) -> str:
    """A padded base64 blob of 60+ characters: it contains 40-char runs but is not one."""
    return base64.b64encode(rng.randbytes(rng.randint(48, 1500))).decode()


NEAR_MISSES: dict[str, Callable[[random.Random, str, str, int], str]] = {
    "near-miss key id with 0/1/8/9": lambda rng, p, b, i: p + b[:i] + rng.choice("0189") + b[i + 1:],
    "near-miss key id with lowercase": lambda rng, p, b, i: p + b[:i] + rng.choice(string.ascii_lowercase) + b[i + 1:],
    "near-miss key id of 15 chars": lambda rng, p, b, i: p + b[:15],
    "near-miss key id of 17 chars": lambda rng, p, b, i: p + b + rng.choice(BASE32),
    "near-miss key id glued to a prefix": lambda rng, p, b, i: rng.choice(string.ascii_uppercase) + p + b,
    "near-miss key id glued to a suffix": lambda rng, p, b, i: p + b + rng.choice(string.digits + "xyz"),
}


def near_miss_key_id(rng: random.Random, what: str) -> str:
    return NEAR_MISSES[what](rng, rng.choice(("AKIA", "ASIA")), base32_chars(rng, 16), rng.randrange(16))


# ----------------------------------------------------------------------------- vocabulary

VERBS = ("archive", "build", "compute", "count", "create", "decode", "delete", "encode", "export",
         "fetch", "filter", "flush", "format", "handle", "import", "list", "load", "lookup", "merge",
         "normalize", "notify", "parse", "process", "publish", "refresh", "register", "render",
         "resolve", "restore", "retry", "save", "scan", "schedule", "sort", "sync", "update",
         "validate")
NOUNS = ("account", "address", "alert", "asset", "audit", "batch", "billing", "branch", "bucket",
         "cache", "cart", "catalog", "channel", "checkout", "claim", "client", "cluster", "comment",
         "contract", "coupon", "customer", "dataset", "device", "digest", "discount", "document",
         "domain", "email", "event", "feature", "feed", "invoice", "job", "ledger", "license",
         "listing", "message", "metric", "node", "note", "order", "owner", "page", "partner",
         "payment", "payout", "pipeline", "plan", "policy", "price", "product", "profile", "project",
         "queue", "quota", "rating", "receipt", "record", "refund", "region", "release", "report",
         "request", "review", "route", "schedule", "search", "sensor", "session", "shipment",
         "snapshot", "stage", "store", "stream", "supplier", "survey", "task", "team", "template",
         "tenant", "ticket", "upload", "user", "visit", "warehouse", "webhook", "widget", "workflow")
ADJS = ("active", "archived", "cached", "daily", "default", "draft", "expired", "failed", "hourly",
        "internal", "legacy", "local", "nightly", "partial", "pending", "primary", "public",
        "queued", "remote", "shared", "stale")
ENVS = ("dev", "staging", "prod", "qa", "sandbox", "perf")
REGIONS = ("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "ap-northeast-1", "sa-east-1")
IAM_USERS = ("ci-deployer", "backup-bot", "jsmith", "a.nguyen", "data-pipeline", "mlopez",
             "release-bot", "k.tanaka", "terraform", "etl-runner", "r.okafor", "metrics-export")
FIRST_NAMES = ("Ada", "Bruno", "Chen", "Dara", "Elif", "Farah", "Goran", "Hana", "Ivan", "Jonas",
               "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq")
LAST_NAMES = ("Okafor", "Silva", "Nguyen", "Kowalski", "Tanaka", "Haddad", "Moreau", "Schmidt",
              "Lopez", "Ivanova", "Mensah", "Larsen", "Costa", "Yilmaz", "Fischer", "Rossi")
SERVICE_LANGUAGES = ("python", "go", "java", "javascript", "ruby")
SERVICE_NAMES = tuple(f"{n}-{s}" for n in NOUNS for s in (
    "api", "service", "worker", "gateway", "sync", "core", "jobs", "admin", "bridge", "indexer",
    "scheduler", "notifier", "exporter"))
APP_NAMES = tuple(f"{n}-{s}" for n in NOUNS for s in ("web", "dashboard", "portal", "console", "storefront", "app"))
CRATE_NAMES = tuple(f"{n}_{s}" for n in NOUNS for s in ("core", "proto", "codec", "store", "client", "util", "cli"))
TOOL_NAMES = tuple(f"{v}-{n}" for v in VERBS for n in NOUNS)
DATASET_NAMES = tuple(f"{n}_{s}" for n in NOUNS for s in ("daily", "events", "snapshots", "metrics", "exports"))


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def fields(rng: random.Random) -> dict[str, str]:
    """Random words and values for one template: <<verb>>, <<Noun>>, <<sha>>, ..."""
    verb, noun, noun2 = rng.choice(VERBS), rng.choice(NOUNS), rng.choice(NOUNS)
    return {
        "verb": verb, "Verb": verb.title(), "noun": noun, "Noun": noun.title(),
        "nouns": plural(noun), "noun2": noun2, "Noun2": noun2.title(), "Class": noun.title() + noun2.title(),
        "camel": verb + noun.title(), "CONST": f"{noun}_{noun2}".upper(), "adj": rng.choice(ADJS),
        "env": rng.choice(ENVS), "region": rng.choice(REGIONS), "n": str(rng.randint(2, 500)),
        "m": str(rng.randint(1, 9)), "port": str(rng.randint(3000, 9999)), "sha": git_sha(rng),
        "uuid": uuid4(rng), "hex8": hex_chars(rng, 8),
    }


PLACEHOLDER = re.compile(r"<<(\w+)>>")


def render(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def snake_name(rng: random.Random) -> str:
    """A module-style name: invoice, invoice_ledger or sync_invoice."""
    pick = rng.randrange(3)
    if pick == 0:
        return rng.choice(NOUNS)
    return f"{rng.choice(NOUNS if pick == 1 else VERBS)}_{rng.choice(NOUNS)}"


def random_date(rng: random.Random) -> datetime.date:
    return datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randrange(3 * 365))


# ----------------------------------------------------------------------------- documents


class Doc:
    """One file being generated: its lines, plus the findings and decoys planted in it."""

    def __init__(self, path: str, *, newline: str = "\n", bom: bool = False) -> None:
        self.path = path
        self.newline = newline
        self.bom = bom
        self.lines: list[str] = []
        self.size = 0
        self.raw: bytes | None = None  # set instead of lines for binary files
        self.findings: list[tuple[str, int, int, str, int]] = []  # path, line, column, rule, end
        self.decoys: list[tuple[str, int, str]] = []  # path, line, what

    def add(self, *parts: str | Planted, decoy: str | tuple[str, ...] = ()) -> None:
        """Append one line made of text and Planted parts; record its planted spans and decoys."""
        line_no = len(self.lines) + 1
        for what in (decoy,) if isinstance(decoy, str) else decoy:
            self.decoys.append((self.path, line_no, what))
        column, texts = 1, []
        for part in parts:
            if isinstance(part, Planted):
                self.findings.append((self.path, line_no, column, part.rule, column + len(part.value)))
                part = part.value
            texts.append(part)
            column += len(part.encode())
        line = "".join(texts)
        self.lines.append(line)
        self.size += len(line) + 1

    def block(self, text: str) -> None:
        """Append filler lines (no planted secrets)."""
        self.lines.extend(text.split("\n"))
        self.size += len(text) + 1

    def sample(self, pattern: re.Pattern[str], what: str) -> None:
        """Record the first line matching pattern as a decoy (bulk filler is sampled, not listed)."""
        for number, line in enumerate(self.lines, 1):
            if pattern.search(line):
                self.decoys.append((self.path, number, what))
                return

    def encode(self) -> bytes:
        if self.raw is not None:
            return self.raw
        body = (self.newline.join(self.lines) + self.newline).encode()
        return b"\xef\xbb\xbf" + body if self.bom else body


class Job(NamedTuple):
    """One file to write: its kind, path, target size in bytes and the forms planted in it."""

    kind: str
    path: str
    size: int
    plants: tuple[str, ...]


Generator = Callable[[random.Random, Doc, Job], None]  # fills a Doc for a Job


def fill(rng: random.Random, doc: Doc, job: Job, unit: Callable[[random.Random, Doc], None],
         ctx: object = None) -> None:
    """Add units until the file reaches its target size, emitting each plant at a random point."""
    pending = sorted((rng.randint(0, job.size), name) for name in job.plants)
    while pending or doc.size < job.size:
        if pending and doc.size >= pending[0][0]:
            PLANTS[pending.pop(0)[1]].emit(rng, doc, ctx)
        else:
            unit(rng, doc)


def emit_plants_only(rng: random.Random, doc: Doc, job: Job) -> None:
    """Generator for kinds whose whole content is their plants (STS JSON, console CSV, ...)."""
    for name in job.plants:
        PLANTS[name].emit(rng, doc, None)


# ----------------------------------------------------------------------------- credential forms


def env_setting(rng: random.Random) -> str:
    f = fields(rng)
    return render(rng.choice((
        "LOG_LEVEL=info", "PORT=<<port>>", "NODE_ENV=production", "APP_ENV=<<env>>",
        "DATABASE_URL=postgres://app:app@db:5432/<<noun>>", "REDIS_URL=redis://cache:6379/<<m>>",
        "S3_BUCKET=acme-<<noun>>-<<env>>", "FEATURE_<<CONST>>=true", "<<CONST>>_TIMEOUT_MS=<<n>>",
    )), f)


def plant_env(rng: random.Random, doc: Doc, ctx: object) -> None:
    """.env: AWS_ACCESS_KEY_ID=AKIA... then AWS_SECRET_ACCESS_KEY=... (sometimes quoted)."""
    quote = rng.choice(("", "", '"', "'"))
    session = rng.random() < 0.3
    if rng.random() < 0.5:
        doc.add(f"# rotated {random_date(rng)}, see commit {git_sha(rng)}", decoy="git sha1")
    doc.add("AWS_ACCESS_KEY_ID=", quote, new_key_id(rng, "ASIA" if session else "AKIA"), quote)
    for _ in range(rng.randint(0, 2)):
        doc.add(env_setting(rng))
    doc.add("AWS_SECRET_ACCESS_KEY=", quote, new_secret(rng), quote)
    if session:
        doc.add("AWS_SESSION_TOKEN=", quote, new_session_token(rng), quote)
    doc.add(f"AWS_DEFAULT_REGION={rng.choice(REGIONS)}")


def plant_credentials_ini(rng: random.Random, doc: Doc, ctx: object) -> None:
    """~/.aws/credentials: a profile with a key pair, sometimes an ASIA key and session token."""
    session = rng.random() < 0.4
    sep = rng.choice((" = ", " = ", "="))
    doc.add(f"[{rng.choice(('default', 'prod', 'staging', 'deploy', 'ci', 'backup', 'analytics'))}]")
    doc.add("aws_access_key_id", sep, new_key_id(rng, "ASIA" if session else "AKIA"))
    doc.add("aws_secret_access_key", sep, new_secret(rng))
    if session:
        doc.add("aws_session_token", sep, new_session_token(rng))
    if rng.random() < 0.5:
        doc.add(f"region{sep}{rng.choice(REGIONS)}")
    doc.add("")


def plant_sts_json(rng: random.Random, doc: Doc, ctx: object) -> None:
    """CLI output: sts assume-role / get-session-token (ASIA + token) or iam create-access-key."""
    stamp = timestamp(rng) + "+00:00"
    doc.add("{")
    if rng.random() < 0.3:
        doc.add('    "AccessKey": {')
        doc.add(f'        "UserName": "{rng.choice(IAM_USERS)}",')
        doc.add('        "AccessKeyId": "', new_key_id(rng), '",')
        doc.add('        "Status": "Active",')
        doc.add('        "SecretAccessKey": "', new_secret(rng), '",')
        doc.add(f'        "CreateDate": "{stamp}"')
        doc.add("    }")
        doc.add("}")
        return
    assume_role = rng.random() < 0.7
    doc.add('    "Credentials": {')
    doc.add('        "AccessKeyId": "', new_key_id(rng, "ASIA"), '",')
    doc.add('        "SecretAccessKey": "', new_secret(rng), '",')
    doc.add('        "SessionToken": "', new_session_token(rng), '",')
    doc.add(f'        "Expiration": "{stamp}"')
    doc.add("    }," if assume_role else "    }")
    if assume_role:
        session, role = f"botocore-session-{rng.randint(1600000000, 1800000000)}", f"{rng.choice(NOUNS)}-deploy"
        doc.add('    "AssumedRoleUser": {')
        doc.add(f'        "AssumedRoleId": "{iam_id(rng, "AROA")}:{session}",', decoy="iam id AROA")
        doc.add(f'        "Arn": "arn:aws:sts::{account_id(rng)}:assumed-role/{role}/{session}"')
        doc.add("    }")
    doc.add("}")


def plant_yaml(rng: random.Random, doc: Doc, ctx: object) -> None:
    """YAML: aws_access_key_id / aws_secret_access_key, sometimes several settings apart."""
    quote = rng.choice(("", "", '"', "'"))
    noun = rng.choice(NOUNS)
    doc.add(f"{rng.choice(('s3', 'storage', 'aws', 'backups', 'uploads'))}:")
    doc.add(f"  bucket: acme-{noun}-{rng.choice(ENVS)}")
    doc.add("  aws_access_key_id: ", quote, new_key_id(rng), quote)
    for _ in range(rng.choice((0, 0, 1, 2, 6, 7))):
        doc.add(yaml_setting(rng, "  "))
    doc.add("  aws_secret_access_key: ", quote, new_secret(rng), quote)
    doc.add(f"  region: {rng.choice(REGIONS)}")
    doc.add("")


def plant_terraform(rng: random.Random, doc: Doc, ctx: object) -> None:
    """Terraform: provider "aws" { access_key = "AKIA..." secret_key = "..." }."""
    doc.add("")
    if rng.random() < 0.5:
        doc.add(f"# pinned while {git_sha(rng)} is rolled back", decoy="git sha1")
    doc.add('provider "aws" {')
    doc.add(f'  region     = "{rng.choice(REGIONS)}"')
    doc.add('  access_key = "', new_key_id(rng), '"')
    doc.add('  secret_key = "', new_secret(rng), '"')
    doc.add("}")


def plant_python(rng: random.Random, doc: Doc, ctx: object) -> None:
    """boto3 with literal keys: a one-line client(...) or a multi-line Session(...)."""
    service = rng.choice(("s3", "sqs", "dynamodb", "sns", "ses"))
    key_id, secret = new_key_id(rng), new_secret(rng)
    doc.block("\n")
    if rng.random() < 0.5:
        doc.add(f"def {rng.choice(VERBS)}_{service}_client():")
        doc.add("    # TODO: read these from the environment before shipping")
        doc.add(f'    return boto3.client("{service}", aws_access_key_id="', key_id,
                '", aws_secret_access_key="', secret, '")')
    else:
        doc.add(f"{service.upper()}_SESSION = boto3.Session(")
        doc.add('    aws_access_key_id="', key_id, '",')
        doc.add('    aws_secret_access_key="', secret, '",')
        doc.add(f'    region_name="{rng.choice(REGIONS)}",')
        doc.add(")")


def plant_javascript(rng: random.Random, doc: Doc, ctx: object) -> None:
    """AWS SDK for JavaScript: new AWS.S3({ accessKeyId: 'AKIA...', secretAccessKey: '...' })."""
    key_id, secret, region = new_key_id(rng), new_secret(rng), rng.choice(REGIONS)
    name = f"{rng.choice(NOUNS)}Bucket"
    doc.add("")
    if rng.random() < 0.5:
        doc.add(f"const {name} = new AWS.S3({{ accessKeyId: '", key_id, "', secretAccessKey: '", secret,
                f"', region: '{region}' }});")
    else:
        doc.add(f"const {name} = new AWS.S3({{")
        doc.add("  accessKeyId: '", key_id, "',")
        doc.add("  secretAccessKey: '", secret, "',")
        doc.add(f"  region: '{region}',")
        doc.add("});")


def plant_go(rng: random.Random, doc: Doc, ctx: object) -> None:
    """AWS SDK for Go: credentials.NewStaticCredentials("AKIA...", "<secret>", "") - no keyword."""
    key_id, secret = new_key_id(rng), new_secret(rng)
    doc.add("")
    doc.add(f"func new{rng.choice(NOUNS).title()}Client() *s3.S3 {{")
    doc.add("\tsess := session.Must(session.NewSession(&aws.Config{")
    doc.add(f'\t\tRegion:      aws.String("{rng.choice(REGIONS)}"),')
    if rng.random() < 0.5:
        doc.add('\t\tCredentials: credentials.NewStaticCredentials("', key_id, '", "', secret, '", ""),')
    else:
        doc.add("\t\tCredentials: credentials.NewStaticCredentials(")
        doc.add('\t\t\t"', key_id, '",')
        doc.add('\t\t\t"', secret, '",')
        doc.add('\t\t\t"",')
        doc.add("\t\t),")
    doc.add("\t}))")
    doc.add("\treturn s3.New(sess)")
    doc.add("}")


def plant_java(rng: random.Random, doc: Doc, ctx: object) -> None:
    """AWS SDK for Java: new BasicAWSCredentials("AKIA...", "<secret>") - no keyword."""
    key_id, secret = new_key_id(rng), new_secret(rng)
    doc.add("")
    doc.add(f"    static AmazonS3 {rng.choice(VERBS)}Client() {{")
    if rng.random() < 0.5:
        doc.add('        AWSCredentials credentials = new BasicAWSCredentials("', key_id, '", "', secret, '");')
    else:
        doc.add("        AWSCredentials credentials = new BasicAWSCredentials(")
        doc.add('                "', key_id, '",')
        doc.add('                "', secret, '");')
    doc.add("        return AmazonS3ClientBuilder.standard()")
    doc.add("                .withCredentials(new AWSStaticCredentialsProvider(credentials))")
    doc.add(f"                .withRegion(Regions.{rng.choice(REGIONS).upper().replace('-', '_')})")
    doc.add("                .build();")
    doc.add("    }")


def plant_shell(rng: random.Random, doc: Doc, ctx: object) -> None:
    """Shell: export AWS_ACCESS_KEY_ID=AKIA... / export AWS_SECRET_ACCESS_KEY=..."""
    quote = rng.choice(("", '"', "'"))
    doc.add("")
    doc.add(f"# credentials for the nightly {rng.choice(NOUNS)} sync (OPS-{rng.randint(100, 9999)})")
    doc.add("export AWS_ACCESS_KEY_ID=", quote, new_key_id(rng), quote)
    doc.add("export AWS_SECRET_ACCESS_KEY=", quote, new_secret(rng), quote)
    doc.add(f"export AWS_DEFAULT_REGION={rng.choice(REGIONS)}")


def plant_console_csv(rng: random.Random, doc: Doc, ctx: object) -> None:
    """The access key CSV downloaded from the IAM console (new and old column layouts)."""
    if rng.random() < 0.6:
        doc.add("Access key ID,Secret access key")
        doc.add(new_key_id(rng), ",", new_secret(rng))
    else:
        doc.add("User name,Password,Access key ID,Secret access key,Console login link")
        doc.add(f"{rng.choice(IAM_USERS)},,", new_key_id(rng), ",", new_secret(rng),
                f",https://{account_id(rng)}.signin.aws.amazon.com/console")


def plant_log_key_id(rng: random.Random, doc: Doc, log: LogWriter) -> None:
    """A log line that leaks just a key ID."""
    lead = rng.choice(("", "s3 upload → ", "sync — "))
    doc.add(log.prefix(rng, "INFO"), lead, "using access key ", new_key_id(rng),
            f" for request {uuid4(rng)}", decoy="uuid")


def plant_crlf_key_pair(rng: random.Random, doc: Doc, ctx: object) -> None:
    """Windows batch file lines (the file is written with CRLF)."""
    doc.add("set AWS_ACCESS_KEY_ID=", new_key_id(rng))
    doc.add("set AWS_SECRET_ACCESS_KEY=", new_secret(rng))
    doc.add(f"set AWS_DEFAULT_REGION={rng.choice(REGIONS)}")


def plant_bom_key_id(rng: random.Random, doc: Doc, ctx: object) -> None:
    """PowerShell profile whose first line (after the BOM) holds the key ID."""
    doc.add('$env:AWS_ACCESS_KEY_ID = "', new_key_id(rng), '"')
    doc.add('$env:AWS_SECRET_ACCESS_KEY = "', new_secret(rng), '"')
    doc.add(f'$env:AWS_DEFAULT_REGION = "{rng.choice(REGIONS)}"')


def plant_binary_key_id(rng: random.Random, doc: Doc, ctx: object) -> None:
    """A binary cache record: random bytes, then a key ID between runs of NULs."""
    before = b"LGKV\x01\x00\x00\x00" + rng.randbytes(rng.randint(2000, 6000)) + b"\x00" * rng.randint(4, 24)
    key_id = new_key_id(rng)
    after = b"\x00" * rng.randint(4, 24) + rng.randbytes(rng.randint(2000, 6000))
    line_start = before.rfind(b"\n") + 1
    column = len(before) - line_start + 1
    doc.findings.append((doc.path, before.count(b"\n") + 1, column, KEY_ID_RULE, column + len(key_id.value)))
    doc.raw = before + key_id.value.encode() + after


def plant_two_key_ids(rng: random.Random, doc: Doc, ctx: object) -> None:
    """An incident note with one line holding two key IDs (old → new)."""
    doc.block("\n## Key rotation log\n\n| Date | Change | Ticket |\n|------|--------|--------|")
    doc.add(f"| {random_date(rng)} | rotated `", new_key_id(rng), "` → `", new_key_id(rng),
            f"` | SEC-{rng.randint(100, 9999)} |")


# ----------------------------------------------------------------------------- decoy forms


def decoy_docs_example(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.block("\n## Configuring AWS access\n\nRun `aws configure` and paste the keys from the IAM console:"
              "\n\n```console\n$ aws configure")
    doc.add(f"AWS Access Key ID [None]: {DOC_KEY_ID}", decoy="aws docs example key id")
    doc.add(f"AWS Secret Access Key [None]: {DOC_SECRET}", decoy="aws docs example secret access key")
    doc.block(f"Default region name [None]: {rng.choice(REGIONS)}\nDefault output format [None]: json\n```")


def decoy_example_config(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.add("")
    doc.add("[aws]")
    doc.add("; the pair from the AWS documentation, used by the config loader tests")
    doc.add(f"aws_access_key_id = {DOC_KEY_ID}", decoy="aws docs example key id")
    doc.add(f"aws_secret_access_key = {DOC_SECRET}", decoy="aws docs example secret access key")


def decoy_placeholder_env_var(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.add("")
    doc.add("# filled in by the CI runner")
    doc.add("AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}", decoy="placeholder ${VAR}")
    doc.add("AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}", decoy="placeholder ${VAR}")
    doc.add("AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}", decoy="placeholder ${VAR}")


def decoy_placeholder_template(rng: random.Random, doc: Doc, ctx: object) -> None:
    quote = rng.choice(("", '"'))
    doc.add("s3_backup:")
    doc.add(f"  aws_access_key_id: {quote}{{{{ aws_key }}}}{quote}", decoy="placeholder {{ template }}")
    doc.add(f"  aws_secret_access_key: {quote}{{{{ aws_secret }}}}{quote}", decoy="placeholder {{ template }}")
    doc.add("")


def decoy_placeholder_angle(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.block("\n## Local setup\n\nCopy `.env.example` to `.env` and fill in your own keys:\n\n```sh")
    doc.add("AWS_ACCESS_KEY_ID=<your-access-key-id>", decoy="placeholder <your-...>")
    doc.add("AWS_SECRET_ACCESS_KEY=<your-secret-access-key>", decoy="placeholder <your-...>")
    doc.block("```")


def decoy_placeholder_x(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.add("")
    doc.add("[aws]")
    doc.add(f"aws_access_key_id = {PLACEHOLDER_KEY_ID}", decoy="placeholder key id of X")
    doc.add(f"aws_secret_access_key = {PLACEHOLDER_SECRET}", decoy="placeholder secret of 40 x")


def decoy_hex_keyword(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.add("")
    doc.add("[artifacts]")
    doc.add(f"bucket = acme-{rng.choice(NOUNS)}-artifacts")
    doc.add(f"aws_secret_access_key = {git_sha(rng)}", decoy="git sha1 with secret keyword")


IAM_SECTIONS = (  # (list name, name field, id field, id prefix)
    ("Users", "UserName", "UserId", "AIDA"), ("Roles", "RoleName", "RoleId", "AROA"),
    ("Groups", "GroupName", "GroupId", "AGPA"), ("Policies", "PolicyName", "PolicyId", "ANPA"),
    ("PolicyVersions", "PolicyName", "VersionId", "ANVA"),
    ("InstanceProfiles", "InstanceProfileName", "InstanceProfileId", "AIPA"),
    ("PublicKeys", "Comment", "PublicKeyId", "APKA"),
    ("ServerCertificates", "ServerCertificateName", "ServerCertificateId", "ASCA"),
)


def decoy_iam_identifiers(rng: random.Random, doc: Doc, ctx: object) -> None:
    """An IAM inventory export: unique IDs with every non-key prefix."""
    account = account_id(rng)
    doc.add("{")
    for index, (section, name_field, id_field, prefix) in enumerate(IAM_SECTIONS):
        doc.add(f'    "{section}": [')
        count = rng.randint(1, 3)
        for item in range(count):
            name = f"{rng.choice(NOUNS)}-{rng.choice(ADJS)}"
            doc.add("        {")
            doc.add(f'            "{name_field}": "{name}",')
            doc.add(f'            "{id_field}": "{iam_id(rng, prefix)}",', decoy=f"iam id {prefix}")
            doc.add(f'            "Arn": "arn:aws:iam::{account}:{section[:-1].lower()}/{name}"')
            doc.add("        }," if item < count - 1 else "        }")
        doc.add("    ]," if index < len(IAM_SECTIONS) - 1 else "    ]")
    doc.add("}")


def decoy_near_miss_test(rng: random.Random, doc: Doc, ctx: object) -> None:
    doc.block("\n\nMALFORMED_KEY_IDS = [")
    for what in NEAR_MISSES:
        doc.add(f'    "{near_miss_key_id(rng, what)}",  # {what}', decoy=what)
    doc.block("]\n\n\ndef test_rejects_malformed_key_ids():\n    for value in MALFORMED_KEY_IDS:"
              "\n        assert not is_access_key_id(value), value")


def decoy_near_miss_log(rng: random.Random, doc: Doc, log: LogWriter) -> None:
    what = rng.choice(tuple(NEAR_MISSES))
    doc.add(log.prefix(rng, "WARN"), f'rejected malformed key id "{near_miss_key_id(rng, what)}" from client '
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", decoy=what)


def decoy_random_base64(rng: random.Random, doc: Doc, ctx: object) -> None:
    """Base64 far from any key ID: an inline data: URI and a bare 40-character digest."""
    doc.add("")
    doc.add(f"![{rng.choice(NOUNS)} flow](data:image/png;base64,{long_base64(rng)})", decoy="long base64 run")
    doc.add("")
    doc.add(f"Build fingerprint: `{base64_chars(rng, 40)}`", decoy="random base64 40 without keyword")


class Plant(NamedTuple):
    kinds: tuple[str, ...]  # file kinds it can go into
    emit: Callable[[random.Random, Doc, object], None]


CREDENTIAL_FORMS = {
    "env": Plant(("env",), plant_env),
    "credentials-ini": Plant(("awscreds",), plant_credentials_ini),
    "sts-json": Plant(("stsjson",), plant_sts_json),
    "yaml": Plant(("yaml",), plant_yaml),
    "terraform": Plant(("terraform",), plant_terraform),
    "python-boto3": Plant(("python",), plant_python),
    "javascript-sdk": Plant(("javascript", "typescript"), plant_javascript),
    "go-static-credentials": Plant(("go",), plant_go),
    "java-basic-credentials": Plant(("java",), plant_java),
    "shell-export": Plant(("shell",), plant_shell),
    "console-csv": Plant(("keycsv",), plant_console_csv),
    "log-key-id": Plant(("log",), plant_log_key_id),
}
SPECIAL_FORMS = {  # exactly one of each, whatever the size
    "crlf-key-pair": Plant(("bat",), plant_crlf_key_pair),
    "bom-key-id": Plant(("ps1",), plant_bom_key_id),
    "binary-key-id": Plant(("dat",), plant_binary_key_id),
    "two-key-ids": Plant(("markdown",), plant_two_key_ids),
}
DECOY_FORMS = {
    "docs-example": Plant(("markdown",), decoy_docs_example),
    "example-config": Plant(("ini",), decoy_example_config),
    "placeholder-env-var": Plant(("env",), decoy_placeholder_env_var),
    "placeholder-template": Plant(("yaml",), decoy_placeholder_template),
    "placeholder-angle": Plant(("markdown",), decoy_placeholder_angle),
    "placeholder-x": Plant(("ini",), decoy_placeholder_x),
    "hex-keyword": Plant(("ini",), decoy_hex_keyword),
    "iam-identifiers": Plant(("iamjson",), decoy_iam_identifiers),
    "near-miss-test": Plant(("python",), decoy_near_miss_test),
    "near-miss-log": Plant(("log",), decoy_near_miss_log),
    "random-base64": Plant(("markdown",), decoy_random_base64),
}
PLANTS = {**CREDENTIAL_FORMS, **SPECIAL_FORMS, **DECOY_FORMS}


# ----------------------------------------------------------------------------- code


class Language(NamedTuple):
    header: str  # may use <<aws>> (SDK imports when a credential is planted) and <<stem>>
    units: tuple[str, ...]
    footer: str
    aws_imports: str


PYTHON = Language(
    header='''"""<<Noun>> and <<noun2>> helpers used by the <<adj>> workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable<<aws>>

logger = logging.getLogger(__name__)
_db = None  # set by init_app()''',
    units=('''

def <<verb>>_<<noun>>(<<noun2>>_id: str, *, limit: int = <<n>>) -> list[dict]:
    """<<Verb>> the <<noun>> rows that belong to one <<noun2>>."""
    rows = _db.query("<<nouns>>", where={"<<noun2>>_id": <<noun2>>_id}, limit=limit)
    if not rows:
        logger.debug("no <<nouns>> for <<noun2>> %s", <<noun2>>_id)
    return [dict(row) for row in rows]''', '''

@dataclass
class <<Class>>:
    """A <<noun>> as the <<noun2>> service stores it."""

    id: str
    <<noun2>>_id: str
    status: str = "<<adj>>"
    retries: int = <<m>>

    def is_<<adj>>(self) -> bool:
        return self.status == "<<adj>>"''', '''

def <<verb>>_<<noun>>_batch(items: Iterable[dict]) -> int:
    # Regression from <<sha>>: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("<<noun2>>") is None:
            continue
        count += 1
    return count''', '''

<<CONST>>_NAMESPACE = "<<uuid>>"
<<CONST>>_TIMEOUT_SECONDS = int(os.environ.get("<<CONST>>_TIMEOUT", "<<n>>"))''', '''

class <<Class>>Client:
    """Thin client for the <<noun2>> API."""

    def __init__(self, base_url: str = "https://<<noun2>>.<<env>>.acme.io", timeout: float = <<m>>.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def <<verb>>(self, <<noun>>_id: str) -> dict:
        url = f"{self.base_url}/v1/<<nouns>>/{<<noun>>_id}"
        logger.info("<<verb>> %s", url)
        return {"url": url, "timeout": self.timeout}'''),
    footer="",
    aws_imports="\n\nimport boto3",
)

JAVASCRIPT = Language(
    header="""'use strict';

const path = require('path');
const { promisify } = require('util');<<aws>>

const DEFAULT_LIMIT = <<n>>;""",
    units=("""
async function <<camel>>(<<noun2>>Id, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/<<nouns>>?<<noun2>>=${encodeURIComponent(<<noun2>>Id)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`<<verb>> <<noun>> failed: ${res.status}`);
  }
  return res.json();
}""", """
const <<noun>>Defaults = Object.freeze({
  status: '<<adj>>',
  retries: <<m>>,
  namespace: '<<uuid>>',
});""", """
function <<verb>><<Class>>(items) {
  // see <<sha>> for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.<<noun2>>Id)) return false;
    seen.add(item.<<noun2>>Id);
    return true;
  });
}""", """
class <<Class>>Store {
  constructor(dir) {
    this.file = path.join(dir, '<<noun>>-<<noun2>>.json');
    this.items = new Map();
  }

  <<verb>>(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}"""),
    footer="\nmodule.exports = { DEFAULT_LIMIT };",
    aws_imports="\nconst AWS = require('aws-sdk');",
)

TYPESCRIPT = Language(
    header="""import { Injectable } from '@nestjs/common';
import type { <<Class>> } from './types';<<aws>>""",
    units=("""
export interface <<Class>>Row {
  id: string;
  <<noun2>>Id: string;
  status: '<<adj>>' | 'done';
  attempts: number;
}""", """
export async function <<camel>>(id: string, limit = <<n>>): Promise<<<Class>>Row[]> {
  const response = await fetch(`/api/v2/<<nouns>>/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`<<verb>> failed with ${response.status}`);
  return (await response.json()) as <<Class>>Row[];
}""", """
@Injectable()
export class <<Class>>Service {
  private readonly cache = new Map<string, <<Class>>>();

  <<verb>>(key: string): <<Class>> | undefined {
    // cache introduced in <<sha>>
    return this.cache.get(key);
  }
}""", """
export const <<CONST>>_ID = '<<uuid>>';
export const <<CONST>>_RETRIES = <<m>>;"""),
    footer="",
    aws_imports="\nimport AWS from 'aws-sdk';",
)

GO = Language(
    header="""package <<package>>

import (
\t"context"
\t"database/sql"
\t"fmt"
\t"time"
<<aws>>)

// Service wires the <<noun>> store to the <<noun2>> API.
type Service struct {
\tdb      *sql.DB
\ttimeout time.Duration
}""",
    units=("""
// <<Verb>><<Noun>> loads the <<noun>> records of one <<noun2>>.
func (s *Service) <<Verb>><<Noun>>(ctx context.Context, <<noun2>>ID string) ([]<<Class>>, error) {
\tquery := "SELECT id, status FROM <<nouns>> WHERE <<noun2>>_id = $1 LIMIT <<n>>"
\trows, err := s.db.QueryContext(ctx, query, <<noun2>>ID)
\tif err != nil {
\t\treturn nil, fmt.Errorf("<<verb>> <<noun>>: %w", err)
\t}
\tdefer rows.Close()
\tvar out []<<Class>>
\tfor rows.Next() {
\t\tvar item <<Class>>
\t\tif err := rows.Scan(&item.ID, &item.Status); err != nil {
\t\t\treturn nil, err
\t\t}
\t\tout = append(out, item)
\t}
\treturn out, rows.Err()
}""", """
// <<Class>> is one row of the <<nouns>> table.
type <<Class>> struct {
\tID        string    `json:"id"`
\tStatus    string    `json:"status"`
\tAttempts  int       `json:"attempts"`
\tUpdatedAt time.Time `json:"updated_at"`
}""", """
const (
\t// <<Noun>>Namespace seeds UUIDv5 ids for <<noun2>> rows.
\t<<Noun>>Namespace = "<<uuid>>"
\t<<Noun>>Retries   = <<m>>
)""", """
func (s *Service) <<camel>>Timeout() time.Duration {
\t// raised in <<sha>> after the <<noun2>> incident
\tif s.timeout == 0 {
\t\treturn <<n>> * time.Millisecond
\t}
\treturn s.timeout
}"""),
    footer="",
    aws_imports=('\n\t"github.com/aws/aws-sdk-go/aws"\n\t"github.com/aws/aws-sdk-go/aws/credentials"\n'
                 '\t"github.com/aws/aws-sdk-go/aws/session"\n\t"github.com/aws/aws-sdk-go/service/s3"\n'),
)

JAVA = Language(
    header="""package com.acme.<<package>>;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;<<aws>>

/**
 * <<Noun>> operations for the <<noun2>> service.
 */
public class <<stem>> {

    private static final Duration TIMEOUT = Duration.ofSeconds(<<n>>);""",
    units=("""
    public List<String> <<camel>>(String <<noun2>>Id) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < <<m>>; attempt++) {
            result.add(<<noun2>>Id + ":" + attempt);
        }
        return result;
    }""", """
    public Optional<String> find<<Class>>(String id) {
        // lookup rewritten in <<sha>>
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("<<noun>>/" + id);
    }""", """
    private static final String <<CONST>>_NAMESPACE = "<<uuid>>";

    static boolean is<<Noun>><<Noun2>>(String status) {
        return "<<adj>>".equals(status);
    }"""),
    footer="}",
    aws_imports="".join(f"\n{line}" for line in (
        "", "import com.amazonaws.auth.AWSCredentials;", "import com.amazonaws.auth.AWSStaticCredentialsProvider;",
        "import com.amazonaws.auth.BasicAWSCredentials;", "import com.amazonaws.regions.Regions;",
        "import com.amazonaws.services.s3.AmazonS3;", "import com.amazonaws.services.s3.AmazonS3ClientBuilder;")),
)

RUST = Language(
    header="""//! <<Noun>> <<noun2>> primitives.

use std::collections::HashMap;
use std::time::Duration;""",
    units=("""
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct <<Class>> {
    pub id: u64,
    pub <<noun2>>: String,
    pub attempts: u32,
}""", """
pub fn <<verb>>_<<noun>>(items: &[<<Class>>]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.<<noun2>>.clone()).or_insert(0) += 1;
    }
    counts
}""", """
/// Backoff used by the <<noun>> client; tuned in <<sha>>.
pub const <<CONST>>_BACKOFF: Duration = Duration::from_millis(<<n>>);""", """
#[cfg(test)]
mod <<noun>>_tests {
    use super::*;

    #[test]
    fn <<verb>>_keeps_order() {
        let v = vec![<<m>>u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}"""),
    footer="",
    aws_imports="",
)

C = Language(
    header="""/* <<noun>>_<<noun2>>.c - <<noun>> helpers for the native <<noun2>> module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define <<CONST>>_MAX <<n>>""",
    units=("""
static int <<verb>>_<<noun>>(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % <<m>>);
}""", """
struct <<noun>>_<<noun2>> {
    unsigned int id;
    char status[16];
    size_t attempts;
};""", """
/* Fixed upstream in <<sha>>; keep the bounds check. */
int <<noun>>_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\\0';
    return (int)n;
}"""),
    footer="",
    aws_imports="",
)

SHELL = Language(
    header="""#!/usr/bin/env bash
# <<Verb>> <<noun>> data for the <<noun2>> pipeline.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_FILE="/tmp/<<verb>>-<<noun>>.log\"""",
    units=("""
<<verb>>_<<noun>>() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] <<verb>> ${target}" >>"$LOG_FILE"
  curl -fsS --retry <<m>> "https://<<noun>>.<<env>>.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}""", """
# pinned to <<sha>> until the <<noun2>> migration lands
check_<<noun>>() {
  if [[ ! -d "${SCRIPT_DIR}/<<noun2>>" ]]; then
    echo "missing <<noun2>> directory" >&2
    return 1
  fi
}""", """
for region in us-east-1 eu-west-1; do
  echo "syncing <<noun>> in ${region}"
  sleep <<m>>
done"""),
    footer='\nmain "$@"',
    aws_imports="",
)

RUBY = Language(
    header="""# frozen_string_literal: true

require 'json'
require 'logger'

module <<Noun>>
  class <<Class>>
    DEFAULT_LIMIT = <<n>>""",
    units=("""
    def <<verb>>_<<noun2>>(id, limit: DEFAULT_LIMIT)
      rows = store.where(<<noun2>>_id: id).limit(limit)
      logger.info("<<verb>> #{rows.size} <<nouns>>")
      rows.map(&:to_h)
    end""", """
    # namespace <<uuid>>
    def <<adj>>?
      status == '<<adj>>'
    end""", """
    def retry_<<noun>>(attempts = <<m>>)
      # see <<sha>>
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end"""),
    footer="  end\nend",
    aws_imports="",
)

def code_generator(language: Language) -> Generator:
    def generate(rng: random.Random, doc: Doc, job: Job) -> None:
        credential = any(name in CREDENTIAL_FORMS for name in job.plants)
        path = PurePosixPath(job.path)
        doc.block(render(language.header, {
            **fields(rng), "stem": path.stem, "package": "main" if path.stem == "main" else path.parent.name,
            "aws": language.aws_imports if credential else "",
        }))
        fill(rng, doc, job, lambda rng, doc: doc.block(render(rng.choice(language.units), fields(rng))))
        if language.footer:
            doc.block(language.footer)
    return generate


# ----------------------------------------------------------------------------- configs


def yaml_setting(rng: random.Random, indent: str) -> str:
    f = fields(rng)
    return indent + render(rng.choice((
        "timeout_ms: <<n>>", "retries: <<m>>", "enabled: true", "storage_class: STANDARD_IA",
        "prefix: <<noun>>/<<noun2>>", "log_level: info", "owner: team-<<noun2>>",
    )), f)


YAML_APP_SECTION = """<<noun>>:
  enabled: true
  endpoint: https://<<noun2>>.<<env>>.acme.io/v1
  timeout_ms: <<n>>
  retries: <<m>>
  tags: [<<adj>>, <<env>>]
"""
YAML_K8S_DOC = """---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: <<noun>>-<<noun2>>
  labels:
    app: <<noun>>-<<noun2>>
spec:
  replicas: <<m>>
  selector:
    matchLabels:
      app: <<noun>>-<<noun2>>
  template:
    metadata:
      labels:
        app: <<noun>>-<<noun2>>
      annotations:
        acme.io/revision: "<<sha>>"
    spec:
      containers:
        - name: <<noun>>
          image: registry.acme.io/<<noun>>-<<noun2>>:<<hex8>>
          ports:
            - containerPort: <<port>>
          resources:
            limits:
              memory: <<n>>Mi"""
YAML_WORKFLOW_JOB = """  <<verb>>-<<noun>>:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<<sha>>
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run <<verb>>:<<noun>>"""


def gen_yaml(rng: random.Random, doc: Doc, job: Job) -> None:
    """A CI workflow, Kubernetes manifests or (where plants go) an app config, by path."""
    style = "workflow" if "/workflows/" in job.path else "k8s" if job.path.startswith("infra/k8s/") else "app"
    if style == "workflow":
        doc.block(render("name: <<Verb>> <<noun>>\non:\n  push:\n    branches: [main]\njobs:", fields(rng)))
    template = {"app": YAML_APP_SECTION, "k8s": YAML_K8S_DOC, "workflow": YAML_WORKFLOW_JOB}[style]
    fill(rng, doc, job, lambda rng, doc: doc.block(render(template, fields(rng))))


TOML_HEADER = "# <<Noun>> settings, see docs/config.md"
INI_HEADER = "; <<Noun>> settings (managed by config-sync)"
TOML_SECTION = """
[<<noun>>.<<noun2>>]
enabled = true
batch_size = <<n>>
endpoint = "https://<<noun2>>.<<env>>.acme.io/v1"
tags = ["<<adj>>", "<<env>>"]"""
INI_SECTION = """
[<<noun>>]
enabled = true
<<noun2>>_url = https://<<noun2>>.internal.acme.io
timeout = <<n>>
retries = <<m>>"""
ENV_GROUP = """
# <<Noun>> service
<<CONST>>_URL=https://<<noun>>.<<env>>.acme.io
<<CONST>>_TIMEOUT_MS=<<n>>
<<CONST>>_ENABLED=true"""
TERRAFORM_HEADER = """terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}"""
TERRAFORM_BLOCKS = ("""
resource "aws_s3_bucket" "<<noun>>_<<noun2>>" {
  bucket = "acme-<<noun>>-<<noun2>>-<<env>>"

  tags = {
    Team        = "<<noun2>>"
    Environment = "<<env>>"
    ManagedBy   = "terraform"
  }
}""", """
variable "<<noun>>_<<noun2>>_count" {
  description = "How many <<noun>> workers to run for <<noun2>> traffic"
  type        = number
  default     = <<m>>
}""", """
resource "aws_sqs_queue" "<<noun>>" {
  name                       = "<<noun>>-<<verb>>-<<env>>"
  visibility_timeout_seconds = <<n>>
  message_retention_seconds  = 1209600
}""", """
module "<<noun>>_<<noun2>>" {
  source = "git::https://github.com/acme/terraform-modules.git//<<noun>>?ref=<<sha>>"
  name   = "<<noun>>-<<env>>"
}""")
DOCKERFILE_HEADER = """FROM <<image>> AS base
WORKDIR /app
LABEL org.opencontainers.image.revision="<<sha>>"
ENV PORT=<<port>> \\
    APP_ENV=<<env>>
COPY . ."""
DOCKERFILE_STEPS = (
    "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n"
    "    && rm -rf /var/lib/apt/lists/*",
    "RUN groupadd -r <<noun>> && useradd -r -g <<noun>> <<noun>>",
    "COPY config/<<noun>>.yaml /etc/<<noun2>>/<<noun>>.yaml",
    "HEALTHCHECK --interval=<<m>>0s CMD curl -fsS http://localhost:<<port>>/healthz || exit 1",
    "RUN mkdir -p /var/cache/<<noun>> && chown -R <<noun>> /var/cache/<<noun>>",
)
DOCKERFILE_FOOTER = 'EXPOSE <<port>>\nCMD ["./run", "<<noun>>"]'
DOCKER_IMAGES = ("python:3.11-slim", "golang:1.22-alpine", "node:20-alpine", "eclipse-temurin:21-jre",
                 "ruby:3.3-slim", "debian:bookworm-slim")


def template_generator(header: str, units: tuple[str, ...], footer: str = "") -> Generator:
    """Generator for a config kind made of a header and repeated templated units."""
    def generate(rng: random.Random, doc: Doc, job: Job) -> None:
        doc.block(render(header, {**fields(rng), "image": rng.choice(DOCKER_IMAGES)}))
        fill(rng, doc, job, lambda rng, doc: doc.block(render(rng.choice(units), fields(rng))))
        if footer:
            doc.block(render(footer, fields(rng)))
    return generate


def gen_json_config(rng: random.Random, doc: Doc, job: Job) -> None:
    f = fields(rng)
    config: dict[str, object] = {"name": f"{f['noun']}-{f['noun2']}", "version": version(rng),
                                 "requestNamespace": f["uuid"]}
    size = 100
    while size < job.size:
        f = fields(rng)
        section = {"enabled": rng.random() < 0.7, "endpoint": f"https://{f['noun2']}.{f['env']}.acme.io/v1",
                   "timeoutMs": int(f["n"]), "retries": int(f["m"]), "tags": [f["adj"], f["env"]], "id": f["uuid"]}
        config[f["camel"] + f["Noun2"]] = section
        size += 230
    doc.block(json.dumps(config, indent=2))


def gen_awscreds(rng: random.Random, doc: Doc, job: Job) -> None:
    """A credentials file: the planted profiles plus role profiles that hold no keys."""
    doc.add(f"# managed by {rng.choice(IAM_USERS)}, last edited {random_date(rng)}")

    def role_profile(rng: random.Random, doc: Doc) -> None:
        role = f"{rng.choice(NOUNS)}-{rng.choice(('deploy', 'readonly', 'admin', 'ci'))}"
        doc.block(f"[{role}]\nrole_arn = arn:aws:iam::{account_id(rng)}:role/{role}\n"
                  f"source_profile = default\nregion = {rng.choice(REGIONS)}\n")
    fill(rng, doc, job, role_profile)


def gen_bat(rng: random.Random, doc: Doc, job: Job) -> None:
    doc.block(f"@echo off\nsetlocal\nREM Credentials for the nightly {rng.choice(NOUNS)} export")
    emit_plants_only(rng, doc, job)
    doc.block(f"cd /d %~dp0\npython -m {rng.choice(NOUNS)}_export %*\nendlocal")


def gen_ps1(rng: random.Random, doc: Doc, job: Job) -> None:
    emit_plants_only(rng, doc, job)  # the key ID must be on line 1
    doc.block(f'Write-Host "AWS profile loaded for $env:USERNAME"\nSet-Location "$HOME\\src\\{rng.choice(NOUNS)}"\n'
              f"function Invoke-{rng.choice(VERBS).title()} {{ python -m tools.{rng.choice(VERBS)} @args }}")


# ----------------------------------------------------------------------------- logs

HTTP_METHODS = ("GET", "GET", "GET", "POST", "PUT", "DELETE")
HTTP_STATUSES = (200, 200, 200, 201, 204, 301, 404, 500, 502)
LOG_MESSAGES: tuple[Callable[[random.Random, str, int], tuple[str, str]], ...] = (
    lambda rng, noun, n: ("INFO", f"{rng.choice(HTTP_METHODS)} /api/v1/{plural(noun)}/{n} "
                                  f"status={rng.choice(HTTP_STATUSES)} duration_ms={rng.randint(1, 900)} "
                                  f"request_id={uuid4(rng)}"),
    lambda rng, noun, n: ("INFO", f"{rng.choice(HTTP_METHODS)} /api/v1/{plural(noun)} status=200 duration_ms={n} "
                                  f"request_id={uuid4(rng)}"),
    lambda rng, noun, n: ("DEBUG", f"cache miss for {noun} {n}; loading from primary"),
    lambda rng, noun, n: ("INFO", f"deploying revision {git_sha(rng)} to {rng.choice(ENVS)}"),
    lambda rng, noun, n: ("INFO", f"job {rng.choice(VERBS)}-{noun} finished in {n}ms trace_id={hex_chars(rng, 32)} "
                                  f"span_id={hex_chars(rng, 16)}"),
    lambda rng, noun, n: ("WARN", f"retrying {noun} sync attempt={rng.randint(1, 9)} backoff_ms={n}"),
    lambda rng, noun, n: ("ERROR", f"failed to {rng.choice(VERBS)} {noun} {uuid4(rng)}: context deadline exceeded"),
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class LogWriter:
    """One log file's service, clock and line style (app text, JSON lines or access log)."""

    def __init__(self, rng: random.Random, style: str, service: str, day: datetime.date) -> None:
        self.style = style
        self.service = service
        self.now = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(seconds=rng.randrange(3600))

    def tick(self, rng: random.Random) -> datetime.datetime:
        self.now += datetime.timedelta(milliseconds=rng.randint(1, 3000))
        return self.now

    def prefix(self, rng: random.Random, level: str) -> str:
        return f"{self.tick(rng).isoformat(timespec='milliseconds')}Z {level:<5} [{self.service}] "

    def line(self, rng: random.Random) -> str:
        if self.style == "access":
            t = self.tick(rng)
            request = f"{rng.choice(HTTP_METHODS)} /api/v1/{plural(rng.choice(NOUNS))}/{rng.randint(1, 99999)} HTTP/1.1"
            return (f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} - - "
                    f"[{t.day:02}/{MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000] "
                    f'"{request}" {rng.choice(HTTP_STATUSES)} {rng.randint(80, 90000)} "-" '
                    f'"Mozilla/5.0 (X11; Linux x86_64)" rt={rng.random():.3f} req_id={hex_chars(rng, 32)}')
        level, text = rng.choice(LOG_MESSAGES)(rng, rng.choice(NOUNS), rng.randint(1, 5000))
        if self.style == "json":
            return (f'{{"ts":"{self.tick(rng).isoformat(timespec="milliseconds")}Z","level":"{level.lower()}",'
                    f'"service":"{self.service}","msg":"{text}"}}')
        return self.prefix(rng, level) + text


def gen_log(rng: random.Random, doc: Doc, job: Job) -> None:
    style = "app" if job.plants else rng.choice(("app", "app", "json", "access"))
    dated = re.search(r"\d{4}-\d{2}-\d{2}", job.path)
    day = datetime.date.fromisoformat(dated.group()) if dated else random_date(rng)
    log = LogWriter(rng, style, PurePosixPath(job.path).parts[1], day)
    fill(rng, doc, job, lambda rng, doc: doc.add(log.line(rng)), ctx=log)


# ----------------------------------------------------------------------------- docs

SENTENCES = (
    "The <<noun>> service <<verb>>s <<noun2>> records every <<m>> minutes.",
    "If a <<noun>> stays <<adj>> for more than <<n>> seconds, the worker retries it.",
    "Run `make <<verb>>-<<noun>>` before opening a pull request — CI runs the same target.",
    "We keep <<noun2>> data in the <<region>> region; replicas lag by about <<m>>s.",
    "See the <<noun>> runbook for what to do when the <<noun2>> queue backs up.",
    "A naïve <<verb>> of every <<noun>> takes <<n>> ms, so batches are capped.",
    "Owners: team-<<noun2>> (primary) and team-<<noun>> (backup).",
)
MD_SECTIONS = ("""
## <<Verb>> <<nouns>>

<<p>>

- `<<noun>>.timeout_ms`: defaults to <<n>>
- `<<noun>>.retries`: <<m>>
- `<<noun>>.region`: <<region>>""", """
### Operations

<<p>>

```bash
make <<verb>>-<<noun>> ENV=<<env>>
curl -sS https://<<noun>>.<<env>>.acme.io/healthz
```""", """
## <<Noun>> → <<noun2>> mapping

| Field | Type | Notes |
|-------|------|-------|
| id | uuid | e.g. `<<uuid>>` |
| status | string | `<<adj>>` or `done` |
| attempts | int | at most <<m>> |""", """
### Changelog

<<p>> Fixed in [<<hex8>>](https://github.com/acme/monorepo/commit/<<sha>>).""", """
### Loading the widget

```html
<script src="https://cdn.acme.io/<<noun>>/<<m>>.2.0/widget.min.js"
        integrity="<<sri>>" crossorigin="anonymous"></script>
```""")


def paragraph(rng: random.Random) -> str:
    return " ".join(render(rng.choice(SENTENCES), fields(rng)) for _ in range(rng.randint(2, 5)))


def gen_markdown(rng: random.Random, doc: Doc, job: Job) -> None:
    f = fields(rng)
    doc.block(f"# {f['Noun']} {f['noun2']} {rng.choice(('guide', 'runbook', 'notes', 'design'))}\n\n{paragraph(rng)}")

    def section(rng: random.Random, doc: Doc) -> None:
        values = {**fields(rng), "p": paragraph(rng), "sri": sri(rng, rng.choice(("sha256", "sha384")))}
        doc.block(render(rng.choice(MD_SECTIONS), values))
    fill(rng, doc, job, section)


# ----------------------------------------------------------------------------- minified JS


MINIFIED_CHUNKS: tuple[Callable[[random.Random, str, str, str], str], ...] = (
    lambda rng, i, w, v: f'{i}.src="data:image/png;base64,{long_base64(rng)}";',
    lambda rng, i, w, v: f'{i}.{w}Hash="{base64_chars(rng, 40)}";',
    lambda rng, i, w, v: f'{i}.integrity="{sri(rng, "sha256")}";',
    lambda rng, i, w, v: f"function {i}{w.title()}(e,t){{return e.{v}(t)||{i}.{w}}}",
    lambda rng, i, w, v: f'var {i}={{{w}:"{v}",{rng.choice(NOUNS)}:{rng.randint(0, 999)},{v}:!0}};',
    lambda rng, i, w, v: f'{i}.{v}("{w}",function(n){{n.{rng.choice(VERBS)}()}});',
    lambda rng, i, w, v: f"{i}.prototype.{v}{w.title()}=function(e){{return this.{w}.push(e),this}};",
    lambda rng, i, w, v: f'if({i}.{w}>{rng.randint(1, 99)})throw new Error("{v} {w}");',
    lambda rng, i, w, v: f"{i}&&{i}.{v}({rng.choice(NOUNS)},{rng.random():.4f});",
    lambda rng, i, w, v: f"export{{{i} as {w}{rng.choice(ADJS).title()}}};",
)
MINIFIED_IDENTS = ("e", "t", "n", "r", "i", "o", "a", "s", "u", "c", "l")


def minified_chunk(rng: random.Random) -> str:
    ident = rng.choice(MINIFIED_IDENTS) if rng.random() < 0.8 else f"_0x{hex_chars(rng, 4)}"
    return rng.choice(MINIFIED_CHUNKS)(rng, ident, rng.choice(NOUNS), rng.choice(VERBS))


def gen_minjs(rng: random.Random, doc: Doc, job: Job) -> None:
    """One very long line; its base64 is far (by line count) from any key ID by construction."""
    chunks = [f"/*! {rng.choice(NOUNS)}-{rng.choice(NOUNS)} v{version(rng)} | MIT */!function(){{"]
    size = len(chunks[0])
    while size < job.size:
        chunks.append(minified_chunk(rng))
        size += len(chunks[-1])
    chunks.append("}();")
    line = "".join(chunks)
    markers = (('Hash="', "random base64 40 without keyword"), ("base64,", "long base64 run"),
               ('"sha256-', "sri sha256"))
    doc.add(line, decoy=tuple(what for marker, what in markers if marker in line))
    doc.block(f"//# sourceMappingURL={rng.choice(NOUNS)}.{hex_chars(rng, 8)}.min.js.map")


# ----------------------------------------------------------------------------- lock files


def npm_name(rng: random.Random) -> str:
    return rng.choice((f"{rng.choice(NOUNS)}-{rng.choice(VERBS)}", f"@{rng.choice(NOUNS)}/{rng.choice(NOUNS)}",
                       f"{rng.choice(NOUNS)}js", f"{rng.choice(VERBS)}-{rng.choice(NOUNS)}-{rng.choice(ADJS)}"))


def version(rng: random.Random) -> str:
    return f"{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"


def gen_package_lock(rng: random.Random, doc: Doc, job: Job) -> None:
    name = PurePosixPath(job.path).parent.name
    packages: dict[str, object] = {"": {"name": name, "version": version(rng), "license": "UNLICENSED"}}
    for _ in range(job.size // 260):
        package = npm_name(rng)
        v = version(rng)
        entry = {"version": v, "resolved": f"https://registry.npmjs.org/{package}/-/{package.split('/')[-1]}-{v}.tgz",
                 "integrity": sri(rng, "sha1" if rng.random() < 0.1 else "sha512")}
        if rng.random() < 0.4:
            entry["dev"] = True
        if rng.random() < 0.3:
            entry["dependencies"] = {npm_name(rng): f"^{version(rng)}" for _ in range(rng.randint(1, 3))}
        packages[f"node_modules/{package}"] = entry
    doc.block(json.dumps({"name": name, "version": packages[""]["version"], "lockfileVersion": 3,
                          "requires": True, "packages": packages}, indent=2))


def yarn_key(package: str) -> str:
    return f'"{package}"' if package.startswith("@") else package


def gen_yarn_lock(rng: random.Random, doc: Doc, job: Job) -> None:
    doc.block("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1")

    def entry(rng: random.Random, doc: Doc) -> None:
        package, v = npm_name(rng), version(rng)
        tarball = f"https://registry.yarnpkg.com/{package}/-/{package.split('/')[-1]}-{v}.tgz"
        text = (f'\n"{package}@^{v}":\n  version "{v}"\n  resolved "{tarball}#{git_sha(rng)}"\n'
                f'  integrity {sri(rng, "sha512")}')
        if rng.random() < 0.4:
            dependencies = (f'\n    {yarn_key(npm_name(rng))} "^{version(rng)}"' for _ in range(rng.randint(1, 3)))
            text += "\n  dependencies:" + "".join(dependencies)
        doc.block(text)
    fill(rng, doc, job, entry)


def gen_cargo_lock(rng: random.Random, doc: Doc, job: Job) -> None:
    doc.block("# This file is automatically @generated by Cargo.\n"
              "# It is not intended for manual editing.\nversion = 3")

    def entry(rng: random.Random, doc: Doc) -> None:
        text = (f'\n[[package]]\nname = "{snake_name(rng)}"\nversion = "{version(rng)}"\n'
                f'source = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{hex_chars(rng, 64)}"')
        if rng.random() < 0.5:
            text += "\ndependencies = [\n" + "".join(f' "{snake_name(rng)}",\n' for _ in range(rng.randint(1, 4))) + "]"
        doc.block(text)
    fill(rng, doc, job, entry)


def gen_go_sum(rng: random.Random, doc: Doc, job: Job) -> None:
    def entry(rng: random.Random, doc: Doc) -> None:
        module = rng.choice((f"github.com/{rng.choice(NOUNS)}/{rng.choice(NOUNS)}-{rng.choice(VERBS)}",
                             f"golang.org/x/{rng.choice(NOUNS)}", f"go.uber.org/{rng.choice(NOUNS)}",
                             f"google.golang.org/{rng.choice(NOUNS)}"))
        v = f"v{version(rng)}"
        doc.block(f"{module} {v} {go_sum_hash(rng)}\n{module} {v}/go.mod {go_sum_hash(rng)}")
    fill(rng, doc, job, entry)


# ----------------------------------------------------------------------------- CSV

def timestamp(rng: random.Random, sep: str = "T") -> str:
    return f"{random_date(rng)}{sep}{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:{rng.randint(0, 59):02}"


def csv_order(rng: random.Random) -> str:
    return (f"{rng.randint(100000, 999999)},{uuid4(rng)},{timestamp(rng)}Z,{rng.randint(1, 99999) / 100:.2f},"
            f"{rng.choice(('USD', 'EUR', 'GBP', 'JPY'))},{rng.choice(('paid', 'shipped', 'refunded', 'pending'))},"
            f"{rng.choice(REGIONS)}")


def csv_event(rng: random.Random) -> str:
    event = rng.choice(("view", "click", "signup", "purchase"))
    return (f"{uuid4(rng)},{timestamp(rng, ' ')},{rng.randint(1, 500000)},{event},"
            f"/{plural(rng.choice(NOUNS))}/{rng.randint(1, 9999)},{rng.randint(1, 5000)}")


def csv_metric(rng: random.Random) -> str:
    metric = rng.choice(("latency_p99", "errors", "rps", "queue_depth"))
    return (f"{random_date(rng)},ip-10-0-{rng.randint(0, 255)}-{rng.randint(1, 254)},{rng.choice(NOUNS)}.{metric},"
            f"{rng.random() * 1000:.3f}")


def csv_user(rng: random.Random) -> str:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return (f"{rng.randint(1, 900000)},{first.lower()}.{last.lower()}@example.org,{first} {last},"
            f"{rng.choice(('US', 'DE', 'BR', 'JP', 'NG', 'IN', 'FR'))},{random_date(rng)},"
            f"{rng.choice(('free', 'team', 'enterprise'))}")


CSV_SCHEMAS = (
    ("order_id,customer_id,created_at,amount,currency,status,region", csv_order),
    ("event_id,ts,user_id,event_type,path,duration_ms", csv_event),
    ("date,host,metric,value", csv_metric),
    ("id,email,name,country,signup_date,plan", csv_user),
)


def gen_csv(rng: random.Random, doc: Doc, job: Job) -> None:
    header, row = rng.choice(CSV_SCHEMAS)
    doc.block(header)
    fill(rng, doc, job, lambda rng, doc: doc.add(row(rng)))


# ----------------------------------------------------------------------------- layout and kinds


class Layout:
    """Pools of names paths are built from; they grow with the tree so big trees stay plausible."""

    def __init__(self, rng: random.Random, size_mib: int) -> None:
        grow = size_mib // 8
        services = rng.sample(SERVICE_NAMES, len(SERVICE_LANGUAGES) * (2 + grow))
        self.services = {lang: services[i::len(SERVICE_LANGUAGES)] for i, lang in enumerate(SERVICE_LANGUAGES)}
        self.all_services = services
        self.apps = rng.sample(APP_NAMES, 2 + grow // 2)
        self.crates = rng.sample(CRATE_NAMES, 2 + grow // 2)
        self.libs = rng.sample(NOUNS, 2 + grow // 4)
        self.tools = rng.sample(TOOL_NAMES, 3 + grow // 2)
        self.datasets = rng.sample(DATASET_NAMES, 3 + grow // 2)
        self.taken: set[str] = set()

    def claim(self, make: Callable[[Layout, random.Random], str], rng: random.Random) -> str:
        """A fresh path from make(); after many collisions, a numbered variant of the last one."""
        for _ in range(64):
            path = make(self, rng)
            if path not in self.taken:
                break
        else:
            stem, ext = os.path.splitext(path)
            path = next(f"{stem}-{n}{ext}" for n in range(2, 1 << 30) if f"{stem}-{n}{ext}" not in self.taken)
        self.taken.add(path)
        return path


def camel_name(rng: random.Random) -> str:
    return rng.choice(VERBS) + rng.choice(NOUNS).title()


def pascal_name(rng: random.Random) -> str:
    return rng.choice(NOUNS).title() + rng.choice(NOUNS).title()


# Each path function picks one of several realistic layouts for its kind of file.

def path_python(L: Layout, rng: random.Random) -> str:
    svc, mod, sub = rng.choice(L.services["python"]), snake_name(rng), rng.choice(NOUNS)
    pkg = svc.replace("-", "_")
    return rng.choice((
        f"services/{svc}/{pkg}/{mod}.py",
        f"services/{svc}/{pkg}/{sub}/{mod}.py",
        f"services/{svc}/tests/test_{mod}.py",
        f"tools/{rng.choice(L.tools)}/{mod}.py",
    ))


def path_javascript(L: Layout, rng: random.Random) -> str:
    app, svc, name, sub = rng.choice(L.apps), rng.choice(L.services["javascript"]), camel_name(rng), rng.choice(NOUNS)
    return rng.choice((
        f"web/{app}/src/{sub}/{name}.js",
        f"web/{app}/src/lib/{sub}/{name}.js",
        f"services/{svc}/lib/{name}.js",
        f"services/{svc}/src/{sub}/{name}.js",
    ))


def path_typescript(L: Layout, rng: random.Random) -> str:
    app, sub = rng.choice(L.apps), rng.choice(NOUNS)
    return rng.choice((
        f"web/{app}/src/{sub}/{pascal_name(rng)}.ts",
        f"web/{app}/src/hooks/use{pascal_name(rng)}.ts",
        f"web/{app}/packages/{sub}/src/{camel_name(rng)}.ts",
    ))


def path_go(L: Layout, rng: random.Random) -> str:
    svc, pkg = rng.choice(L.services["go"]), rng.choice(NOUNS)
    name = rng.choice(NOUNS) if rng.random() < 0.5 else f"{rng.choice(NOUNS)}_{rng.choice(NOUNS)}"
    return rng.choice((
        f"services/{svc}/internal/{pkg}/{name}.go",
        f"services/{svc}/pkg/{pkg}/{name}.go",
        f"services/{svc}/internal/{pkg}/{name}_test.go",
        f"services/{svc}/cmd/{pkg}/main.go",
    ))


def path_java(L: Layout, rng: random.Random) -> str:
    svc, pkg = rng.choice(L.services["java"]), rng.choice(NOUNS)
    cls = pascal_name(rng) + rng.choice(("Service", "Repository", "Controller", "Client", "Mapper", "Validator"))
    return rng.choice((
        f"services/{svc}/src/main/java/{pkg}/{cls}.java",
        f"services/{svc}/src/test/java/{pkg}/{cls}Test.java",
    ))


def path_rust(L: Layout, rng: random.Random) -> str:
    crate, mod = rng.choice(L.crates), snake_name(rng)
    return rng.choice((
        f"crates/{crate}/src/{mod}.rs",
        f"crates/{crate}/src/{rng.choice(NOUNS)}/{mod}.rs",
        f"crates/{crate}/tests/{mod}.rs",
    ))


def path_c(L: Layout, rng: random.Random) -> str:
    lib, mod = rng.choice(L.libs), snake_name(rng)
    return rng.choice((
        f"native/lib{lib}/src/{mod}.c",
        f"native/lib{lib}/src/{rng.choice(NOUNS)}/{mod}.c",
    ))


def path_shell(L: Layout, rng: random.Random) -> str:
    name = f"{rng.choice(VERBS)}-{rng.choice(NOUNS)}.sh"
    return rng.choice((
        f"scripts/{name}",
        f"deploy/{rng.choice(ENVS)}/{name}",
        f"services/{rng.choice(L.all_services)}/bin/{name}",
        f"tools/ci/{name}",
    ))


def path_ruby(L: Layout, rng: random.Random) -> str:
    svc, mod = rng.choice(L.services["ruby"]), snake_name(rng)
    return rng.choice((
        f"services/{svc}/app/models/{mod}.rb",
        f"services/{svc}/lib/{rng.choice(NOUNS)}/{mod}.rb",
        f"ops/chef/cookbooks/{rng.choice(NOUNS)}/recipes/{mod}.rb",
    ))


def path_yaml_config(L: Layout, rng: random.Random) -> str:
    svc, noun, env = rng.choice(L.all_services), rng.choice(NOUNS), rng.choice(ENVS)
    return rng.choice((
        f"config/{env}/{noun}.yaml",
        f"deploy/helm/{svc}/values-{env}.yaml",
        f"services/{svc}/config/{noun}.yml",
        f"infra/ansible/group_vars/{env}/{noun}.yml",
    ))


def path_yaml(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        path_yaml_config(L, rng),
        path_yaml_config(L, rng),
        f"infra/k8s/{rng.choice(L.all_services)}/{rng.choice(NOUNS)}.yaml",
        f".github/workflows/{rng.choice(VERBS)}-{rng.choice(NOUNS)}.yml",
    ))


def path_toml(L: Layout, rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    return rng.choice((
        f"services/{rng.choice(L.services['python'])}/pyproject.toml",
        f"config/{rng.choice(ENVS)}/{noun}.toml",
        f"crates/{rng.choice(L.crates)}/config/{noun}.toml",
        f"tools/{rng.choice(L.tools)}/{noun}.toml",
    ))


def path_ini(L: Layout, rng: random.Random) -> str:
    svc, noun, env = rng.choice(L.all_services), rng.choice(NOUNS), rng.choice(ENVS)
    return rng.choice((
        f"services/{svc}/setup.cfg",
        f"services/{svc}/tox.ini",
        f"config/{env}/{noun}.ini",
        f"deploy/{env}/{noun}.cfg",
        f"services/{svc}/tests/fixtures/{noun}.ini",
    ))


def path_json(L: Layout, rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    return rng.choice((
        f"config/{rng.choice(ENVS)}/{noun}.json",
        f"services/{rng.choice(L.all_services)}/config/{noun}.json",
        f"web/{rng.choice(L.apps)}/src/config/{noun}.json",
    ))


def path_env(L: Layout, rng: random.Random) -> str:
    svc, env = rng.choice(L.all_services), rng.choice(ENVS)
    return rng.choice((
        f"services/{svc}/.env",
        f"services/{svc}/.env.{env}",
        f"config/{env}/.env",
        f"deploy/{env}/.env.{env}",
        f"web/{rng.choice(L.apps)}/.env.local",
        f"tools/{rng.choice(L.tools)}/.env",
    ))


def path_dockerfile(L: Layout, rng: random.Random) -> str:
    svc = rng.choice(L.all_services)
    return rng.choice((
        f"services/{svc}/Dockerfile",
        f"services/{svc}/docker/Dockerfile.{rng.choice(('dev', 'ci', 'worker'))}",
        f"tools/{rng.choice(L.tools)}/Dockerfile",
        f"web/{rng.choice(L.apps)}/Dockerfile",
    ))


def path_terraform(L: Layout, rng: random.Random, names: tuple[str, ...] = ("main", "variables", "outputs")) -> str:
    name = rng.choice(names + (rng.choice(NOUNS),))
    return rng.choice((
        f"infra/terraform/{rng.choice(ENVS)}/{rng.choice(NOUNS)}/{name}.tf",
        f"infra/terraform/modules/{rng.choice(NOUNS)}/{name}.tf",
    ))


def path_terraform_providers(L: Layout, rng: random.Random) -> str:
    return path_terraform(L, rng, ("main", "providers", "backend"))


def path_log(L: Layout, rng: random.Random) -> str:
    svc = rng.choice(L.all_services)
    return rng.choice((
        f"logs/{svc}/{svc}-{random_date(rng)}.log",
        f"logs/{svc}/{rng.choice(('access', 'error', 'worker'))}.log",
    ))


def path_markdown(L: Layout, rng: random.Random) -> str:
    slug = f"{rng.choice(VERBS)}-{rng.choice(NOUNS)}"
    return rng.choice((
        f"docs/{rng.choice(('guides', 'architecture', 'runbooks', 'onboarding'))}/{slug}.md",
        f"docs/adr/{rng.randint(1, 999):04}-{slug}.md",
        f"docs/incidents/{random_date(rng)}-{slug}.md",
        f"services/{rng.choice(L.all_services)}/README.md",
        f"web/{rng.choice(L.apps)}/README.md",
    ))


def path_minjs(L: Layout, rng: random.Random) -> str:
    return f"web/{rng.choice(L.apps)}/public/assets/{rng.choice(NOUNS)}.{hex_chars(rng, 8)}.min.js"


def path_package_lock(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"web/{rng.choice(L.apps)}/package-lock.json",
        f"web/{rng.choice(L.apps)}/packages/{rng.choice(NOUNS)}/package-lock.json",
        f"services/{rng.choice(L.services['javascript'])}/package-lock.json",
    ))


def path_yarn_lock(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"web/{rng.choice(L.apps)}/yarn.lock",
        f"web/{rng.choice(L.apps)}/packages/{rng.choice(NOUNS)}/yarn.lock",
        f"tools/{rng.choice(L.tools)}/yarn.lock",
    ))


def path_cargo_lock(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"crates/{rng.choice(L.crates)}/Cargo.lock",
        f"crates/{rng.choice(L.crates)}/fuzz/Cargo.lock",
        f"tools/{rng.choice(L.tools)}/Cargo.lock",
    ))


def path_go_sum(L: Layout, rng: random.Random) -> str:
    svc = rng.choice(L.services["go"])
    return rng.choice((
        f"services/{svc}/go.sum",
        f"services/{svc}/tools/go.sum",
        f"tools/{rng.choice(L.tools)}/go.sum",
    ))


def path_csv(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"data/{rng.choice(L.datasets)}/{rng.choice(NOUNS)}-{random_date(rng)}.csv",
        f"services/{rng.choice(L.all_services)}/testdata/{rng.choice(NOUNS)}.csv",
        f"analytics/exports/{rng.choice(L.datasets)}-{random_date(rng)}.csv",
    ))


def path_awscreds(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"deploy/{rng.choice(ENVS)}/aws/credentials",
        f"ops/bastion/home/{rng.choice(IAM_USERS)}/.aws/credentials",
        f"tools/{rng.choice(L.tools)}/fixtures/credentials",
        f"services/{rng.choice(L.all_services)}/docker/aws-credentials",
    ))


def path_stsjson(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"tmp/{rng.choice(NOUNS)}-assume-role.json",
        f"ops/debug/sts-{random_date(rng)}.json",
        f"services/{rng.choice(L.all_services)}/tests/fixtures/{rng.choice(NOUNS)}_credentials.json",
    ))


def path_keycsv(L: Layout, rng: random.Random) -> str:
    user = rng.choice(IAM_USERS)
    return rng.choice((
        f"ops/iam/{user}_accessKeys.csv",
        f"docs/onboarding/{user}_credentials.csv",
        f"tmp/downloads/credentials-{random_date(rng)}.csv",
    ))


def path_iamjson(L: Layout, rng: random.Random) -> str:
    return rng.choice((
        f"ops/iam/inventory-{random_date(rng)}.json",
        f"docs/iam/{rng.choice(ENVS)}-principals.json",
    ))


def fixed_path(path: str) -> Callable[[Layout, random.Random], str]:
    return lambda L, rng: path


class Kind(NamedTuple):
    """A kind of file: how to fill it, how big, how common, where it lives and its bulk decoys."""

    generate: Generator
    size: tuple[int, int]  # target bytes
    weight: float  # share among randomly chosen filler files; 0: made only to hold plants
    path: Callable[[Layout, random.Random], str]
    samples: tuple[tuple[re.Pattern[str], str], ...] = ()  # bulk decoys: first per file recorded
    plant_path: Callable[[Layout, random.Random], str] | None = None  # for files that get plants
    newline: str = "\n"
    bom: bool = False


SHA1_HEX = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
CODE_SAMPLES = ((SHA1_HEX, "git sha1"), (UUID, "uuid"))

KINDS: dict[str, Kind] = {
    "python": Kind(code_generator(PYTHON), (1500, 9000), 9, path_python, CODE_SAMPLES),
    "javascript": Kind(code_generator(JAVASCRIPT), (1200, 8000), 6, path_javascript, CODE_SAMPLES),
    "typescript": Kind(code_generator(TYPESCRIPT), (1000, 6000), 6, path_typescript, CODE_SAMPLES),
    "go": Kind(code_generator(GO), (1500, 9000), 6, path_go, CODE_SAMPLES),
    "java": Kind(code_generator(JAVA), (1500, 8000), 5, path_java, CODE_SAMPLES),
    "rust": Kind(code_generator(RUST), (1000, 6000), 3, path_rust, CODE_SAMPLES),
    "c": Kind(code_generator(C), (1000, 6000), 2, path_c, CODE_SAMPLES),
    "shell": Kind(code_generator(SHELL), (400, 3000), 3, path_shell, CODE_SAMPLES),
    "ruby": Kind(code_generator(RUBY), (800, 5000), 3, path_ruby, CODE_SAMPLES),
    "yaml": Kind(gen_yaml, (300, 4000), 6, path_yaml, ((SHA1_HEX, "git sha1"),), plant_path=path_yaml_config),
    "toml": Kind(template_generator(TOML_HEADER, (TOML_SECTION,)), (300, 2500), 2, path_toml),
    "ini": Kind(template_generator(INI_HEADER, (INI_SECTION,)), (200, 2000), 2, path_ini),
    "json": Kind(gen_json_config, (400, 5000), 3, path_json, ((UUID, "uuid"),)),
    "env": Kind(template_generator("# generated by make env", (ENV_GROUP,)), (150, 1200), 2, path_env),
    "dockerfile": Kind(template_generator(DOCKERFILE_HEADER, DOCKERFILE_STEPS, DOCKERFILE_FOOTER),
                       (300, 1500), 2, path_dockerfile, ((SHA1_HEX, "git sha1"),)),
    "terraform": Kind(template_generator(TERRAFORM_HEADER, TERRAFORM_BLOCKS), (500, 5000), 3, path_terraform,
                      ((SHA1_HEX, "git sha1"),), plant_path=path_terraform_providers),
    "log": Kind(gen_log, (12_000, 80_000), 1.6, path_log, ((SHA1_HEX, "git sha1"), (UUID, "uuid"))),
    "markdown": Kind(gen_markdown, (1500, 9000), 4, path_markdown,
                     ((SHA1_HEX, "git sha1"), (UUID, "uuid"), (re.compile(r"sha(?:256|384)-"), "sri sha256/sha384"))),
    "minjs": Kind(gen_minjs, (50 * 1024, 200 * 1024), 0.15, path_minjs),
    "package-lock": Kind(gen_package_lock, (15_000, 90_000), 0.4, path_package_lock,
                         ((re.compile(r'"sha512-'), "sri sha512"), (re.compile(r'"sha1-'), "sri sha1"))),
    "yarn-lock": Kind(gen_yarn_lock, (10_000, 70_000), 0.3, path_yarn_lock,
                      ((re.compile(r" sha512-"), "sri sha512"), (SHA1_HEX, "sha1 hex in resolved url"))),
    "cargo-lock": Kind(gen_cargo_lock, (8_000, 50_000), 0.3, path_cargo_lock,
                       ((re.compile("checksum"), "sha256 hex checksum"),)),
    "go-sum": Kind(gen_go_sum, (5_000, 40_000), 0.3, path_go_sum, ((re.compile(" h1:"), "go.sum h1 hash"),)),
    "csv": Kind(gen_csv, (4_000, 40_000), 1.2, path_csv, ((UUID, "uuid"),)),
    "awscreds": Kind(gen_awscreds, (150, 600), 0, path_awscreds),
    "stsjson": Kind(emit_plants_only, (400, 1200), 0, path_stsjson),
    "keycsv": Kind(emit_plants_only, (100, 200), 0, path_keycsv),
    "iamjson": Kind(emit_plants_only, (1500, 3000), 0, path_iamjson),
    "bat": Kind(gen_bat, (300, 300), 0, fixed_path("scripts/windows/set-aws-env.bat"), newline="\r\n"),
    "ps1": Kind(gen_ps1, (300, 300), 0, fixed_path("scripts/windows/aws-profile.ps1"), bom=True),
    "dat": Kind(emit_plants_only, (8000, 8000), 0, fixed_path("data/cache/session-store.dat")),
}
FILLER_KINDS = [name for name, kind in KINDS.items() if kind.weight > 0]


def plants_per_form(size_mib: int) -> int:
    return max(2, (3 * size_mib + 1) // 2)


def plan(seed: int, size_mib: int) -> list[Job]:
    """Decide every file (kind, path, target size, plants) before writing any."""
    rng = random.Random(f"plan:{seed}:{size_mib}")
    layout = Layout(rng, size_mib)

    def job(kind: str, plants: tuple[str, ...] = ()) -> Job:
        spec = KINDS[kind]
        path = layout.claim(spec.plant_path if plants and spec.plant_path else spec.path, rng)
        return Job(kind, path, rng.randint(*spec.size), plants)

    count = plants_per_form(size_mib)
    jobs = [job(rng.choice(PLANTS[name].kinds), (name,))
            for forms, n in ((CREDENTIAL_FORMS, count), (SPECIAL_FORMS, 1), (DECOY_FORMS, count))
            for name in forms for _ in range(n)]
    jobs += [job(kind) for kind in FILLER_KINDS]  # every kind at least once
    weights = [KINDS[kind].weight for kind in FILLER_KINDS]
    planned, budget = sum(j.size for j in jobs), size_mib * MIB
    while planned < budget:
        jobs.append(job(rng.choices(FILLER_KINDS, weights)[0]))
        planned += jobs[-1].size
    return jobs


# ----------------------------------------------------------------------------- generation


def prepare_output_dir(out: Path) -> None:
    out = out.resolve()
    cwd = Path.cwd().resolve()
    if out == cwd or out in cwd.parents or (out / ".git").exists():
        sys.exit(f"refusing to wipe {out}: it is the current directory, one of its parents, or a git checkout")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)


def generate(out: Path, manifest: Path, seed: int, size_mib: int) -> dict[str, object]:
    """Write the tree file by file, then the manifest; return a summary."""
    jobs = plan(seed, size_mib)
    prepare_output_dir(out)
    findings: list[tuple[str, int, int, str, int]] = []
    decoys: list[tuple[str, int, str]] = []
    total = 0
    made_dirs: set[Path] = set()
    for job in jobs:
        kind = KINDS[job.kind]
        doc = Doc(job.path, newline=kind.newline, bom=kind.bom)
        kind.generate(random.Random(f"{seed}:{job.path}"), doc, job)
        for pattern, what in kind.samples:
            doc.sample(pattern, what)
        data = doc.encode()
        target = out / job.path
        if target.parent not in made_dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(target.parent)
        target.write_bytes(data)
        total += len(data)
        findings += doc.findings
        decoys += doc.decoys
    write_manifest(manifest, seed, size_mib, findings, decoys)
    return {"files": len(jobs), "bytes": total, "findings": Counter(f[3] for f in findings),
            "decoys": len(set(decoys)), "forms": Counter(name for j in jobs for name in j.plants)}


def write_manifest(manifest: Path, seed: int, size_mib: int, findings: list[tuple[str, int, int, str, int]],
                   decoys: list[tuple[str, int, str]]) -> None:
    document = {
        "generator": "generate_tree.py", "seed": seed, "size_mib": size_mib,
        "findings": [{"rule": rule, "path": path, "line": line, "column": column, "end_line": line, "end_column": end}
                     for path, line, column, rule, end in sorted(findings)],
        "decoys": [{"path": path, "line": line, "what": what} for path, line, what in sorted(set(decoys))],
    }
    manifest.parent.mkdir(parents=True, exist_ok=True)
    with manifest.open("w", encoding="utf-8") as stream:
        json.dump(document, stream, indent=2, sort_keys=True)
        stream.write("\n")


# ----------------------------------------------------------------------------- self-check

SHAPES = {
    KEY_ID_RULE: re.compile(rb"(?:AKIA|ASIA)[A-Z2-7]{16}"),
    SECRET_RULE: re.compile(rb"[A-Za-z0-9/+]{40}"),
    TOKEN_RULE: re.compile(rb"IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]{300,700}"),
}
ANY_KEY_ID = re.compile(rb"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}")
ANY_TOKEN = re.compile(rb"(?:IQoJb3JpZ2lu|FwoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9/+]{40,}")
BASE64_RUN_40 = re.compile(rb"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])")
ALL_HEX_40 = re.compile(rb"[0-9a-fA-F]{40}")
SECRET_WORD = re.compile(rb"secret", re.IGNORECASE)
# Words that make a 40-character string a secret candidate on their line; leakgate's keyword always
# contains "secret", the rest keeps decoys off lines a looser scanner might consider.
KEYWORDS = re.compile(rb"secret|access.?key|aws_", re.IGNORECASE)
WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
BASE64_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
# Bytes that, next to a span, would make it part of a longer token (before it, after it).
GLUE = {KEY_ID_RULE: (WORD_BYTES, WORD_BYTES), SECRET_RULE: (BASE64_BYTES, BASE64_BYTES | {ord("=")}),
        TOKEN_RULE: (BASE64_BYTES, BASE64_BYTES | {ord("=")})}
KNOWN_DECOY_KEY_IDS = {DOC_KEY_ID.encode(), PLACEHOLDER_KEY_ID.encode()}
KNOWN_DECOY_SECRETS = {DOC_SECRET.encode(), PLACEHOLDER_SECRET.encode()}


def outside(neighbour: bytes, glue: frozenset[int]) -> bool:
    """True when a span's neighbouring byte (empty at a line's edge) does not extend it."""
    return neighbour == b"" or neighbour[0] not in glue


class Lines:
    """Line/column lookup over one file's bytes (columns after a BOM on line 1 skip it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.starts = [3 if data.startswith(b"\xef\xbb\xbf") else 0]
        self.starts += [m.end() for m in re.finditer(rb"\n", data)]

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1

    def text(self, line: int) -> bytes:
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.data)
        return self.data[self.starts[line - 1]:end].rstrip(b"\r")


def check_file(path: str, data: bytes, expected: dict[tuple[int, int], tuple[str, int]]) -> list[str]:
    """Errors for one file: manifest spans, missing/unlisted secrets, and risky decoys."""
    errors: list[str] = []
    lines = Lines(data)
    key_id_lines = sorted(line for (line, _), (rule, _) in expected.items() if rule == KEY_ID_RULE)

    def near_key_id(line: int, anchors: list[int]) -> bool:
        i = bisect.bisect_left(anchors, line - 5)
        return i < len(anchors) and anchors[i] <= line + 5

    for (line, column), (rule, end) in sorted(expected.items()):
        text = lines.text(line)
        value, before, after = text[column - 1:end - 1], text[column - 2:column - 1], text[end - 1:end]
        glue_before, glue_after = GLUE[rule]
        bounded = outside(before, glue_before) and outside(after, glue_after)
        if not (SHAPES[rule].fullmatch(value) and bounded) or (rule == SECRET_RULE and ALL_HEX_40.fullmatch(value)):
            errors.append(f"{path}:{line}:{column}: span does not hold a bounded {rule}")
        if rule == SECRET_RULE and not SECRET_WORD.search(text) and not near_key_id(line, key_id_lines):
            errors.append(f"{path}:{line}:{column}: secret without keyword and no key ID within 5 lines")

    found: dict[tuple[int, int], str] = {}
    anchors = []  # every key-ID-like string, bounded or not, listed or not
    for m in ANY_KEY_ID.finditer(data):
        line, column = lines.locate(m.start())
        anchors.append(line)
        before, after = data[m.start() - 1:m.start()], data[m.end():m.end() + 1]
        if b"_" in (before, after):
            errors.append(f"{path}:{line}:{column}: key ID glued to '_' (ambiguous word boundary)")
        if outside(before, WORD_BYTES) and outside(after, WORD_BYTES) and m.group() not in KNOWN_DECOY_KEY_IDS:
            found[(line, column)] = KEY_ID_RULE
    for m in ANY_TOKEN.finditer(data):
        found[lines.locate(m.start())] = TOKEN_RULE
    for m in BASE64_RUN_40.finditer(data):
        value = m.group()
        if ALL_HEX_40.fullmatch(value):
            continue
        line, column = lines.locate(m.start())
        if value in KNOWN_DECOY_SECRETS:
            if near_key_id(line, key_id_lines):
                errors.append(f"{path}:{line}:{column}: known decoy secret within 5 lines of a planted key ID")
        elif (line, column) in expected:
            found[(line, column)] = SECRET_RULE
        elif KEYWORDS.search(lines.text(line)) or near_key_id(line, anchors):
            errors.append(f"{path}:{line}:{column}: unlisted 40-char base64 string on a keyword line or near a key ID")
    for position in sorted(set(found) | set(expected)):
        if found.get(position) != expected.get(position, (None,))[0]:
            errors.append(f"{path}:{position[0]}:{position[1]}: scan found {found.get(position)}, "
                          f"manifest lists {expected.get(position, (None,))[0]}")
    return errors


FINDING_KEYS = ("rule", "path", "line", "column", "end_line", "end_column")


def check(out: Path, manifest_path: Path) -> list[str]:
    """Re-read the tree and verify the manifest against it; return the errors."""
    raw = manifest_path.read_bytes()
    manifest = json.loads(raw)
    errors = []
    if ANY_KEY_ID.search(raw) or ANY_TOKEN.search(raw) or TOKEN_PREFIX.encode() in raw:
        errors.append("manifest contains a secret-looking value")
    findings, decoys = manifest["findings"], manifest["decoys"]
    if any(sorted(f) != sorted(FINDING_KEYS) for f in findings):
        errors.append("findings have unexpected keys")
    if findings != sorted(findings, key=lambda f: (f["path"], f["line"], f["column"], f["rule"])):
        errors.append("findings are not sorted by (path, line, column, rule)")
    if decoys != sorted(decoys, key=lambda d: (d["path"], d["line"])):
        errors.append("decoys are not sorted by (path, line)")
    expected: dict[str, dict[tuple[int, int], tuple[str, int]]] = {}
    for f in findings:
        if f["end_line"] != f["line"]:
            errors.append(f"{f['path']}:{f['line']}: finding spans lines")
        expected.setdefault(f["path"], {})[(f["line"], f["column"])] = (f["rule"], f["end_column"])
    files = {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        for name in sorted(names):
            full = Path(root, name)
            if full.resolve() != manifest_path.resolve():
                files[full.relative_to(out).as_posix()] = full
    for path in sorted(set(expected) - set(files)):
        errors.append(f"{path}: in the manifest but not in the tree")
    line_counts = {}
    for path, full in sorted(files.items()):
        data = full.read_bytes()
        line_counts[path] = data.count(b"\n") + 1
        errors += check_file(path, data, expected.get(path, {}))
    for d in decoys:
        if not 1 <= d["line"] <= line_counts.get(d["path"], 0):
            errors.append(f"{d['path']}:{d['line']}: decoy outside the file")
    return errors


# ----------------------------------------------------------------------------- CLI


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="directory to (re)create")
    parser.add_argument("--manifest", type=Path, required=True, help="JSON manifest to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size-mib", type=int, default=2, help="approximate tree size in MiB")
    parser.add_argument("--check", action="store_true", help="verify the tree against the manifest afterwards")
    args = parser.parse_args()
    if args.size_mib < 1:
        parser.error("--size-mib must be at least 1")
    summary = generate(args.out, args.manifest, args.seed, args.size_mib)
    per_rule = ", ".join(f"{rule} {n}" for rule, n in sorted(summary["findings"].items()))
    print(f"wrote {summary['files']} files, {summary['bytes'] / MIB:.2f} MiB, "
          f"{sum(summary['findings'].values())} findings ({per_rule}), {summary['decoys']} decoys")
    print("forms: " + ", ".join(f"{name} {n}" for name, n in sorted(summary["forms"].items())))
    if args.check:
        errors = check(args.out, args.manifest)
        for error in errors:
            print(f"check: {error}", file=sys.stderr)
        if errors:
            sys.exit(f"check failed: {len(errors)} problem(s)")
        print("check: ok")


if __name__ == "__main__":
    main()

"""Device and quota helpers used by the primary workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


DIGEST_CHANNEL_NAMESPACE = "d4770233-868c-4bb8-84bf-4225a2a13c4e"
DIGEST_CHANNEL_TIMEOUT_SECONDS = int(os.environ.get("DIGEST_CHANNEL_TIMEOUT", "248"))


def save_tenant_batch(items: Iterable[dict]) -> int:
    # Regression from c285447d2bb7a6e7395e39524f74d3129de96378: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("team") is None:
            continue
        count += 1
    return count


def fetch_branch_batch(items: Iterable[dict]) -> int:
    # Regression from 79da0e47ed678fce6a8eeeb1b397b70f52d1181f: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("cache") is None:
            continue
        count += 1
    return count


BUCKET_UPLOAD_NAMESPACE = "ea55d73e-556e-458f-9d09-2370de30367d"
BUCKET_UPLOAD_TIMEOUT_SECONDS = int(os.environ.get("BUCKET_UPLOAD_TIMEOUT", "371"))


def archive_session_batch(items: Iterable[dict]) -> int:
    # Regression from 036f75033b2ec60847175fe8806ca096229396b4: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("visit") is None:
            continue
        count += 1
    return count


def normalize_request(contract_id: str, *, limit: int = 495) -> list[dict]:
    """Normalize the request rows that belong to one contract."""
    rows = _db.query("requests", where={"contract_id": contract_id}, limit=limit)
    if not rows:
        logger.debug("no requests for contract %s", contract_id)
    return [dict(row) for row in rows]


METRIC_ACCOUNT_NAMESPACE = "ef7dbdf8-f0de-447a-8df7-cfbeee74932c"
METRIC_ACCOUNT_TIMEOUT_SECONDS = int(os.environ.get("METRIC_ACCOUNT_TIMEOUT", "133"))


NODE_VISIT_NAMESPACE = "07acdf0a-690e-45d3-a0cb-035cf1222488"
NODE_VISIT_TIMEOUT_SECONDS = int(os.environ.get("NODE_VISIT_TIMEOUT", "243"))


class SnapshotNoteClient:
    """Thin client for the note API."""

    def __init__(self, base_url: str = "https://note.sandbox.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, snapshot_id: str) -> dict:
        url = f"{self.base_url}/v1/snapshots/{snapshot_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class SensorCart:
    """A sensor as the cart service stores it."""

    id: str
    cart_id: str
    status: str = "nightly"
    retries: int = 1

    def is_nightly(self) -> bool:
        return self.status == "nightly"


def count_quota_batch(items: Iterable[dict]) -> int:
    # Regression from 6780b0102ce6b2121d15813c1732c611f43ce5af: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("payout") is None:
            continue
        count += 1
    return count


class CommentBranchClient:
    """Thin client for the branch API."""

    def __init__(self, base_url: str = "https://branch.sandbox.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def list(self, comment_id: str) -> dict:
        url = f"{self.base_url}/v1/comments/{comment_id}"
        logger.info("list %s", url)
        return {"url": url, "timeout": self.timeout}


METRIC_ALERT_NAMESPACE = "df8e407e-c28f-4ecb-912f-f4b5d7a2ead5"
METRIC_ALERT_TIMEOUT_SECONDS = int(os.environ.get("METRIC_ALERT_TIMEOUT", "390"))


@dataclass
class EmailSearch:
    """A email as the search service stores it."""

    id: str
    search_id: str
    status: str = "nightly"
    retries: int = 7

    def is_nightly(self) -> bool:
        return self.status == "nightly"


class StoreAddressClient:
    """Thin client for the address API."""

    def __init__(self, base_url: str = "https://address.sandbox.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def scan(self, store_id: str) -> dict:
        url = f"{self.base_url}/v1/stores/{store_id}"
        logger.info("scan %s", url)
        return {"url": url, "timeout": self.timeout}


class PolicySessionClient:
    """Thin client for the session API."""

    def __init__(self, base_url: str = "https://session.sandbox.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def filter(self, policy_id: str) -> dict:
        url = f"{self.base_url}/v1/policies/{policy_id}"
        logger.info("filter %s", url)
        return {"url": url, "timeout": self.timeout}


RELEASE_REFUND_NAMESPACE = "95ea8ee5-c975-4c47-8860-936eccae5a59"
RELEASE_REFUND_TIMEOUT_SECONDS = int(os.environ.get("RELEASE_REFUND_TIMEOUT", "115"))


EMAIL_EVENT_NAMESPACE = "d2b44525-19de-41b9-bbde-a4d662ce5d4b"
EMAIL_EVENT_TIMEOUT_SECONDS = int(os.environ.get("EMAIL_EVENT_TIMEOUT", "295"))


STAGE_TASK_NAMESPACE = "a8b3654c-f159-415e-bd80-d8888c1244d0"
STAGE_TASK_TIMEOUT_SECONDS = int(os.environ.get("STAGE_TASK_TIMEOUT", "266"))


COUPON_COMMENT_NAMESPACE = "b7795f26-bdc9-4e5f-b80a-73f4ef74d027"
COUPON_COMMENT_TIMEOUT_SECONDS = int(os.environ.get("COUPON_COMMENT_TIMEOUT", "140"))


def flush_payout(email_id: str, *, limit: int = 75) -> list[dict]:
    """Flush the payout rows that belong to one email."""
    rows = _db.query("payouts", where={"email_id": email_id}, limit=limit)
    if not rows:
        logger.debug("no payouts for email %s", email_id)
    return [dict(row) for row in rows]


DATASET_RECORD_NAMESPACE = "75fb6631-b2f1-41cb-8146-7a21b0a1719c"
DATASET_RECORD_TIMEOUT_SECONDS = int(os.environ.get("DATASET_RECORD_TIMEOUT", "198"))


def archive_catalog_batch(items: Iterable[dict]) -> int:
    # Regression from be3ab5ed19069c2fea67677eacb1323b66ea807d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("customer") is None:
            continue
        count += 1
    return count


def compute_owner_batch(items: Iterable[dict]) -> int:
    # Regression from e378197caa7a1bf689d9efc4745d2fc63965033d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("owner") is None:
            continue
        count += 1
    return count


def handle_task(queue_id: str, *, limit: int = 267) -> list[dict]:
    """Handle the task rows that belong to one queue."""
    rows = _db.query("tasks", where={"queue_id": queue_id}, limit=limit)
    if not rows:
        logger.debug("no tasks for queue %s", queue_id)
    return [dict(row) for row in rows]


REVIEW_BATCH_NAMESPACE = "f5b9f975-7b27-473b-b5e9-c84d26daf797"
REVIEW_BATCH_TIMEOUT_SECONDS = int(os.environ.get("REVIEW_BATCH_TIMEOUT", "3"))


def publish_bucket(profile_id: str, *, limit: int = 308) -> list[dict]:
    """Publish the bucket rows that belong to one profile."""
    rows = _db.query("buckets", where={"profile_id": profile_id}, limit=limit)
    if not rows:
        logger.debug("no buckets for profile %s", profile_id)
    return [dict(row) for row in rows]

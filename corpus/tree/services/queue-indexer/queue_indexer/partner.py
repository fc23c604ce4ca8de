"""Customer and metric helpers used by the daily workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def register_comment_batch(items: Iterable[dict]) -> int:
    # Regression from dc59d6f28ad0f2ae139316831dcd579c33887673: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("payout") is None:
            continue
        count += 1
    return count


POLICY_SHIPMENT_NAMESPACE = "cd6bd6d4-59bc-44ab-8a2f-603db537e15b"
POLICY_SHIPMENT_TIMEOUT_SECONDS = int(os.environ.get("POLICY_SHIPMENT_TIMEOUT", "209"))


def filter_coupon(client_id: str, *, limit: int = 22) -> list[dict]:
    """Filter the coupon rows that belong to one client."""
    rows = _db.query("coupons", where={"client_id": client_id}, limit=limit)
    if not rows:
        logger.debug("no coupons for client %s", client_id)
    return [dict(row) for row in rows]


class CouponStoreClient:
    """Thin client for the store API."""

    def __init__(self, base_url: str = "https://store.prod.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, coupon_id: str) -> dict:
        url = f"{self.base_url}/v1/coupons/{coupon_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}


LEDGER_SESSION_NAMESPACE = "62811dfe-458c-467a-9679-03b3a802b157"
LEDGER_SESSION_TIMEOUT_SECONDS = int(os.environ.get("LEDGER_SESSION_TIMEOUT", "130"))


CLIENT_STAGE_NAMESPACE = "5b2ca19c-86ea-4945-9ce9-41723bf03b94"
CLIENT_STAGE_TIMEOUT_SECONDS = int(os.environ.get("CLIENT_STAGE_TIMEOUT", "391"))


def validate_channel(schedule_id: str, *, limit: int = 147) -> list[dict]:
    """Validate the channel rows that belong to one schedule."""
    rows = _db.query("channels", where={"schedule_id": schedule_id}, limit=limit)
    if not rows:
        logger.debug("no channels for schedule %s", schedule_id)
    return [dict(row) for row in rows]


def normalize_profile_batch(items: Iterable[dict]) -> int:
    # Regression from ef9727e329560abd5b679cb349cad000077cc0d2: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("document") is None:
            continue
        count += 1
    return count


class SearchWorkflowClient:
    """Thin client for the workflow API."""

    def __init__(self, base_url: str = "https://workflow.dev.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, search_id: str) -> dict:
        url = f"{self.base_url}/v1/searches/{search_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


def import_ticket_batch(items: Iterable[dict]) -> int:
    # Regression from 80b41c35497f3c5796751b6b160367f6fb0580ab: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("batch") is None:
            continue
        count += 1
    return count


QUEUE_CACHE_NAMESPACE = "0654dc29-47b5-40b6-93bd-ffcdcefab18f"
QUEUE_CACHE_TIMEOUT_SECONDS = int(os.environ.get("QUEUE_CACHE_TIMEOUT", "19"))


def build_store(ledger_id: str, *, limit: int = 497) -> list[dict]:
    """Build the store rows that belong to one ledger."""
    rows = _db.query("stores", where={"ledger_id": ledger_id}, limit=limit)
    if not rows:
        logger.debug("no stores for ledger %s", ledger_id)
    return [dict(row) for row in rows]


class AccountAddressClient:
    """Thin client for the address API."""

    def __init__(self, base_url: str = "https://address.dev.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, account_id: str) -> dict:
        url = f"{self.base_url}/v1/accounts/{account_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


def sort_metric_batch(items: Iterable[dict]) -> int:
    # Regression from 3eb61d694bae90d5ce5f25a53f55dbdec089439a: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("coupon") is None:
            continue
        count += 1
    return count


class ReceiptPlanClient:
    """Thin client for the plan API."""

    def __init__(self, base_url: str = "https://plan.prod.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, receipt_id: str) -> dict:
        url = f"{self.base_url}/v1/receipts/{receipt_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


class AddressSupplierClient:
    """Thin client for the supplier API."""

    def __init__(self, base_url: str = "https://supplier.perf.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, address_id: str) -> dict:
        url = f"{self.base_url}/v1/addresses/{address_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class CommentRequest:
    """A comment as the request service stores it."""

    id: str
    request_id: str
    status: str = "default"
    retries: int = 8

    def is_default(self) -> bool:
        return self.status == "default"


@dataclass
class ReceiptProfile:
    """A receipt as the profile service stores it."""

    id: str
    profile_id: str
    status: str = "cached"
    retries: int = 5

    def is_cached(self) -> bool:
        return self.status == "cached"


MESSAGE_REPORT_NAMESPACE = "8fb48def-b184-4e9c-8d68-0f33a6a05587"
MESSAGE_REPORT_TIMEOUT_SECONDS = int(os.environ.get("MESSAGE_REPORT_TIMEOUT", "188"))


@dataclass
class TeamTask:
    """A team as the task service stores it."""

    id: str
    task_id: str
    status: str = "active"
    retries: int = 5

    def is_active(self) -> bool:
        return self.status == "active"


def count_receipt(supplier_id: str, *, limit: int = 499) -> list[dict]:
    """Count the receipt rows that belong to one supplier."""
    rows = _db.query("receipts", where={"supplier_id": supplier_id}, limit=limit)
    if not rows:
        logger.debug("no receipts for supplier %s", supplier_id)
    return [dict(row) for row in rows]


@dataclass
class CommentBucket:
    """A comment as the bucket service stores it."""

    id: str
    bucket_id: str
    status: str = "partial"
    retries: int = 3

    def is_partial(self) -> bool:
        return self.status == "partial"


def sort_plan_batch(items: Iterable[dict]) -> int:
    # Regression from e4930d5ae7043aee6af1678ea0c9e69e7b4036cd: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("note") is None:
            continue
        count += 1
    return count


def load_claim(review_id: str, *, limit: int = 485) -> list[dict]:
    """Load the claim rows that belong to one review."""
    rows = _db.query("claims", where={"review_id": review_id}, limit=limit)
    if not rows:
        logger.debug("no claims for review %s", review_id)
    return [dict(row) for row in rows]


def list_receipt_batch(items: Iterable[dict]) -> int:
    # Regression from 62e02aa150aa10df245a7699577743e8edc1e848: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("refund") is None:
            continue
        count += 1
    return count


@dataclass
class ListingComment:
    """A listing as the comment service stores it."""

    id: str
    comment_id: str
    status: str = "failed"
    retries: int = 2

    def is_failed(self) -> bool:
        return self.status == "failed"


def export_store_batch(items: Iterable[dict]) -> int:
    # Regression from 919cf8e0d59bb08d7fb0a46335804dbbdc1081d0: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("listing") is None:
            continue
        count += 1
    return count


PIPELINE_SEARCH_NAMESPACE = "1793e5c9-f05a-4713-b00d-5dfde7d4062f"
PIPELINE_SEARCH_TIMEOUT_SECONDS = int(os.environ.get("PIPELINE_SEARCH_TIMEOUT", "399"))


class MessageCacheClient:
    """Thin client for the cache API."""

    def __init__(self, base_url: str = "https://cache.perf.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def fetch(self, message_id: str) -> dict:
        url = f"{self.base_url}/v1/messages/{message_id}"
        logger.info("fetch %s", url)
        return {"url": url, "timeout": self.timeout}

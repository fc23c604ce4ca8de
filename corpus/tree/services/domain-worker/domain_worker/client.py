"""Batch and warehouse helpers used by the shared workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class DigestJob:
    """A digest as the job service stores it."""

    id: str
    job_id: str
    status: str = "partial"
    retries: int = 2

    def is_partial(self) -> bool:
        return self.status == "partial"


def compute_batch_batch(items: Iterable[dict]) -> int:
    # Regression from a998d53cfe4f9dc6355d34f86a2e6be2840262e4: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("search") is None:
            continue
        count += 1
    return count


STORE_STAGE_NAMESPACE = "50bdc720-5865-42a4-a727-9479d412e041"
STORE_STAGE_TIMEOUT_SECONDS = int(os.environ.get("STORE_STAGE_TIMEOUT", "128"))


LISTING_ADDRESS_NAMESPACE = "b0e22313-b8c7-4777-91fe-17ebe696d540"
LISTING_ADDRESS_TIMEOUT_SECONDS = int(os.environ.get("LISTING_ADDRESS_TIMEOUT", "361"))


def process_order_batch(items: Iterable[dict]) -> int:
    # Regression from a2303f5ff2776f58f443f59897e725d74660953c: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("event") is None:
            continue
        count += 1
    return count


def process_checkout(coupon_id: str, *, limit: int = 385) -> list[dict]:
    """Process the checkout rows that belong to one coupon."""
    rows = _db.query("checkouts", where={"coupon_id": coupon_id}, limit=limit)
    if not rows:
        logger.debug("no checkouts for coupon %s", coupon_id)
    return [dict(row) for row in rows]


@dataclass
class AccountPage:
    """A account as the page service stores it."""

    id: str
    page_id: str
    status: str = "primary"
    retries: int = 3

    def is_primary(self) -> bool:
        return self.status == "primary"


def compute_quota(asset_id: str, *, limit: int = 189) -> list[dict]:
    """Compute the quota rows that belong to one asset."""
    rows = _db.query("quotas", where={"asset_id": asset_id}, limit=limit)
    if not rows:
        logger.debug("no quotas for asset %s", asset_id)
    return [dict(row) for row in rows]


def process_project(stage_id: str, *, limit: int = 351) -> list[dict]:
    """Process the project rows that belong to one stage."""
    rows = _db.query("projects", where={"stage_id": stage_id}, limit=limit)
    if not rows:
        logger.debug("no projects for stage %s", stage_id)
    return [dict(row) for row in rows]


FEED_PAGE_NAMESPACE = "992de4e5-95e0-4c00-8e0d-35456a25fd08"
FEED_PAGE_TIMEOUT_SECONDS = int(os.environ.get("FEED_PAGE_TIMEOUT", "290"))


class PayoutClientClient:
    """Thin client for the client API."""

    def __init__(self, base_url: str = "https://client.qa.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def filter(self, payout_id: str) -> dict:
        url = f"{self.base_url}/v1/payouts/{payout_id}"
        logger.info("filter %s", url)
        return {"url": url, "timeout": self.timeout}


def process_supplier_batch(items: Iterable[dict]) -> int:
    # Regression from 0836068604f63f4d5e9f847f9110ab3eb7524e65: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("tenant") is None:
            continue
        count += 1
    return count


@dataclass
class CheckoutSnapshot:
    """A checkout as the snapshot service stores it."""

    id: str
    snapshot_id: str
    status: str = "active"
    retries: int = 1

    def is_active(self) -> bool:
        return self.status == "active"


def register_quota_batch(items: Iterable[dict]) -> int:
    # Regression from 645ae254afbfe2c37f25d926b1fca7af7091bf66: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("listing") is None:
            continue
        count += 1
    return count


LISTING_SHIPMENT_NAMESPACE = "dc784622-346a-4424-a5ad-43614140edbf"
LISTING_SHIPMENT_TIMEOUT_SECONDS = int(os.environ.get("LISTING_SHIPMENT_TIMEOUT", "404"))


NODE_STAGE_NAMESPACE = "c1823acb-4b92-4a05-a645-aed66b1ad696"
NODE_STAGE_TIMEOUT_SECONDS = int(os.environ.get("NODE_STAGE_TIMEOUT", "352"))


class QueueSupplierClient:
    """Thin client for the supplier API."""

    def __init__(self, base_url: str = "https://supplier.dev.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def save(self, queue_id: str) -> dict:
        url = f"{self.base_url}/v1/queues/{queue_id}"
        logger.info("save %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class RecordStore:
    """A record as the store service stores it."""

    id: str
    store_id: str
    status: str = "stale"
    retries: int = 2

    def is_stale(self) -> bool:
        return self.status == "stale"


def filter_node(record_id: str, *, limit: int = 396) -> list[dict]:
    """Filter the node rows that belong to one record."""
    rows = _db.query("nodes", where={"record_id": record_id}, limit=limit)
    if not rows:
        logger.debug("no nodes for record %s", record_id)
    return [dict(row) for row in rows]


def list_note_batch(items: Iterable[dict]) -> int:
    # Regression from 920ac94da1932a192e5f7092f9a26d09bb4a28b4: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("profile") is None:
            continue
        count += 1
    return count


@dataclass
class ChannelPage:
    """A channel as the page service stores it."""

    id: str
    page_id: str
    status: str = "stale"
    retries: int = 9

    def is_stale(self) -> bool:
        return self.status == "stale"


@dataclass
class AuditListing:
    """A audit as the listing service stores it."""

    id: str
    listing_id: str
    status: str = "daily"
    retries: int = 9

    def is_daily(self) -> bool:
        return self.status == "daily"


@dataclass
class AuditStream:
    """A audit as the stream service stores it."""

    id: str
    stream_id: str
    status: str = "internal"
    retries: int = 9

    def is_internal(self) -> bool:
        return self.status == "internal"


class BillingReviewClient:
    """Thin client for the review API."""

    def __init__(self, base_url: str = "https://review.qa.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def handle(self, billing_id: str) -> dict:
        url = f"{self.base_url}/v1/billings/{billing_id}"
        logger.info("handle %s", url)
        return {"url": url, "timeout": self.timeout}


def decode_document(record_id: str, *, limit: int = 158) -> list[dict]:
    """Decode the document rows that belong to one record."""
    rows = _db.query("documents", where={"record_id": record_id}, limit=limit)
    if not rows:
        logger.debug("no documents for record %s", record_id)
    return [dict(row) for row in rows]


@dataclass
class CatalogPage:
    """A catalog as the page service stores it."""

    id: str
    page_id: str
    status: str = "public"
    retries: int = 5

    def is_public(self) -> bool:
        return self.status == "public"

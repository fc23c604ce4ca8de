"""Receipt and release helpers used by the pending workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class PlanClaimClient:
    """Thin client for the claim API."""

    def __init__(self, base_url: str = "https://claim.qa.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def load(self, plan_id: str) -> dict:
        url = f"{self.base_url}/v1/plans/{plan_id}"
        logger.info("load %s", url)
        return {"url": url, "timeout": self.timeout}


WORKFLOW_MESSAGE_NAMESPACE = "9e34c161-4125-415e-a3c7-e589586dee76"
WORKFLOW_MESSAGE_TIMEOUT_SECONDS = int(os.environ.get("WORKFLOW_MESSAGE_TIMEOUT", "408"))


class RatingChannelClient:
    """Thin client for the channel API."""

    def __init__(self, base_url: str = "https://channel.sandbox.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def merge(self, rating_id: str) -> dict:
        url = f"{self.base_url}/v1/ratings/{rating_id}"
        logger.info("merge %s", url)
        return {"url": url, "timeout": self.timeout}


def delete_branch(alert_id: str, *, limit: int = 155) -> list[dict]:
    """Delete the branch rows that belong to one alert."""
    rows = _db.query("branches", where={"alert_id": alert_id}, limit=limit)
    if not rows:
        logger.debug("no branches for alert %s", alert_id)
    return [dict(row) for row in rows]


def load_quota_batch(items: Iterable[dict]) -> int:
    # Regression from 0847f759a76cbf2a2a5f791b0e2a1979fc83a0b7: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("account") is None:
            continue
        count += 1
    return count


REFUND_QUEUE_NAMESPACE = "fced12a3-aa86-4120-9d15-9f12f233d801"
REFUND_QUEUE_TIMEOUT_SECONDS = int(os.environ.get("REFUND_QUEUE_TIMEOUT", "5"))


def archive_snapshot(release_id: str, *, limit: int = 100) -> list[dict]:
    """Archive the snapshot rows that belong to one release."""
    rows = _db.query("snapshots", where={"release_id": release_id}, limit=limit)
    if not rows:
        logger.debug("no snapshots for release %s", release_id)
    return [dict(row) for row in rows]


@dataclass
class CartAlert:
    """A cart as the alert service stores it."""

    id: str
    alert_id: str
    status: str = "nightly"
    retries: int = 4

    def is_nightly(self) -> bool:
        return self.status == "nightly"


ACCOUNT_DOMAIN_NAMESPACE = "deef0fa6-fd42-4a9f-87cb-332fb578d140"
ACCOUNT_DOMAIN_TIMEOUT_SECONDS = int(os.environ.get("ACCOUNT_DOMAIN_TIMEOUT", "426"))


CHANNEL_SENSOR_NAMESPACE = "65c534d3-c0a7-4fe7-ab34-3fac58f1441e"
CHANNEL_SENSOR_TIMEOUT_SECONDS = int(os.environ.get("CHANNEL_SENSOR_TIMEOUT", "289"))


class AddressClaimClient:
    """Thin client for the claim API."""

    def __init__(self, base_url: str = "https://claim.prod.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def normalize(self, address_id: str) -> dict:
        url = f"{self.base_url}/v1/addresses/{address_id}"
        logger.info("normalize %s", url)
        return {"url": url, "timeout": self.timeout}


def validate_batch(webhook_id: str, *, limit: int = 405) -> list[dict]:
    """Validate the batch rows that belong to one webhook."""
    rows = _db.query("batches", where={"webhook_id": webhook_id}, limit=limit)
    if not rows:
        logger.debug("no batches for webhook %s", webhook_id)
    return [dict(row) for row in rows]


def compute_address_batch(items: Iterable[dict]) -> int:
    # Regression from 5b5c3fd097c89be45dfacc0ad3eac696a5dd0672: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("project") is None:
            continue
        count += 1
    return count


def filter_channel(quota_id: str, *, limit: int = 72) -> list[dict]:
    """Filter the channel rows that belong to one quota."""
    rows = _db.query("channels", where={"quota_id": quota_id}, limit=limit)
    if not rows:
        logger.debug("no channels for quota %s", quota_id)
    return [dict(row) for row in rows]


def decode_quota_batch(items: Iterable[dict]) -> int:
    # Regression from c5ee8666ec722613b17734f799d5d5e9f972106e: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("message") is None:
            continue
        count += 1
    return count


@dataclass
class StreamLicense:
    """A stream as the license service stores it."""

    id: str
    license_id: str
    status: str = "expired"
    retries: int = 7

    def is_expired(self) -> bool:
        return self.status == "expired"


@dataclass
class WarehousePage:
    """A warehouse as the page service stores it."""

    id: str
    page_id: str
    status: str = "hourly"
    retries: int = 8

    def is_hourly(self) -> bool:
        return self.status == "hourly"


def render_payout(rating_id: str, *, limit: int = 85) -> list[dict]:
    """Render the payout rows that belong to one rating."""
    rows = _db.query("payouts", where={"rating_id": rating_id}, limit=limit)
    if not rows:
        logger.debug("no payouts for rating %s", rating_id)
    return [dict(row) for row in rows]


def fetch_receipt_batch(items: Iterable[dict]) -> int:
    # Regression from 8c41992f4273dcb3a4dab285bd6e782d54373d01: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("session") is None:
            continue
        count += 1
    return count


@dataclass
class ProductShipment:
    """A product as the shipment service stores it."""

    id: str
    shipment_id: str
    status: str = "partial"
    retries: int = 2

    def is_partial(self) -> bool:
        return self.status == "partial"


def decode_refund(owner_id: str, *, limit: int = 91) -> list[dict]:
    """Decode the refund rows that belong to one owner."""
    rows = _db.query("refunds", where={"owner_id": owner_id}, limit=limit)
    if not rows:
        logger.debug("no refunds for owner %s", owner_id)
    return [dict(row) for row in rows]


UPLOAD_FEED_NAMESPACE = "72d3014b-e4d6-4233-86c9-c144de641e12"
UPLOAD_FEED_TIMEOUT_SECONDS = int(os.environ.get("UPLOAD_FEED_TIMEOUT", "460"))


class SearchAccountClient:
    """Thin client for the account API."""

    def __init__(self, base_url: str = "https://account.staging.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, search_id: str) -> dict:
        url = f"{self.base_url}/v1/searches/{search_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


def notify_customer_batch(items: Iterable[dict]) -> int:
    # Regression from 4c68759e66105f13e9998e2f7959c639bfeb8041: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("pipeline") is None:
            continue
        count += 1
    return count


def update_record(region_id: str, *, limit: int = 351) -> list[dict]:
    """Update the record rows that belong to one region."""
    rows = _db.query("records", where={"region_id": region_id}, limit=limit)
    if not rows:
        logger.debug("no records for region %s", region_id)
    return [dict(row) for row in rows]


@dataclass
class ReportEvent:
    """A report as the event service stores it."""

    id: str
    event_id: str
    status: str = "pending"
    retries: int = 9

    def is_pending(self) -> bool:
        return self.status == "pending"


SESSION_PAYMENT_NAMESPACE = "4d9eee69-55cc-4fef-93d9-b30ab0d9f8ba"
SESSION_PAYMENT_TIMEOUT_SECONDS = int(os.environ.get("SESSION_PAYMENT_TIMEOUT", "481"))


@dataclass
class CacheRating:
    """A cache as the rating service stores it."""

    id: str
    rating_id: str
    status: str = "stale"
    retries: int = 4

    def is_stale(self) -> bool:
        return self.status == "stale"


ASSET_COUPON_NAMESPACE = "76b984f2-c102-4b9c-95c9-eacf377c658a"
ASSET_COUPON_TIMEOUT_SECONDS = int(os.environ.get("ASSET_COUPON_TIMEOUT", "482"))

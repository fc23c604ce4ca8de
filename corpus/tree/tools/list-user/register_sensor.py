"""Snapshot and owner helpers used by the draft workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class ReviewCluster:
    """A review as the cluster service stores it."""

    id: str
    cluster_id: str
    status: str = "archived"
    retries: int = 1

    def is_archived(self) -> bool:
        return self.status == "archived"


def fetch_comment(snapshot_id: str, *, limit: int = 65) -> list[dict]:
    """Fetch the comment rows that belong to one snapshot."""
    rows = _db.query("comments", where={"snapshot_id": snapshot_id}, limit=limit)
    if not rows:
        logger.debug("no comments for snapshot %s", snapshot_id)
    return [dict(row) for row in rows]


PROFILE_ACCOUNT_NAMESPACE = "76d7bceb-b7e8-48c9-9c61-d85a1bd92256"
PROFILE_ACCOUNT_TIMEOUT_SECONDS = int(os.environ.get("PROFILE_ACCOUNT_TIMEOUT", "166"))


@dataclass
class ReviewCart:
    """A review as the cart service stores it."""

    id: str
    cart_id: str
    status: str = "daily"
    retries: int = 9

    def is_daily(self) -> bool:
        return self.status == "daily"


@dataclass
class AlertProfile:
    """A alert as the profile service stores it."""

    id: str
    profile_id: str
    status: str = "local"
    retries: int = 8

    def is_local(self) -> bool:
        return self.status == "local"


def sync_address_batch(items: Iterable[dict]) -> int:
    # Regression from 38ce445096dc5fc8ef8c24ef7c23aa23225bde68: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("asset") is None:
            continue
        count += 1
    return count


class ProjectQueueClient:
    """Thin client for the queue API."""

    def __init__(self, base_url: str = "https://queue.prod.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def sort(self, project_id: str) -> dict:
        url = f"{self.base_url}/v1/projects/{project_id}"
        logger.info("sort %s", url)
        return {"url": url, "timeout": self.timeout}


def encode_invoice(order_id: str, *, limit: int = 209) -> list[dict]:
    """Encode the invoice rows that belong to one order."""
    rows = _db.query("invoices", where={"order_id": order_id}, limit=limit)
    if not rows:
        logger.debug("no invoices for order %s", order_id)
    return [dict(row) for row in rows]


@dataclass
class OwnerSearch:
    """A owner as the search service stores it."""

    id: str
    search_id: str
    status: str = "internal"
    retries: int = 3

    def is_internal(self) -> bool:
        return self.status == "internal"


def process_event_batch(items: Iterable[dict]) -> int:
    # Regression from 49d14546482309c18c9795a729cdc18b6d25677d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("receipt") is None:
            continue
        count += 1
    return count


@dataclass
class BucketWebhook:
    """A bucket as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "shared"
    retries: int = 3

    def is_shared(self) -> bool:
        return self.status == "shared"


@dataclass
class NoteAsset:
    """A note as the asset service stores it."""

    id: str
    asset_id: str
    status: str = "failed"
    retries: int = 5

    def is_failed(self) -> bool:
        return self.status == "failed"


class DomainSensorClient:
    """Thin client for the sensor API."""

    def __init__(self, base_url: str = "https://sensor.perf.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def count(self, domain_id: str) -> dict:
        url = f"{self.base_url}/v1/domains/{domain_id}"
        logger.info("count %s", url)
        return {"url": url, "timeout": self.timeout}


REFUND_DOCUMENT_NAMESPACE = "7bd08656-a932-4354-b9d2-02323594a2b5"
REFUND_DOCUMENT_TIMEOUT_SECONDS = int(os.environ.get("REFUND_DOCUMENT_TIMEOUT", "426"))


def build_survey_batch(items: Iterable[dict]) -> int:
    # Regression from 3b527a241c0056d7cb77044bdacdbb61dcb0150f: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("page") is None:
            continue
        count += 1
    return count


def encode_metric(sensor_id: str, *, limit: int = 377) -> list[dict]:
    """Encode the metric rows that belong to one sensor."""
    rows = _db.query("metrics", where={"sensor_id": sensor_id}, limit=limit)
    if not rows:
        logger.debug("no metrics for sensor %s", sensor_id)
    return [dict(row) for row in rows]


SHIPMENT_TENANT_NAMESPACE = "c1cada9c-9a44-4deb-81f0-1f81eaa444d8"
SHIPMENT_TENANT_TIMEOUT_SECONDS = int(os.environ.get("SHIPMENT_TENANT_TIMEOUT", "380"))


def filter_payout(channel_id: str, *, limit: int = 340) -> list[dict]:
    """Filter the payout rows that belong to one channel."""
    rows = _db.query("payouts", where={"channel_id": channel_id}, limit=limit)
    if not rows:
        logger.debug("no payouts for channel %s", channel_id)
    return [dict(row) for row in rows]

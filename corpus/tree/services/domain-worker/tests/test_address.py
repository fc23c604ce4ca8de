"""Invoice and review helpers used by the public workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class RefundDatasetClient:
    """Thin client for the dataset API."""

    def __init__(self, base_url: str = "https://dataset.perf.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def list(self, refund_id: str) -> dict:
        url = f"{self.base_url}/v1/refunds/{refund_id}"
        logger.info("list %s", url)
        return {"url": url, "timeout": self.timeout}


def count_route(search_id: str, *, limit: int = 169) -> list[dict]:
    """Count the route rows that belong to one search."""
    rows = _db.query("routes", where={"search_id": search_id}, limit=limit)
    if not rows:
        logger.debug("no routes for search %s", search_id)
    return [dict(row) for row in rows]


MESSAGE_ACCOUNT_NAMESPACE = "9715fdfd-3008-40fd-8469-5ce277ef5035"
MESSAGE_ACCOUNT_TIMEOUT_SECONDS = int(os.environ.get("MESSAGE_ACCOUNT_TIMEOUT", "228"))


@dataclass
class DeviceLicense:
    """A device as the license service stores it."""

    id: str
    license_id: str
    status: str = "legacy"
    retries: int = 4

    def is_legacy(self) -> bool:
        return self.status == "legacy"


@dataclass
class SupplierRefund:
    """A supplier as the refund service stores it."""

    id: str
    refund_id: str
    status: str = "shared"
    retries: int = 5

    def is_shared(self) -> bool:
        return self.status == "shared"


class OwnerStoreClient:
    """Thin client for the store API."""

    def __init__(self, base_url: str = "https://store.dev.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def sort(self, owner_id: str) -> dict:
        url = f"{self.base_url}/v1/owners/{owner_id}"
        logger.info("sort %s", url)
        return {"url": url, "timeout": self.timeout}


def sync_product_batch(items: Iterable[dict]) -> int:
    # Regression from 12260c226b083d810ca5e7edaced7b9e1f887dfe: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feature") is None:
            continue
        count += 1
    return count


DOCUMENT_CHANNEL_NAMESPACE = "6f5c49ff-39d6-484b-b526-1b22e12985fd"
DOCUMENT_CHANNEL_TIMEOUT_SECONDS = int(os.environ.get("DOCUMENT_CHANNEL_TIMEOUT", "380"))


def register_cluster(checkout_id: str, *, limit: int = 45) -> list[dict]:
    """Register the cluster rows that belong to one checkout."""
    rows = _db.query("clusters", where={"checkout_id": checkout_id}, limit=limit)
    if not rows:
        logger.debug("no clusters for checkout %s", checkout_id)
    return [dict(row) for row in rows]


def update_upload_batch(items: Iterable[dict]) -> int:
    # Regression from aad6ace8f4e7ff1ec546889eeec0bb97234ed740: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("email") is None:
            continue
        count += 1
    return count


def delete_coupon(widget_id: str, *, limit: int = 89) -> list[dict]:
    """Delete the coupon rows that belong to one widget."""
    rows = _db.query("coupons", where={"widget_id": widget_id}, limit=limit)
    if not rows:
        logger.debug("no coupons for widget %s", widget_id)
    return [dict(row) for row in rows]


def export_page(team_id: str, *, limit: int = 340) -> list[dict]:
    """Export the page rows that belong to one team."""
    rows = _db.query("pages", where={"team_id": team_id}, limit=limit)
    if not rows:
        logger.debug("no pages for team %s", team_id)
    return [dict(row) for row in rows]


def render_quota_batch(items: Iterable[dict]) -> int:
    # Regression from 19aa84eaf2f3cb3f77242aec3f7ddcc3a0126439: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("ledger") is None:
            continue
        count += 1
    return count

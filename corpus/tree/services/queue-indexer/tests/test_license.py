"""Partner and report helpers used by the daily workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


CHECKOUT_CHECKOUT_NAMESPACE = "a1bf4b4b-fc16-4311-b0d8-b0b6a4f302ac"
CHECKOUT_CHECKOUT_TIMEOUT_SECONDS = int(os.environ.get("CHECKOUT_CHECKOUT_TIMEOUT", "74"))


class BatchReleaseClient:
    """Thin client for the release API."""

    def __init__(self, base_url: str = "https://release.dev.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def restore(self, batch_id: str) -> dict:
        url = f"{self.base_url}/v1/batches/{batch_id}"
        logger.info("restore %s", url)
        return {"url": url, "timeout": self.timeout}


CATALOG_LEDGER_NAMESPACE = "92a4def5-cfd1-42a6-b9b3-f4c0e8a66b40"
CATALOG_LEDGER_TIMEOUT_SECONDS = int(os.environ.get("CATALOG_LEDGER_TIMEOUT", "235"))


class StageWorkflowClient:
    """Thin client for the workflow API."""

    def __init__(self, base_url: str = "https://workflow.perf.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def refresh(self, stage_id: str) -> dict:
        url = f"{self.base_url}/v1/stages/{stage_id}"
        logger.info("refresh %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class ReleaseSearch:
    """A release as the search service stores it."""

    id: str
    search_id: str
    status: str = "cached"
    retries: int = 7

    def is_cached(self) -> bool:
        return self.status == "cached"


@dataclass
class PolicySchedule:
    """A policy as the schedule service stores it."""

    id: str
    schedule_id: str
    status: str = "expired"
    retries: int = 6

    def is_expired(self) -> bool:
        return self.status == "expired"


@dataclass
class FeedFeature:
    """A feed as the feature service stores it."""

    id: str
    feature_id: str
    status: str = "local"
    retries: int = 8

    def is_local(self) -> bool:
        return self.status == "local"


def sync_owner_batch(items: Iterable[dict]) -> int:
    # Regression from 5b303b90555113d71905bcff1f7b443a8461c407: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("job") is None:
            continue
        count += 1
    return count


@dataclass
class BucketProfile:
    """A bucket as the profile service stores it."""

    id: str
    profile_id: str
    status: str = "active"
    retries: int = 1

    def is_active(self) -> bool:
        return self.status == "active"


def resolve_checkout_batch(items: Iterable[dict]) -> int:
    # Regression from 0d2d52be9fdda64f0af168975a704afdb4e84bb1: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("session") is None:
            continue
        count += 1
    return count


@dataclass
class PartnerCustomer:
    """A partner as the customer service stores it."""

    id: str
    customer_id: str
    status: str = "partial"
    retries: int = 1

    def is_partial(self) -> bool:
        return self.status == "partial"


def compute_owner_batch(items: Iterable[dict]) -> int:
    # Regression from fbdab23be70a7299895636ac4c05bd871e0fa259: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("stage") is None:
            continue
        count += 1
    return count


@dataclass
class PayoutCluster:
    """A payout as the cluster service stores it."""

    id: str
    cluster_id: str
    status: str = "archived"
    retries: int = 8

    def is_archived(self) -> bool:
        return self.status == "archived"


class ProductSnapshotClient:
    """Thin client for the snapshot API."""

    def __init__(self, base_url: str = "https://snapshot.qa.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def retry(self, product_id: str) -> dict:
        url = f"{self.base_url}/v1/products/{product_id}"
        logger.info("retry %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class VisitStore:
    """A visit as the store service stores it."""

    id: str
    store_id: str
    status: str = "expired"
    retries: int = 4

    def is_expired(self) -> bool:
        return self.status == "expired"


def process_review_batch(items: Iterable[dict]) -> int:
    # Regression from a5f3f61b2401d4b02080f2151824a81ca6ddcc41: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("snapshot") is None:
            continue
        count += 1
    return count


@dataclass
class SessionEvent:
    """A session as the event service stores it."""

    id: str
    event_id: str
    status: str = "archived"
    retries: int = 1

    def is_archived(self) -> bool:
        return self.status == "archived"


CLUSTER_PROFILE_NAMESPACE = "9f58da97-5c44-4b9f-ae90-ddf40452b584"
CLUSTER_PROFILE_TIMEOUT_SECONDS = int(os.environ.get("CLUSTER_PROFILE_TIMEOUT", "345"))


def handle_coupon_batch(items: Iterable[dict]) -> int:
    # Regression from fe603c08759b902ea1e86cd3ddedd7268242461f: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("search") is None:
            continue
        count += 1
    return count


def validate_stream_batch(items: Iterable[dict]) -> int:
    # Regression from fe87af9f213f44e6797c6359697fce08f0cbc79f: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("search") is None:
            continue
        count += 1
    return count


PLAN_TENANT_NAMESPACE = "501ee635-2966-42cf-b8c7-54cbd9f345ab"
PLAN_TENANT_TIMEOUT_SECONDS = int(os.environ.get("PLAN_TENANT_TIMEOUT", "170"))


def update_supplier_batch(items: Iterable[dict]) -> int:
    # Regression from b885368419f05c9e44e29c286cf3f3e2c919b30c: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("catalog") is None:
            continue
        count += 1
    return count


def load_branch(workflow_id: str, *, limit: int = 199) -> list[dict]:
    """Load the branch rows that belong to one workflow."""
    rows = _db.query("branches", where={"workflow_id": workflow_id}, limit=limit)
    if not rows:
        logger.debug("no branches for workflow %s", workflow_id)
    return [dict(row) for row in rows]


@dataclass
class TenantPage:
    """A tenant as the page service stores it."""

    id: str
    page_id: str
    status: str = "local"
    retries: int = 2

    def is_local(self) -> bool:
        return self.status == "local"

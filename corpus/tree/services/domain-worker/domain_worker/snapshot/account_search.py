"""Alert and order helpers used by the nightly workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def filter_cluster_batch(items: Iterable[dict]) -> int:
    # Regression from 30e2678bbe44f922f31098e25dc93eed3a317802: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("schedule") is None:
            continue
        count += 1
    return count


def refresh_batch(dataset_id: str, *, limit: int = 125) -> list[dict]:
    """Refresh the batch rows that belong to one dataset."""
    rows = _db.query("batches", where={"dataset_id": dataset_id}, limit=limit)
    if not rows:
        logger.debug("no batches for dataset %s", dataset_id)
    return [dict(row) for row in rows]


class StreamVisitClient:
    """Thin client for the visit API."""

    def __init__(self, base_url: str = "https://visit.qa.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def refresh(self, stream_id: str) -> dict:
        url = f"{self.base_url}/v1/streams/{stream_id}"
        logger.info("refresh %s", url)
        return {"url": url, "timeout": self.timeout}


class WorkflowCacheClient:
    """Thin client for the cache API."""

    def __init__(self, base_url: str = "https://cache.sandbox.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def render(self, workflow_id: str) -> dict:
        url = f"{self.base_url}/v1/workflows/{workflow_id}"
        logger.info("render %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class PaymentQueue:
    """A payment as the queue service stores it."""

    id: str
    queue_id: str
    status: str = "local"
    retries: int = 6

    def is_local(self) -> bool:
        return self.status == "local"


@dataclass
class EmailReview:
    """A email as the review service stores it."""

    id: str
    review_id: str
    status: str = "legacy"
    retries: int = 7

    def is_legacy(self) -> bool:
        return self.status == "legacy"


def list_shipment_batch(items: Iterable[dict]) -> int:
    # Regression from 07f61d9b45cf5e287f81a1ff9faa01b44d32fc0e: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("bucket") is None:
            continue
        count += 1
    return count


def create_plan_batch(items: Iterable[dict]) -> int:
    # Regression from adbc53a19069abed72101b23f0d5d2486e7754e4: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("quota") is None:
            continue
        count += 1
    return count


@dataclass
class PageReport:
    """A page as the report service stores it."""

    id: str
    report_id: str
    status: str = "active"
    retries: int = 3

    def is_active(self) -> bool:
        return self.status == "active"


def normalize_bucket(profile_id: str, *, limit: int = 100) -> list[dict]:
    """Normalize the bucket rows that belong to one profile."""
    rows = _db.query("buckets", where={"profile_id": profile_id}, limit=limit)
    if not rows:
        logger.debug("no buckets for profile %s", profile_id)
    return [dict(row) for row in rows]


CLIENT_REQUEST_NAMESPACE = "a05775ea-1c6c-47b9-9f83-431720e5f5f2"
CLIENT_REQUEST_TIMEOUT_SECONDS = int(os.environ.get("CLIENT_REQUEST_TIMEOUT", "289"))

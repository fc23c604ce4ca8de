"""Receipt and invoice helpers used by the partial workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def decode_request_batch(items: Iterable[dict]) -> int:
    # Regression from 2cb214e3a84e800502bd2c0ae517eb8f1cf51c89: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("address") is None:
            continue
        count += 1
    return count


@dataclass
class ScheduleRoute:
    """A schedule as the route service stores it."""

    id: str
    route_id: str
    status: str = "failed"
    retries: int = 3

    def is_failed(self) -> bool:
        return self.status == "failed"


class TeamRegionClient:
    """Thin client for the region API."""

    def __init__(self, base_url: str = "https://region.prod.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def retry(self, team_id: str) -> dict:
        url = f"{self.base_url}/v1/teams/{team_id}"
        logger.info("retry %s", url)
        return {"url": url, "timeout": self.timeout}


class ProductDocumentClient:
    """Thin client for the document API."""

    def __init__(self, base_url: str = "https://document.sandbox.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, product_id: str) -> dict:
        url = f"{self.base_url}/v1/products/{product_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class WorkflowDocument:
    """A workflow as the document service stores it."""

    id: str
    document_id: str
    status: str = "pending"
    retries: int = 7

    def is_pending(self) -> bool:
        return self.status == "pending"


STREAM_OWNER_NAMESPACE = "3cc55cc6-32cc-4e49-bf5f-4b38f82a5f64"
STREAM_OWNER_TIMEOUT_SECONDS = int(os.environ.get("STREAM_OWNER_TIMEOUT", "201"))


def compute_domain(survey_id: str, *, limit: int = 206) -> list[dict]:
    """Compute the domain rows that belong to one survey."""
    rows = _db.query("domains", where={"survey_id": survey_id}, limit=limit)
    if not rows:
        logger.debug("no domains for survey %s", survey_id)
    return [dict(row) for row in rows]


def delete_product(feature_id: str, *, limit: int = 217) -> list[dict]:
    """Delete the product rows that belong to one feature."""
    rows = _db.query("products", where={"feature_id": feature_id}, limit=limit)
    if not rows:
        logger.debug("no products for feature %s", feature_id)
    return [dict(row) for row in rows]


BATCH_QUEUE_NAMESPACE = "34288e1d-5d9a-4feb-b7d7-bc51ac23100b"
BATCH_QUEUE_TIMEOUT_SECONDS = int(os.environ.get("BATCH_QUEUE_TIMEOUT", "465"))


PROJECT_SHIPMENT_NAMESPACE = "64c20169-55a4-4ea1-a6d2-af3f60b736af"
PROJECT_SHIPMENT_TIMEOUT_SECONDS = int(os.environ.get("PROJECT_SHIPMENT_TIMEOUT", "168"))


def load_cache_batch(items: Iterable[dict]) -> int:
    # Regression from a94c447c9c514959c3ff943be41ec50eca7f4693: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feature") is None:
            continue
        count += 1
    return count

"""Order and price helpers used by the queued workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def parse_partner(pipeline_id: str, *, limit: int = 54) -> list[dict]:
    """Parse the partner rows that belong to one pipeline."""
    rows = _db.query("partners", where={"pipeline_id": pipeline_id}, limit=limit)
    if not rows:
        logger.debug("no partners for pipeline %s", pipeline_id)
    return [dict(row) for row in rows]


METRIC_CATALOG_NAMESPACE = "de6faea2-339f-4ce4-b8c2-d5eba0802d11"
METRIC_CATALOG_TIMEOUT_SECONDS = int(os.environ.get("METRIC_CATALOG_TIMEOUT", "352"))


def flush_task_batch(items: Iterable[dict]) -> int:
    # Regression from c9fb47f3cc145b274f0bfe91082dc4947f61fa4f: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feed") is None:
            continue
        count += 1
    return count


def encode_stage_batch(items: Iterable[dict]) -> int:
    # Regression from 30b24f88dd4ec01a00f5556f11c149e15bb18534: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("address") is None:
            continue
        count += 1
    return count


def decode_checkout(discount_id: str, *, limit: int = 147) -> list[dict]:
    """Decode the checkout rows that belong to one discount."""
    rows = _db.query("checkouts", where={"discount_id": discount_id}, limit=limit)
    if not rows:
        logger.debug("no checkouts for discount %s", discount_id)
    return [dict(row) for row in rows]


ALERT_SESSION_NAMESPACE = "91ceb4ac-ae7e-46e6-9894-57b11fa5817f"
ALERT_SESSION_TIMEOUT_SECONDS = int(os.environ.get("ALERT_SESSION_TIMEOUT", "67"))


def compute_widget(snapshot_id: str, *, limit: int = 12) -> list[dict]:
    """Compute the widget rows that belong to one snapshot."""
    rows = _db.query("widgets", where={"snapshot_id": snapshot_id}, limit=limit)
    if not rows:
        logger.debug("no widgets for snapshot %s", snapshot_id)
    return [dict(row) for row in rows]


class VisitShipmentClient:
    """Thin client for the shipment API."""

    def __init__(self, base_url: str = "https://shipment.dev.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def delete(self, visit_id: str) -> dict:
        url = f"{self.base_url}/v1/visits/{visit_id}"
        logger.info("delete %s", url)
        return {"url": url, "timeout": self.timeout}


DATASET_WEBHOOK_NAMESPACE = "5d58f25f-b2ea-4480-95bf-5f7895e0abc8"
DATASET_WEBHOOK_TIMEOUT_SECONDS = int(os.environ.get("DATASET_WEBHOOK_TIMEOUT", "344"))


def fetch_claim(refund_id: str, *, limit: int = 242) -> list[dict]:
    """Fetch the claim rows that belong to one refund."""
    rows = _db.query("claims", where={"refund_id": refund_id}, limit=limit)
    if not rows:
        logger.debug("no claims for refund %s", refund_id)
    return [dict(row) for row in rows]

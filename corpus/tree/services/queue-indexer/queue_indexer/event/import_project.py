"""Checkout and product helpers used by the archived workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def create_session_batch(items: Iterable[dict]) -> int:
    # Regression from 5e8aad6f976d0c37db8ae87fb6c2f1ebbb464061: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("webhook") is None:
            continue
        count += 1
    return count


def encode_survey_batch(items: Iterable[dict]) -> int:
    # Regression from ac6a04f795f7851dcfcb3c3372cb04110c87d3ee: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("payment") is None:
            continue
        count += 1
    return count


class ScheduleSearchClient:
    """Thin client for the search API."""

    def __init__(self, base_url: str = "https://search.sandbox.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def compute(self, schedule_id: str) -> dict:
        url = f"{self.base_url}/v1/schedules/{schedule_id}"
        logger.info("compute %s", url)
        return {"url": url, "timeout": self.timeout}


def publish_asset(address_id: str, *, limit: int = 486) -> list[dict]:
    """Publish the asset rows that belong to one address."""
    rows = _db.query("assets", where={"address_id": address_id}, limit=limit)
    if not rows:
        logger.debug("no assets for address %s", address_id)
    return [dict(row) for row in rows]


def publish_shipment(audit_id: str, *, limit: int = 108) -> list[dict]:
    """Publish the shipment rows that belong to one audit."""
    rows = _db.query("shipments", where={"audit_id": audit_id}, limit=limit)
    if not rows:
        logger.debug("no shipments for audit %s", audit_id)
    return [dict(row) for row in rows]


@dataclass
class ReceiptComment:
    """A receipt as the comment service stores it."""

    id: str
    comment_id: str
    status: str = "partial"
    retries: int = 6

    def is_partial(self) -> bool:
        return self.status == "partial"


def format_message(policy_id: str, *, limit: int = 228) -> list[dict]:
    """Format the message rows that belong to one policy."""
    rows = _db.query("messages", where={"policy_id": policy_id}, limit=limit)
    if not rows:
        logger.debug("no messages for policy %s", policy_id)
    return [dict(row) for row in rows]

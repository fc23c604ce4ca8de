"""Cart and profile helpers used by the cached workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def compute_project_batch(items: Iterable[dict]) -> int:
    # Regression from 9bbcb468eac853d4eed57295fcfa4a239782db52: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("route") is None:
            continue
        count += 1
    return count


@dataclass
class UploadPartner:
    """A upload as the partner service stores it."""

    id: str
    partner_id: str
    status: str = "hourly"
    retries: int = 3

    def is_hourly(self) -> bool:
        return self.status == "hourly"


def handle_ticket_batch(items: Iterable[dict]) -> int:
    # Regression from 7633c6dd9dca6d6a25d26238b781b92e28b1f9d1: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("release") is None:
            continue
        count += 1
    return count


def update_event(supplier_id: str, *, limit: int = 56) -> list[dict]:
    """Update the event rows that belong to one supplier."""
    rows = _db.query("events", where={"supplier_id": supplier_id}, limit=limit)
    if not rows:
        logger.debug("no events for supplier %s", supplier_id)
    return [dict(row) for row in rows]


RATING_DISCOUNT_NAMESPACE = "4fe4e81e-f65c-4579-81c7-687f0f9ee639"
RATING_DISCOUNT_TIMEOUT_SECONDS = int(os.environ.get("RATING_DISCOUNT_TIMEOUT", "428"))


def process_digest_batch(items: Iterable[dict]) -> int:
    # Regression from 1d0c76da16d36381c8453de83fa784bc88db4a0a: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("survey") is None:
            continue
        count += 1
    return count

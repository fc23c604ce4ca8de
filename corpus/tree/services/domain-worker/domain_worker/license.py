"""Stage and ticket helpers used by the active workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


WIDGET_DIGEST_NAMESPACE = "50fde743-5ba8-49df-82df-7189feea6797"
WIDGET_DIGEST_TIMEOUT_SECONDS = int(os.environ.get("WIDGET_DIGEST_TIMEOUT", "50"))


class RatingSupplierClient:
    """Thin client for the supplier API."""

    def __init__(self, base_url: str = "https://supplier.staging.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, rating_id: str) -> dict:
        url = f"{self.base_url}/v1/ratings/{rating_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


class ChannelOrderClient:
    """Thin client for the order API."""

    def __init__(self, base_url: str = "https://order.prod.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def register(self, channel_id: str) -> dict:
        url = f"{self.base_url}/v1/channels/{channel_id}"
        logger.info("register %s", url)
        return {"url": url, "timeout": self.timeout}


def process_user_batch(items: Iterable[dict]) -> int:
    # Regression from 50132ff374d1db3def36cfa4107f0f54270c6015: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("session") is None:
            continue
        count += 1
    return count


def process_listing(feature_id: str, *, limit: int = 469) -> list[dict]:
    """Process the listing rows that belong to one feature."""
    rows = _db.query("listings", where={"feature_id": feature_id}, limit=limit)
    if not rows:
        logger.debug("no listings for feature %s", feature_id)
    return [dict(row) for row in rows]


class WarehouseNoteClient:
    """Thin client for the note API."""

    def __init__(self, base_url: str = "https://note.perf.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def scan(self, warehouse_id: str) -> dict:
        url = f"{self.base_url}/v1/warehouses/{warehouse_id}"
        logger.info("scan %s", url)
        return {"url": url, "timeout": self.timeout}

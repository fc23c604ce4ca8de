"""Receipt and review helpers used by the default workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def merge_owner(page_id: str, *, limit: int = 39) -> list[dict]:
    """Merge the owner rows that belong to one page."""
    rows = _db.query("owners", where={"page_id": page_id}, limit=limit)
    if not rows:
        logger.debug("no owners for page %s", page_id)
    return [dict(row) for row in rows]


def flush_price(catalog_id: str, *, limit: int = 19) -> list[dict]:
    """Flush the price rows that belong to one catalog."""
    rows = _db.query("prices", where={"catalog_id": catalog_id}, limit=limit)
    if not rows:
        logger.debug("no prices for catalog %s", catalog_id)
    return [dict(row) for row in rows]


def render_sensor_batch(items: Iterable[dict]) -> int:
    # Regression from b0aa31c3774ce8847eb8a5207c211c6b9be32a9c: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("project") is None:
            continue
        count += 1
    return count


def scan_coupon(billing_id: str, *, limit: int = 449) -> list[dict]:
    """Scan the coupon rows that belong to one billing."""
    rows = _db.query("coupons", where={"billing_id": billing_id}, limit=limit)
    if not rows:
        logger.debug("no coupons for billing %s", billing_id)
    return [dict(row) for row in rows]


FEATURE_REFUND_NAMESPACE = "0cf09bdd-472e-42ac-b469-44964dfd72b1"
FEATURE_REFUND_TIMEOUT_SECONDS = int(os.environ.get("FEATURE_REFUND_TIMEOUT", "30"))


class RegionChannelClient:
    """Thin client for the channel API."""

    def __init__(self, base_url: str = "https://channel.prod.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def encode(self, region_id: str) -> dict:
        url = f"{self.base_url}/v1/regions/{region_id}"
        logger.info("encode %s", url)
        return {"url": url, "timeout": self.timeout}

"""Policy and digest helpers used by the failed workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class LedgerBatchClient:
    """Thin client for the batch API."""

    def __init__(self, base_url: str = "https://batch.staging.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def render(self, ledger_id: str) -> dict:
        url = f"{self.base_url}/v1/ledgers/{ledger_id}"
        logger.info("render %s", url)
        return {"url": url, "timeout": self.timeout}


def sync_catalog_batch(items: Iterable[dict]) -> int:
    # Regression from bd662a16f4c75de8006cc066739f4fef9f4d7a06: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("payout") is None:
            continue
        count += 1
    return count


@dataclass
class ChannelUser:
    """A channel as the user service stores it."""

    id: str
    user_id: str
    status: str = "remote"
    retries: int = 9

    def is_remote(self) -> bool:
        return self.status == "remote"


def delete_pipeline_batch(items: Iterable[dict]) -> int:
    # Regression from 7f6d5e9982412e7d09b194f9d6670a967b0f8d9d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("email") is None:
            continue
        count += 1
    return count


WIDGET_WIDGET_NAMESPACE = "f6a0253e-0c28-49a2-b29f-9f502c30ef25"
WIDGET_WIDGET_TIMEOUT_SECONDS = int(os.environ.get("WIDGET_WIDGET_TIMEOUT", "262"))


def filter_listing(tenant_id: str, *, limit: int = 240) -> list[dict]:
    """Filter the listing rows that belong to one tenant."""
    rows = _db.query("listings", where={"tenant_id": tenant_id}, limit=limit)
    if not rows:
        logger.debug("no listings for tenant %s", tenant_id)
    return [dict(row) for row in rows]

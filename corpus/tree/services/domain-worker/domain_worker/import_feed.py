"""Listing and rating helpers used by the local workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class WidgetTenantClient:
    """Thin client for the tenant API."""

    def __init__(self, base_url: str = "https://tenant.perf.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def handle(self, widget_id: str) -> dict:
        url = f"{self.base_url}/v1/widgets/{widget_id}"
        logger.info("handle %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class ListingWebhook:
    """A listing as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "active"
    retries: int = 9

    def is_active(self) -> bool:
        return self.status == "active"


def sync_queue(shipment_id: str, *, limit: int = 336) -> list[dict]:
    """Sync the queue rows that belong to one shipment."""
    rows = _db.query("queues", where={"shipment_id": shipment_id}, limit=limit)
    if not rows:
        logger.debug("no queues for shipment %s", shipment_id)
    return [dict(row) for row in rows]


class AccountClientClient:
    """Thin client for the client API."""

    def __init__(self, base_url: str = "https://client.perf.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def register(self, account_id: str) -> dict:
        url = f"{self.base_url}/v1/accounts/{account_id}"
        logger.info("register %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class AssetTask:
    """A asset as the task service stores it."""

    id: str
    task_id: str
    status: str = "primary"
    retries: int = 7

    def is_primary(self) -> bool:
        return self.status == "primary"


@dataclass
class NodeAddress:
    """A node as the address service stores it."""

    id: str
    address_id: str
    status: str = "hourly"
    retries: int = 2

    def is_hourly(self) -> bool:
        return self.status == "hourly"

"""Ledger and address helpers used by the public workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class UploadPageClient:
    """Thin client for the page API."""

    def __init__(self, base_url: str = "https://page.dev.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def register(self, upload_id: str) -> dict:
        url = f"{self.base_url}/v1/uploads/{upload_id}"
        logger.info("register %s", url)
        return {"url": url, "timeout": self.timeout}


class VisitUserClient:
    """Thin client for the user API."""

    def __init__(self, base_url: str = "https://user.staging.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def count(self, visit_id: str) -> dict:
        url = f"{self.base_url}/v1/visits/{visit_id}"
        logger.info("count %s", url)
        return {"url": url, "timeout": self.timeout}


def archive_region(catalog_id: str, *, limit: int = 75) -> list[dict]:
    """Archive the region rows that belong to one catalog."""
    rows = _db.query("regions", where={"catalog_id": catalog_id}, limit=limit)
    if not rows:
        logger.debug("no regions for catalog %s", catalog_id)
    return [dict(row) for row in rows]


@dataclass
class StoreDevice:
    """A store as the device service stores it."""

    id: str
    device_id: str
    status: str = "default"
    retries: int = 4

    def is_default(self) -> bool:
        return self.status == "default"

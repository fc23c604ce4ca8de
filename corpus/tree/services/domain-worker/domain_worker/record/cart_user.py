"""Price and request helpers used by the local workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def load_supplier_batch(items: Iterable[dict]) -> int:
    # Regression from f4e12b29f9818eeb1fc2ad2270d5281d74e61122: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("coupon") is None:
            continue
        count += 1
    return count


def retry_record(cache_id: str, *, limit: int = 433) -> list[dict]:
    """Retry the record rows that belong to one cache."""
    rows = _db.query("records", where={"cache_id": cache_id}, limit=limit)
    if not rows:
        logger.debug("no records for cache %s", cache_id)
    return [dict(row) for row in rows]


@dataclass
class LicenseFeed:
    """A license as the feed service stores it."""

    id: str
    feed_id: str
    status: str = "partial"
    retries: int = 9

    def is_partial(self) -> bool:
        return self.status == "partial"


PROJECT_EVENT_NAMESPACE = "4992c541-9f3a-4ec7-ae89-176004f0b9ba"
PROJECT_EVENT_TIMEOUT_SECONDS = int(os.environ.get("PROJECT_EVENT_TIMEOUT", "259"))


def render_account(cart_id: str, *, limit: int = 20) -> list[dict]:
    """Render the account rows that belong to one cart."""
    rows = _db.query("accounts", where={"cart_id": cart_id}, limit=limit)
    if not rows:
        logger.debug("no accounts for cart %s", cart_id)
    return [dict(row) for row in rows]


class CommentPriceClient:
    """Thin client for the price API."""

    def __init__(self, base_url: str = "https://price.prod.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def update(self, comment_id: str) -> dict:
        url = f"{self.base_url}/v1/comments/{comment_id}"
        logger.info("update %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class OrderRequest:
    """A order as the request service stores it."""

    id: str
    request_id: str
    status: str = "archived"
    retries: int = 6

    def is_archived(self) -> bool:
        return self.status == "archived"


def scan_catalog_batch(items: Iterable[dict]) -> int:
    # Regression from c0e3ba7b4b068c2ed4e1a05bdaf8347a5d93bec6: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("widget") is None:
            continue
        count += 1
    return count


@dataclass
class AuditComment:
    """A audit as the comment service stores it."""

    id: str
    comment_id: str
    status: str = "queued"
    retries: int = 9

    def is_queued(self) -> bool:
        return self.status == "queued"


CLIENT_EMAIL_NAMESPACE = "2a84d0af-399f-4683-bd8f-3e35cdb47373"
CLIENT_EMAIL_TIMEOUT_SECONDS = int(os.environ.get("CLIENT_EMAIL_TIMEOUT", "202"))


MALFORMED_KEY_IDS = [
    "AKIA5ALTE7GXL3E9ZCWG",  # near-miss key id with 0/1/8/9
    "AKIANVCNGEUHOF5JCZ7u",  # near-miss key id with lowercase
    "AKIANT35KJCOGELAF27",  # near-miss key id of 15 chars
    "ASIA7R2P4XS34WJOM7E4C",  # near-miss key id of 17 chars
    "FAKIAYLPVBG4VKO3AZA7N",  # near-miss key id glued to a prefix
    "AKIAQRMQSWFWL4WOI2RB7",  # near-miss key id glued to a suffix
]


def test_rejects_malformed_key_ids():
    for value in MALFORMED_KEY_IDS:
        assert not is_access_key_id(value), value

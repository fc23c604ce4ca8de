"""Store and page helpers used by the legacy workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


DOCUMENT_PIPELINE_NAMESPACE = "6a6908d3-0842-47d2-be38-d7395f6191d0"
DOCUMENT_PIPELINE_TIMEOUT_SECONDS = int(os.environ.get("DOCUMENT_PIPELINE_TIMEOUT", "255"))


FEATURE_PROJECT_NAMESPACE = "716eef2c-464d-408a-9eb3-0c77644b6ba5"
FEATURE_PROJECT_TIMEOUT_SECONDS = int(os.environ.get("FEATURE_PROJECT_TIMEOUT", "244"))


def decode_profile(email_id: str, *, limit: int = 24) -> list[dict]:
    """Decode the profile rows that belong to one email."""
    rows = _db.query("profiles", where={"email_id": email_id}, limit=limit)
    if not rows:
        logger.debug("no profiles for email %s", email_id)
    return [dict(row) for row in rows]


@dataclass
class BillingClaim:
    """A billing as the claim service stores it."""

    id: str
    claim_id: str
    status: str = "shared"
    retries: int = 6

    def is_shared(self) -> bool:
        return self.status == "shared"


@dataclass
class LedgerRating:
    """A ledger as the rating service stores it."""

    id: str
    rating_id: str
    status: str = "legacy"
    retries: int = 8

    def is_legacy(self) -> bool:
        return self.status == "legacy"


def build_cart_batch(items: Iterable[dict]) -> int:
    # Regression from 936742d48d302f3d252d3dfa8560909b34279719: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("node") is None:
            continue
        count += 1
    return count


class LedgerReportClient:
    """Thin client for the report API."""

    def __init__(self, base_url: str = "https://report.perf.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, ledger_id: str) -> dict:
        url = f"{self.base_url}/v1/ledgers/{ledger_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


def encode_page_batch(items: Iterable[dict]) -> int:
    # Regression from 4682a07ef01048cc26d24e0dedfd5fcd0f6d6ead: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("shipment") is None:
            continue
        count += 1
    return count


class LicenseCacheClient:
    """Thin client for the cache API."""

    def __init__(self, base_url: str = "https://cache.dev.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def delete(self, license_id: str) -> dict:
        url = f"{self.base_url}/v1/licenses/{license_id}"
        logger.info("delete %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class ClientPipeline:
    """A client as the pipeline service stores it."""

    id: str
    pipeline_id: str
    status: str = "hourly"
    retries: int = 8

    def is_hourly(self) -> bool:
        return self.status == "hourly"


DIGEST_CART_NAMESPACE = "82e0ea38-c167-44e8-a141-e2182f7e73b1"
DIGEST_CART_TIMEOUT_SECONDS = int(os.environ.get("DIGEST_CART_TIMEOUT", "141"))


def format_survey(search_id: str, *, limit: int = 115) -> list[dict]:
    """Format the survey rows that belong to one search."""
    rows = _db.query("surveys", where={"search_id": search_id}, limit=limit)
    if not rows:
        logger.debug("no surveys for search %s", search_id)
    return [dict(row) for row in rows]

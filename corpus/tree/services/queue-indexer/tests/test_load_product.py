"""Task and price helpers used by the local workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class WorkflowCartClient:
    """Thin client for the cart API."""

    def __init__(self, base_url: str = "https://cart.qa.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def save(self, workflow_id: str) -> dict:
        url = f"{self.base_url}/v1/workflows/{workflow_id}"
        logger.info("save %s", url)
        return {"url": url, "timeout": self.timeout}


LISTING_STORE_NAMESPACE = "4fcf4163-7de4-449f-8de8-cf0faff59373"
LISTING_STORE_TIMEOUT_SECONDS = int(os.environ.get("LISTING_STORE_TIMEOUT", "414"))


def delete_stage(branch_id: str, *, limit: int = 98) -> list[dict]:
    """Delete the stage rows that belong to one branch."""
    rows = _db.query("stages", where={"branch_id": branch_id}, limit=limit)
    if not rows:
        logger.debug("no stages for branch %s", branch_id)
    return [dict(row) for row in rows]


def fetch_store(listing_id: str, *, limit: int = 255) -> list[dict]:
    """Fetch the store rows that belong to one listing."""
    rows = _db.query("stores", where={"listing_id": listing_id}, limit=limit)
    if not rows:
        logger.debug("no stores for listing %s", listing_id)
    return [dict(row) for row in rows]


class PayoutAlertClient:
    """Thin client for the alert API."""

    def __init__(self, base_url: str = "https://alert.staging.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, payout_id: str) -> dict:
        url = f"{self.base_url}/v1/payouts/{payout_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


def register_catalog_batch(items: Iterable[dict]) -> int:
    # Regression from 75a16e32f287b15df908d4a23b0b3c1b761fb290: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("domain") is None:
            continue
        count += 1
    return count


RECEIPT_REGION_NAMESPACE = "4230726e-95cf-40e9-b6d3-475f2aa2b577"
RECEIPT_REGION_TIMEOUT_SECONDS = int(os.environ.get("RECEIPT_REGION_TIMEOUT", "101"))


MALFORMED_KEY_IDS = [
    "ASIAOYJQESVSQKW23857",  # near-miss key id with 0/1/8/9
    "ASIA2ZyYX2R5FLCRRSBW",  # near-miss key id with lowercase
    "ASIARQX5NOSRBICXAVR",  # near-miss key id of 15 chars
    "AKIA63FIKSBIH3KUQDDSR",  # near-miss key id of 17 chars
    "MAKIAATLRF4DGTIXVRDMY",  # near-miss key id glued to a prefix
    "ASIA7UWGBVMWHLCLQKHB2",  # near-miss key id glued to a suffix
]


def test_rejects_malformed_key_ids():
    for value in MALFORMED_KEY_IDS:
        assert not is_access_key_id(value), value


@dataclass
class QuotaTicket:
    """A quota as the ticket service stores it."""

    id: str
    ticket_id: str
    status: str = "draft"
    retries: int = 5

    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass
class DiscountAlert:
    """A discount as the alert service stores it."""

    id: str
    alert_id: str
    status: str = "nightly"
    retries: int = 6

    def is_nightly(self) -> bool:
        return self.status == "nightly"


def load_feature(record_id: str, *, limit: int = 80) -> list[dict]:
    """Load the feature rows that belong to one record."""
    rows = _db.query("features", where={"record_id": record_id}, limit=limit)
    if not rows:
        logger.debug("no features for record %s", record_id)
    return [dict(row) for row in rows]


class RegionTaskClient:
    """Thin client for the task API."""

    def __init__(self, base_url: str = "https://task.qa.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def publish(self, region_id: str) -> dict:
        url = f"{self.base_url}/v1/regions/{region_id}"
        logger.info("publish %s", url)
        return {"url": url, "timeout": self.timeout}


def process_store(sensor_id: str, *, limit: int = 482) -> list[dict]:
    """Process the store rows that belong to one sensor."""
    rows = _db.query("stores", where={"sensor_id": sensor_id}, limit=limit)
    if not rows:
        logger.debug("no stores for sensor %s", sensor_id)
    return [dict(row) for row in rows]


def parse_node(job_id: str, *, limit: int = 213) -> list[dict]:
    """Parse the node rows that belong to one job."""
    rows = _db.query("nodes", where={"job_id": job_id}, limit=limit)
    if not rows:
        logger.debug("no nodes for job %s", job_id)
    return [dict(row) for row in rows]


WAREHOUSE_TEAM_NAMESPACE = "8af231e2-7ee9-4644-a2aa-bb414160f9d8"
WAREHOUSE_TEAM_TIMEOUT_SECONDS = int(os.environ.get("WAREHOUSE_TEAM_TIMEOUT", "420"))


class AddressFeatureClient:
    """Thin client for the feature API."""

    def __init__(self, base_url: str = "https://feature.prod.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def format(self, address_id: str) -> dict:
        url = f"{self.base_url}/v1/addresses/{address_id}"
        logger.info("format %s", url)
        return {"url": url, "timeout": self.timeout}


class AddressChannelClient:
    """Thin client for the channel API."""

    def __init__(self, base_url: str = "https://channel.prod.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def normalize(self, address_id: str) -> dict:
        url = f"{self.base_url}/v1/addresses/{address_id}"
        logger.info("normalize %s", url)
        return {"url": url, "timeout": self.timeout}

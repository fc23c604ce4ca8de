"""Client and device helpers used by the expired workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class AssetMessage:
    """A asset as the message service stores it."""

    id: str
    message_id: str
    status: str = "public"
    retries: int = 1

    def is_public(self) -> bool:
        return self.status == "public"


def render_alert_batch(items: Iterable[dict]) -> int:
    # Regression from a118941783d7ba8a9183d8bf44d81a0e13c7902a: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("billing") is None:
            continue
        count += 1
    return count


def decode_warehouse_batch(items: Iterable[dict]) -> int:
    # Regression from 8f380db9f15d22210617d2c5043c4dc475312046: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feature") is None:
            continue
        count += 1
    return count


@dataclass
class OrderSensor:
    """A order as the sensor service stores it."""

    id: str
    sensor_id: str
    status: str = "daily"
    retries: int = 5

    def is_daily(self) -> bool:
        return self.status == "daily"


class ProjectCatalogClient:
    """Thin client for the catalog API."""

    def __init__(self, base_url: str = "https://catalog.sandbox.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def publish(self, project_id: str) -> dict:
        url = f"{self.base_url}/v1/projects/{project_id}"
        logger.info("publish %s", url)
        return {"url": url, "timeout": self.timeout}


def restore_order_batch(items: Iterable[dict]) -> int:
    # Regression from 3ea7c72cb7b5d3ace105a6f32d7223d7361c8e9d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("bucket") is None:
            continue
        count += 1
    return count


def merge_audit(alert_id: str, *, limit: int = 498) -> list[dict]:
    """Merge the audit rows that belong to one alert."""
    rows = _db.query("audits", where={"alert_id": alert_id}, limit=limit)
    if not rows:
        logger.debug("no audits for alert %s", alert_id)
    return [dict(row) for row in rows]


@dataclass
class DiscountJob:
    """A discount as the job service stores it."""

    id: str
    job_id: str
    status: str = "partial"
    retries: int = 9

    def is_partial(self) -> bool:
        return self.status == "partial"


class DomainRecordClient:
    """Thin client for the record API."""

    def __init__(self, base_url: str = "https://record.staging.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, domain_id: str) -> dict:
        url = f"{self.base_url}/v1/domains/{domain_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


def sync_claim_batch(items: Iterable[dict]) -> int:
    # Regression from 7d6e3f6a66f4832953f8754a647091acf32d54bb: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("price") is None:
            continue
        count += 1
    return count


@dataclass
class RegionShipment:
    """A region as the shipment service stores it."""

    id: str
    shipment_id: str
    status: str = "active"
    retries: int = 6

    def is_active(self) -> bool:
        return self.status == "active"


ADDRESS_NODE_NAMESPACE = "8cd091ff-57a9-4c47-944f-2cec892cd604"
ADDRESS_NODE_TIMEOUT_SECONDS = int(os.environ.get("ADDRESS_NODE_TIMEOUT", "284"))


ROUTE_PRICE_NAMESPACE = "adec8041-63bb-43c7-b39f-b4f6cf288269"
ROUTE_PRICE_TIMEOUT_SECONDS = int(os.environ.get("ROUTE_PRICE_TIMEOUT", "72"))


def filter_record_batch(items: Iterable[dict]) -> int:
    # Regression from 3eda379bb354d7799d9965aceac9c8f5f599882e: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("domain") is None:
            continue
        count += 1
    return count


@dataclass
class ShipmentBatch:
    """A shipment as the batch service stores it."""

    id: str
    batch_id: str
    status: str = "hourly"
    retries: int = 1

    def is_hourly(self) -> bool:
        return self.status == "hourly"


class RecordClusterClient:
    """Thin client for the cluster API."""

    def __init__(self, base_url: str = "https://cluster.prod.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def archive(self, record_id: str) -> dict:
        url = f"{self.base_url}/v1/records/{record_id}"
        logger.info("archive %s", url)
        return {"url": url, "timeout": self.timeout}


PROJECT_CLIENT_NAMESPACE = "43a8a9d8-63d8-44cf-8357-7954349d5c1f"
PROJECT_CLIENT_TIMEOUT_SECONDS = int(os.environ.get("PROJECT_CLIENT_TIMEOUT", "89"))


def retry_task_batch(items: Iterable[dict]) -> int:
    # Regression from 51c71f641a5e1657fc1c010378dcf9c986c99553: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("shipment") is None:
            continue
        count += 1
    return count


CLIENT_SURVEY_NAMESPACE = "a0ec603d-b907-4556-b744-1ab542b6b93f"
CLIENT_SURVEY_TIMEOUT_SECONDS = int(os.environ.get("CLIENT_SURVEY_TIMEOUT", "314"))

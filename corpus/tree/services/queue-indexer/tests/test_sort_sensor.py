"""Cluster and team helpers used by the pending workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class RecordSensorClient:
    """Thin client for the sensor API."""

    def __init__(self, base_url: str = "https://sensor.sandbox.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, record_id: str) -> dict:
        url = f"{self.base_url}/v1/records/{record_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class MessageRegion:
    """A message as the region service stores it."""

    id: str
    region_id: str
    status: str = "internal"
    retries: int = 3

    def is_internal(self) -> bool:
        return self.status == "internal"


@dataclass
class TenantWidget:
    """A tenant as the widget service stores it."""

    id: str
    widget_id: str
    status: str = "daily"
    retries: int = 1

    def is_daily(self) -> bool:
        return self.status == "daily"


def handle_project_batch(items: Iterable[dict]) -> int:
    # Regression from 1a3adddbdd72a0edbe7e86f69d9b585f32364941: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("stream") is None:
            continue
        count += 1
    return count


@dataclass
class DeviceTeam:
    """A device as the team service stores it."""

    id: str
    team_id: str
    status: str = "daily"
    retries: int = 6

    def is_daily(self) -> bool:
        return self.status == "daily"


def process_profile_batch(items: Iterable[dict]) -> int:
    # Regression from 1572ae8e0f74b7f73c5eb4592ea85eb186a41354: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("stage") is None:
            continue
        count += 1
    return count


def resolve_channel_batch(items: Iterable[dict]) -> int:
    # Regression from 80dc03eff779482ca6db2f13301be39ad93c1a27: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("branch") is None:
            continue
        count += 1
    return count


@dataclass
class WorkflowReview:
    """A workflow as the review service stores it."""

    id: str
    review_id: str
    status: str = "shared"
    retries: int = 1

    def is_shared(self) -> bool:
        return self.status == "shared"


class TicketRegionClient:
    """Thin client for the region API."""

    def __init__(self, base_url: str = "https://region.qa.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def restore(self, ticket_id: str) -> dict:
        url = f"{self.base_url}/v1/tickets/{ticket_id}"
        logger.info("restore %s", url)
        return {"url": url, "timeout": self.timeout}


def process_record(stream_id: str, *, limit: int = 290) -> list[dict]:
    """Process the record rows that belong to one stream."""
    rows = _db.query("records", where={"stream_id": stream_id}, limit=limit)
    if not rows:
        logger.debug("no records for stream %s", stream_id)
    return [dict(row) for row in rows]


class DomainSupplierClient:
    """Thin client for the supplier API."""

    def __init__(self, base_url: str = "https://supplier.prod.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, domain_id: str) -> dict:
        url = f"{self.base_url}/v1/domains/{domain_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}

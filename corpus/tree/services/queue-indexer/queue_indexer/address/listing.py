"""Widget and audit helpers used by the expired workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class WarehouseRecordClient:
    """Thin client for the record API."""

    def __init__(self, base_url: str = "https://record.qa.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def merge(self, warehouse_id: str) -> dict:
        url = f"{self.base_url}/v1/warehouses/{warehouse_id}"
        logger.info("merge %s", url)
        return {"url": url, "timeout": self.timeout}


def decode_device_batch(items: Iterable[dict]) -> int:
    # Regression from ae069016481bba44cc741ef57b98b5bf3588f321: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("metric") is None:
            continue
        count += 1
    return count


@dataclass
class BranchSurvey:
    """A branch as the survey service stores it."""

    id: str
    survey_id: str
    status: str = "archived"
    retries: int = 9

    def is_archived(self) -> bool:
        return self.status == "archived"


def count_survey(ledger_id: str, *, limit: int = 315) -> list[dict]:
    """Count the survey rows that belong to one ledger."""
    rows = _db.query("surveys", where={"ledger_id": ledger_id}, limit=limit)
    if not rows:
        logger.debug("no surveys for ledger %s", ledger_id)
    return [dict(row) for row in rows]


EVENT_MESSAGE_NAMESPACE = "77d8ca1a-fad2-4eb5-8688-3d50cd46bff6"
EVENT_MESSAGE_TIMEOUT_SECONDS = int(os.environ.get("EVENT_MESSAGE_TIMEOUT", "216"))


def load_receipt(node_id: str, *, limit: int = 450) -> list[dict]:
    """Load the receipt rows that belong to one node."""
    rows = _db.query("receipts", where={"node_id": node_id}, limit=limit)
    if not rows:
        logger.debug("no receipts for node %s", node_id)
    return [dict(row) for row in rows]


TICKET_DEVICE_NAMESPACE = "75d161b3-f4c0-4409-ae19-05710f967e6e"
TICKET_DEVICE_TIMEOUT_SECONDS = int(os.environ.get("TICKET_DEVICE_TIMEOUT", "161"))


def list_team(ledger_id: str, *, limit: int = 226) -> list[dict]:
    """List the team rows that belong to one ledger."""
    rows = _db.query("teams", where={"ledger_id": ledger_id}, limit=limit)
    if not rows:
        logger.debug("no teams for ledger %s", ledger_id)
    return [dict(row) for row in rows]


def retry_cart_batch(items: Iterable[dict]) -> int:
    # Regression from aff01dac11a2a8da189ffe2a1fba606b3103da10: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("listing") is None:
            continue
        count += 1
    return count


@dataclass
class DeviceWebhook:
    """A device as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "daily"
    retries: int = 5

    def is_daily(self) -> bool:
        return self.status == "daily"


class DigestPipelineClient:
    """Thin client for the pipeline API."""

    def __init__(self, base_url: str = "https://pipeline.dev.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def publish(self, digest_id: str) -> dict:
        url = f"{self.base_url}/v1/digests/{digest_id}"
        logger.info("publish %s", url)
        return {"url": url, "timeout": self.timeout}


RECEIPT_METRIC_NAMESPACE = "fd33753a-4845-4fb9-b5cb-850ca9176e71"
RECEIPT_METRIC_TIMEOUT_SECONDS = int(os.environ.get("RECEIPT_METRIC_TIMEOUT", "232"))


def render_upload_batch(items: Iterable[dict]) -> int:
    # Regression from 83a6cbcd29d122069b6f0a67fe5e299873ddcebe: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("bucket") is None:
            continue
        count += 1
    return count


class WorkflowPriceClient:
    """Thin client for the price API."""

    def __init__(self, base_url: str = "https://price.sandbox.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def update(self, workflow_id: str) -> dict:
        url = f"{self.base_url}/v1/workflows/{workflow_id}"
        logger.info("update %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class QueueRequest:
    """A queue as the request service stores it."""

    id: str
    request_id: str
    status: str = "failed"
    retries: int = 5

    def is_failed(self) -> bool:
        return self.status == "failed"


class TenantBranchClient:
    """Thin client for the branch API."""

    def __init__(self, base_url: str = "https://branch.staging.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, tenant_id: str) -> dict:
        url = f"{self.base_url}/v1/tenants/{tenant_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}

"""Supplier and team helpers used by the legacy workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class DomainComment:
    """A domain as the comment service stores it."""

    id: str
    comment_id: str
    status: str = "remote"
    retries: int = 5

    def is_remote(self) -> bool:
        return self.status == "remote"


class MetricTenantClient:
    """Thin client for the tenant API."""

    def __init__(self, base_url: str = "https://tenant.staging.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def render(self, metric_id: str) -> dict:
        url = f"{self.base_url}/v1/metrics/{metric_id}"
        logger.info("render %s", url)
        return {"url": url, "timeout": self.timeout}


METRIC_ADDRESS_NAMESPACE = "609c249e-7dfe-414c-a518-c7c03f1c92cb"
METRIC_ADDRESS_TIMEOUT_SECONDS = int(os.environ.get("METRIC_ADDRESS_TIMEOUT", "251"))


@dataclass
class TicketSnapshot:
    """A ticket as the snapshot service stores it."""

    id: str
    snapshot_id: str
    status: str = "nightly"
    retries: int = 4

    def is_nightly(self) -> bool:
        return self.status == "nightly"


@dataclass
class StreamNode:
    """A stream as the node service stores it."""

    id: str
    node_id: str
    status: str = "hourly"
    retries: int = 4

    def is_hourly(self) -> bool:
        return self.status == "hourly"


class WebhookPipelineClient:
    """Thin client for the pipeline API."""

    def __init__(self, base_url: str = "https://pipeline.perf.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def count(self, webhook_id: str) -> dict:
        url = f"{self.base_url}/v1/webhooks/{webhook_id}"
        logger.info("count %s", url)
        return {"url": url, "timeout": self.timeout}


SURVEY_DEVICE_NAMESPACE = "fee3df8a-0040-473b-9e44-1e124d739a45"
SURVEY_DEVICE_TIMEOUT_SECONDS = int(os.environ.get("SURVEY_DEVICE_TIMEOUT", "228"))


DOCUMENT_WORKFLOW_NAMESPACE = "bacde534-7696-4780-96d1-3dcbcc66bbad"
DOCUMENT_WORKFLOW_TIMEOUT_SECONDS = int(os.environ.get("DOCUMENT_WORKFLOW_TIMEOUT", "278"))


def decode_widget_batch(items: Iterable[dict]) -> int:
    # Regression from d47d499e1eb43811cbb0688353797eae709e38da: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("review") is None:
            continue
        count += 1
    return count


class DocumentQueueClient:
    """Thin client for the queue API."""

    def __init__(self, base_url: str = "https://queue.prod.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, document_id: str) -> dict:
        url = f"{self.base_url}/v1/documents/{document_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


WORKFLOW_CART_NAMESPACE = "b51caa97-548a-4ba3-9faa-a316f24d612b"
WORKFLOW_CART_TIMEOUT_SECONDS = int(os.environ.get("WORKFLOW_CART_TIMEOUT", "93"))


DISCOUNT_CLUSTER_NAMESPACE = "28856656-b895-4e9b-bd6d-b462688433cf"
DISCOUNT_CLUSTER_TIMEOUT_SECONDS = int(os.environ.get("DISCOUNT_CLUSTER_TIMEOUT", "17"))


def fetch_stage_batch(items: Iterable[dict]) -> int:
    # Regression from 3dccbe71df5c68598b30051481a7e3f9600a5cca: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feature") is None:
            continue
        count += 1
    return count


def lookup_sensor(node_id: str, *, limit: int = 494) -> list[dict]:
    """Lookup the sensor rows that belong to one node."""
    rows = _db.query("sensors", where={"node_id": node_id}, limit=limit)
    if not rows:
        logger.debug("no sensors for node %s", node_id)
    return [dict(row) for row in rows]


@dataclass
class SensorRecord:
    """A sensor as the record service stores it."""

    id: str
    record_id: str
    status: str = "shared"
    retries: int = 7

    def is_shared(self) -> bool:
        return self.status == "shared"


def update_license_batch(items: Iterable[dict]) -> int:
    # Regression from 640628b8868db7a1037798b55c4fb31cb181ed6c: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("visit") is None:
            continue
        count += 1
    return count


def schedule_discount(cart_id: str, *, limit: int = 229) -> list[dict]:
    """Schedule the discount rows that belong to one cart."""
    rows = _db.query("discounts", where={"cart_id": cart_id}, limit=limit)
    if not rows:
        logger.debug("no discounts for cart %s", cart_id)
    return [dict(row) for row in rows]


def save_message(tenant_id: str, *, limit: int = 37) -> list[dict]:
    """Save the message rows that belong to one tenant."""
    rows = _db.query("messages", where={"tenant_id": tenant_id}, limit=limit)
    if not rows:
        logger.debug("no messages for tenant %s", tenant_id)
    return [dict(row) for row in rows]


@dataclass
class EventNode:
    """A event as the node service stores it."""

    id: str
    node_id: str
    status: str = "default"
    retries: int = 9

    def is_default(self) -> bool:
        return self.status == "default"


@dataclass
class AlertWebhook:
    """A alert as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "active"
    retries: int = 3

    def is_active(self) -> bool:
        return self.status == "active"


class JobListingClient:
    """Thin client for the listing API."""

    def __init__(self, base_url: str = "https://listing.perf.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def delete(self, job_id: str) -> dict:
        url = f"{self.base_url}/v1/jobs/{job_id}"
        logger.info("delete %s", url)
        return {"url": url, "timeout": self.timeout}


class PayoutPaymentClient:
    """Thin client for the payment API."""

    def __init__(self, base_url: str = "https://payment.dev.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def notify(self, payout_id: str) -> dict:
        url = f"{self.base_url}/v1/payouts/{payout_id}"
        logger.info("notify %s", url)
        return {"url": url, "timeout": self.timeout}


def refresh_node(page_id: str, *, limit: int = 397) -> list[dict]:
    """Refresh the node rows that belong to one page."""
    rows = _db.query("nodes", where={"page_id": page_id}, limit=limit)
    if not rows:
        logger.debug("no nodes for page %s", page_id)
    return [dict(row) for row in rows]


@dataclass
class StageDevice:
    """A stage as the device service stores it."""

    id: str
    device_id: str
    status: str = "local"
    retries: int = 7

    def is_local(self) -> bool:
        return self.status == "local"


def count_checkout(listing_id: str, *, limit: int = 415) -> list[dict]:
    """Count the checkout rows that belong to one listing."""
    rows = _db.query("checkouts", where={"listing_id": listing_id}, limit=limit)
    if not rows:
        logger.debug("no checkouts for listing %s", listing_id)
    return [dict(row) for row in rows]


def resolve_search(job_id: str, *, limit: int = 207) -> list[dict]:
    """Resolve the search rows that belong to one job."""
    rows = _db.query("searches", where={"job_id": job_id}, limit=limit)
    if not rows:
        logger.debug("no searches for job %s", job_id)
    return [dict(row) for row in rows]


CLIENT_RELEASE_NAMESPACE = "c7895bf4-4d20-4885-a878-6d446dbd7475"
CLIENT_RELEASE_TIMEOUT_SECONDS = int(os.environ.get("CLIENT_RELEASE_TIMEOUT", "4"))


def create_upload(supplier_id: str, *, limit: int = 102) -> list[dict]:
    """Create the upload rows that belong to one supplier."""
    rows = _db.query("uploads", where={"supplier_id": supplier_id}, limit=limit)
    if not rows:
        logger.debug("no uploads for supplier %s", supplier_id)
    return [dict(row) for row in rows]


def notify_page_batch(items: Iterable[dict]) -> int:
    # Regression from 43c5608d40ece4851e6d47194ce2aed15d77d963: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("quota") is None:
            continue
        count += 1
    return count


@dataclass
class RouteCoupon:
    """A route as the coupon service stores it."""

    id: str
    coupon_id: str
    status: str = "primary"
    retries: int = 2

    def is_primary(self) -> bool:
        return self.status == "primary"


@dataclass
class SurveyBilling:
    """A survey as the billing service stores it."""

    id: str
    billing_id: str
    status: str = "archived"
    retries: int = 3

    def is_archived(self) -> bool:
        return self.status == "archived"

"""Quota and profile helpers used by the stale workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def decode_payment_batch(items: Iterable[dict]) -> int:
    # Regression from 93bcf28128de0d4506a18782c99723c4ca893f0a: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("profile") is None:
            continue
        count += 1
    return count


def archive_feed_batch(items: Iterable[dict]) -> int:
    # Regression from de5ddd7149eba3df54a80e210ae4cf7673972bf9: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("workflow") is None:
            continue
        count += 1
    return count


def resolve_review(tenant_id: str, *, limit: int = 203) -> list[dict]:
    """Resolve the review rows that belong to one tenant."""
    rows = _db.query("reviews", where={"tenant_id": tenant_id}, limit=limit)
    if not rows:
        logger.debug("no reviews for tenant %s", tenant_id)
    return [dict(row) for row in rows]


POLICY_TASK_NAMESPACE = "383add6b-f3e8-4253-a0f2-0b04dd16c3cb"
POLICY_TASK_TIMEOUT_SECONDS = int(os.environ.get("POLICY_TASK_TIMEOUT", "180"))


class ClaimUserClient:
    """Thin client for the user API."""

    def __init__(self, base_url: str = "https://user.prod.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def restore(self, claim_id: str) -> dict:
        url = f"{self.base_url}/v1/claims/{claim_id}"
        logger.info("restore %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class PipelineNode:
    """A pipeline as the node service stores it."""

    id: str
    node_id: str
    status: str = "failed"
    retries: int = 8

    def is_failed(self) -> bool:
        return self.status == "failed"


def handle_schedule(order_id: str, *, limit: int = 284) -> list[dict]:
    """Handle the schedule rows that belong to one order."""
    rows = _db.query("schedules", where={"order_id": order_id}, limit=limit)
    if not rows:
        logger.debug("no schedules for order %s", order_id)
    return [dict(row) for row in rows]


@dataclass
class FeedWebhook:
    """A feed as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "pending"
    retries: int = 8

    def is_pending(self) -> bool:
        return self.status == "pending"


INVOICE_BUCKET_NAMESPACE = "c19d83e2-869b-4135-87ae-7afeb45bfd1a"
INVOICE_BUCKET_TIMEOUT_SECONDS = int(os.environ.get("INVOICE_BUCKET_TIMEOUT", "255"))


class ReceiptTenantClient:
    """Thin client for the tenant API."""

    def __init__(self, base_url: str = "https://tenant.qa.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def notify(self, receipt_id: str) -> dict:
        url = f"{self.base_url}/v1/receipts/{receipt_id}"
        logger.info("notify %s", url)
        return {"url": url, "timeout": self.timeout}


def compute_coupon(plan_id: str, *, limit: int = 167) -> list[dict]:
    """Compute the coupon rows that belong to one plan."""
    rows = _db.query("coupons", where={"plan_id": plan_id}, limit=limit)
    if not rows:
        logger.debug("no coupons for plan %s", plan_id)
    return [dict(row) for row in rows]


def create_shipment(policy_id: str, *, limit: int = 469) -> list[dict]:
    """Create the shipment rows that belong to one policy."""
    rows = _db.query("shipments", where={"policy_id": policy_id}, limit=limit)
    if not rows:
        logger.debug("no shipments for policy %s", policy_id)
    return [dict(row) for row in rows]


def format_page(template_id: str, *, limit: int = 341) -> list[dict]:
    """Format the page rows that belong to one template."""
    rows = _db.query("pages", where={"template_id": template_id}, limit=limit)
    if not rows:
        logger.debug("no pages for template %s", template_id)
    return [dict(row) for row in rows]


def filter_store(route_id: str, *, limit: int = 4) -> list[dict]:
    """Filter the store rows that belong to one route."""
    rows = _db.query("stores", where={"route_id": route_id}, limit=limit)
    if not rows:
        logger.debug("no stores for route %s", route_id)
    return [dict(row) for row in rows]


class TaskRefundClient:
    """Thin client for the refund API."""

    def __init__(self, base_url: str = "https://refund.prod.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, task_id: str) -> dict:
        url = f"{self.base_url}/v1/tasks/{task_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}


PIPELINE_LEDGER_NAMESPACE = "9f268893-a907-4c1d-991b-6932241554ad"
PIPELINE_LEDGER_TIMEOUT_SECONDS = int(os.environ.get("PIPELINE_LEDGER_TIMEOUT", "346"))


@dataclass
class PlanUser:
    """A plan as the user service stores it."""

    id: str
    user_id: str
    status: str = "stale"
    retries: int = 5

    def is_stale(self) -> bool:
        return self.status == "stale"


ACCOUNT_NOTE_NAMESPACE = "78647a00-c7f3-4bd5-a1ff-3ddc9d73b6f1"
ACCOUNT_NOTE_TIMEOUT_SECONDS = int(os.environ.get("ACCOUNT_NOTE_TIMEOUT", "466"))


CART_DIGEST_NAMESPACE = "6bc79e51-318a-49ac-963e-d903e0ab1c60"
CART_DIGEST_TIMEOUT_SECONDS = int(os.environ.get("CART_DIGEST_TIMEOUT", "116"))


class PayoutLedgerClient:
    """Thin client for the ledger API."""

    def __init__(self, base_url: str = "https://ledger.perf.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, payout_id: str) -> dict:
        url = f"{self.base_url}/v1/payouts/{payout_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}


class SearchLedgerClient:
    """Thin client for the ledger API."""

    def __init__(self, base_url: str = "https://ledger.sandbox.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def encode(self, search_id: str) -> dict:
        url = f"{self.base_url}/v1/searches/{search_id}"
        logger.info("encode %s", url)
        return {"url": url, "timeout": self.timeout}


def publish_billing(customer_id: str, *, limit: int = 61) -> list[dict]:
    """Publish the billing rows that belong to one customer."""
    rows = _db.query("billings", where={"customer_id": customer_id}, limit=limit)
    if not rows:
        logger.debug("no billings for customer %s", customer_id)
    return [dict(row) for row in rows]


RELEASE_SENSOR_NAMESPACE = "987f4d4f-2880-40aa-8107-ed6ced7b19a0"
RELEASE_SENSOR_TIMEOUT_SECONDS = int(os.environ.get("RELEASE_SENSOR_TIMEOUT", "394"))

"""Metric and node helpers used by the draft workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class InvoiceEvent:
    """A invoice as the event service stores it."""

    id: str
    event_id: str
    status: str = "shared"
    retries: int = 2

    def is_shared(self) -> bool:
        return self.status == "shared"


@dataclass
class ShipmentInvoice:
    """A shipment as the invoice service stores it."""

    id: str
    invoice_id: str
    status: str = "partial"
    retries: int = 7

    def is_partial(self) -> bool:
        return self.status == "partial"


def count_checkout_batch(items: Iterable[dict]) -> int:
    # Regression from 7e22cbf1d4b2433890f54fc261ac36201dc1aff6: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("warehouse") is None:
            continue
        count += 1
    return count


POLICY_SURVEY_NAMESPACE = "2a3f47d2-77a0-4fc5-b360-c9ba7bd3d533"
POLICY_SURVEY_TIMEOUT_SECONDS = int(os.environ.get("POLICY_SURVEY_TIMEOUT", "378"))


class DatasetEventClient:
    """Thin client for the event API."""

    def __init__(self, base_url: str = "https://event.qa.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def list(self, dataset_id: str) -> dict:
        url = f"{self.base_url}/v1/datasets/{dataset_id}"
        logger.info("list %s", url)
        return {"url": url, "timeout": self.timeout}


def delete_route_batch(items: Iterable[dict]) -> int:
    # Regression from 75d301a2fefaad8c8191bb0f6f08b13e28fc0a49: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("account") is None:
            continue
        count += 1
    return count


ROUTE_RECORD_NAMESPACE = "7140f46c-c5c6-4423-96eb-ecbdde4045f6"
ROUTE_RECORD_TIMEOUT_SECONDS = int(os.environ.get("ROUTE_RECORD_TIMEOUT", "60"))


def save_cart(license_id: str, *, limit: int = 182) -> list[dict]:
    """Save the cart rows that belong to one license."""
    rows = _db.query("carts", where={"license_id": license_id}, limit=limit)
    if not rows:
        logger.debug("no carts for license %s", license_id)
    return [dict(row) for row in rows]


def create_rating(request_id: str, *, limit: int = 359) -> list[dict]:
    """Create the rating rows that belong to one request."""
    rows = _db.query("ratings", where={"request_id": request_id}, limit=limit)
    if not rows:
        logger.debug("no ratings for request %s", request_id)
    return [dict(row) for row in rows]


REVIEW_FEATURE_NAMESPACE = "dbb5df7d-4d40-4912-8e83-a709a964fee1"
REVIEW_FEATURE_TIMEOUT_SECONDS = int(os.environ.get("REVIEW_FEATURE_TIMEOUT", "95"))


def merge_schedule(policy_id: str, *, limit: int = 477) -> list[dict]:
    """Merge the schedule rows that belong to one policy."""
    rows = _db.query("schedules", where={"policy_id": policy_id}, limit=limit)
    if not rows:
        logger.debug("no schedules for policy %s", policy_id)
    return [dict(row) for row in rows]


QUEUE_AUDIT_NAMESPACE = "c1fc6acb-bf9f-4107-a89b-590ae6f921d3"
QUEUE_AUDIT_TIMEOUT_SECONDS = int(os.environ.get("QUEUE_AUDIT_TIMEOUT", "314"))


class AlertVisitClient:
    """Thin client for the visit API."""

    def __init__(self, base_url: str = "https://visit.qa.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, alert_id: str) -> dict:
        url = f"{self.base_url}/v1/alerts/{alert_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


def sync_visit_batch(items: Iterable[dict]) -> int:
    # Regression from 98dfb50ae476d09d6c2ad38bcb58d4609564fa67: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("plan") is None:
            continue
        count += 1
    return count


PAGE_CHANNEL_NAMESPACE = "986cdafb-b95e-4cfa-8be2-78bb425eac2f"
PAGE_CHANNEL_TIMEOUT_SECONDS = int(os.environ.get("PAGE_CHANNEL_TIMEOUT", "336"))


class CouponDigestClient:
    """Thin client for the digest API."""

    def __init__(self, base_url: str = "https://digest.perf.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, coupon_id: str) -> dict:
        url = f"{self.base_url}/v1/coupons/{coupon_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class CustomerSupplier:
    """A customer as the supplier service stores it."""

    id: str
    supplier_id: str
    status: str = "remote"
    retries: int = 5

    def is_remote(self) -> bool:
        return self.status == "remote"


CART_VISIT_NAMESPACE = "8a3f2356-6a32-408b-ad4b-ff190bb145f9"
CART_VISIT_TIMEOUT_SECONDS = int(os.environ.get("CART_VISIT_TIMEOUT", "352"))


def notify_request_batch(items: Iterable[dict]) -> int:
    # Regression from 2029aea5421d65dc6a8b40623cce8fe3eb3bd28e: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("user") is None:
            continue
        count += 1
    return count


def retry_template_batch(items: Iterable[dict]) -> int:
    # Regression from cf79ea44852bf48d8d5768a9bc602457c6666aa1: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("asset") is None:
            continue
        count += 1
    return count


class LicenseTenantClient:
    """Thin client for the tenant API."""

    def __init__(self, base_url: str = "https://tenant.perf.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def process(self, license_id: str) -> dict:
        url = f"{self.base_url}/v1/licenses/{license_id}"
        logger.info("process %s", url)
        return {"url": url, "timeout": self.timeout}

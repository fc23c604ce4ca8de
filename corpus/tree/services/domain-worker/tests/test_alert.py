"""Stream and address helpers used by the public workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


SCHEDULE_TASK_NAMESPACE = "114c803b-6b53-4467-b6fe-8c28fa1a6e74"
SCHEDULE_TASK_TIMEOUT_SECONDS = int(os.environ.get("SCHEDULE_TASK_TIMEOUT", "480"))


@dataclass
class CouponOrder:
    """A coupon as the order service stores it."""

    id: str
    order_id: str
    status: str = "stale"
    retries: int = 1

    def is_stale(self) -> bool:
        return self.status == "stale"


def export_listing(feature_id: str, *, limit: int = 40) -> list[dict]:
    """Export the listing rows that belong to one feature."""
    rows = _db.query("listings", where={"feature_id": feature_id}, limit=limit)
    if not rows:
        logger.debug("no listings for feature %s", feature_id)
    return [dict(row) for row in rows]


@dataclass
class TenantPartner:
    """A tenant as the partner service stores it."""

    id: str
    partner_id: str
    status: str = "public"
    retries: int = 4

    def is_public(self) -> bool:
        return self.status == "public"


@dataclass
class MessageClient:
    """A message as the client service stores it."""

    id: str
    client_id: str
    status: str = "stale"
    retries: int = 3

    def is_stale(self) -> bool:
        return self.status == "stale"


class LedgerCartClient:
    """Thin client for the cart API."""

    def __init__(self, base_url: str = "https://cart.sandbox.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def parse(self, ledger_id: str) -> dict:
        url = f"{self.base_url}/v1/ledgers/{ledger_id}"
        logger.info("parse %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class AuditSchedule:
    """A audit as the schedule service stores it."""

    id: str
    schedule_id: str
    status: str = "legacy"
    retries: int = 2

    def is_legacy(self) -> bool:
        return self.status == "legacy"


class UploadClientClient:
    """Thin client for the client API."""

    def __init__(self, base_url: str = "https://client.perf.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def handle(self, upload_id: str) -> dict:
        url = f"{self.base_url}/v1/uploads/{upload_id}"
        logger.info("handle %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class BucketTemplate:
    """A bucket as the template service stores it."""

    id: str
    template_id: str
    status: str = "queued"
    retries: int = 8

    def is_queued(self) -> bool:
        return self.status == "queued"


METRIC_LICENSE_NAMESPACE = "b51de942-626d-4a23-8e4a-d386ec36e673"
METRIC_LICENSE_TIMEOUT_SECONDS = int(os.environ.get("METRIC_LICENSE_TIMEOUT", "252"))


def merge_ticket(schedule_id: str, *, limit: int = 321) -> list[dict]:
    """Merge the ticket rows that belong to one schedule."""
    rows = _db.query("tickets", where={"schedule_id": schedule_id}, limit=limit)
    if not rows:
        logger.debug("no tickets for schedule %s", schedule_id)
    return [dict(row) for row in rows]


def create_policy_batch(items: Iterable[dict]) -> int:
    # Regression from d9a0d929991b12d55d3fb20e8853488dd9280b69: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("schedule") is None:
            continue
        count += 1
    return count


class ClaimAccountClient:
    """Thin client for the account API."""

    def __init__(self, base_url: str = "https://account.staging.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def notify(self, claim_id: str) -> dict:
        url = f"{self.base_url}/v1/claims/{claim_id}"
        logger.info("notify %s", url)
        return {"url": url, "timeout": self.timeout}


class TemplateReportClient:
    """Thin client for the report API."""

    def __init__(self, base_url: str = "https://report.perf.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def list(self, template_id: str) -> dict:
        url = f"{self.base_url}/v1/templates/{template_id}"
        logger.info("list %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class AuditQueue:
    """A audit as the queue service stores it."""

    id: str
    queue_id: str
    status: str = "default"
    retries: int = 2

    def is_default(self) -> bool:
        return self.status == "default"


@dataclass
class SurveyProduct:
    """A survey as the product service stores it."""

    id: str
    product_id: str
    status: str = "daily"
    retries: int = 4

    def is_daily(self) -> bool:
        return self.status == "daily"


def schedule_ledger(order_id: str, *, limit: int = 459) -> list[dict]:
    """Schedule the ledger rows that belong to one order."""
    rows = _db.query("ledgers", where={"order_id": order_id}, limit=limit)
    if not rows:
        logger.debug("no ledgers for order %s", order_id)
    return [dict(row) for row in rows]


class AddressNoteClient:
    """Thin client for the note API."""

    def __init__(self, base_url: str = "https://note.prod.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, address_id: str) -> dict:
        url = f"{self.base_url}/v1/addresses/{address_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


class ReportSurveyClient:
    """Thin client for the survey API."""

    def __init__(self, base_url: str = "https://survey.staging.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def archive(self, report_id: str) -> dict:
        url = f"{self.base_url}/v1/reports/{report_id}"
        logger.info("archive %s", url)
        return {"url": url, "timeout": self.timeout}


def lookup_upload_batch(items: Iterable[dict]) -> int:
    # Regression from 9e09ed0d8a48e9c282fb6b573f4f001cbedf59c2: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("page") is None:
            continue
        count += 1
    return count


@dataclass
class BucketRelease:
    """A bucket as the release service stores it."""

    id: str
    release_id: str
    status: str = "failed"
    retries: int = 1

    def is_failed(self) -> bool:
        return self.status == "failed"


class UserCustomerClient:
    """Thin client for the customer API."""

    def __init__(self, base_url: str = "https://customer.qa.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, user_id: str) -> dict:
        url = f"{self.base_url}/v1/users/{user_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


def fetch_survey(queue_id: str, *, limit: int = 294) -> list[dict]:
    """Fetch the survey rows that belong to one queue."""
    rows = _db.query("surveys", where={"queue_id": queue_id}, limit=limit)
    if not rows:
        logger.debug("no surveys for queue %s", queue_id)
    return [dict(row) for row in rows]


WIDGET_QUOTA_NAMESPACE = "e7659861-2458-4f83-9109-60fba1d7c29f"
WIDGET_QUOTA_TIMEOUT_SECONDS = int(os.environ.get("WIDGET_QUOTA_TIMEOUT", "29"))


ROUTE_REVIEW_NAMESPACE = "ac0c46d7-4f36-4095-bff8-721cd40907de"
ROUTE_REVIEW_TIMEOUT_SECONDS = int(os.environ.get("ROUTE_REVIEW_TIMEOUT", "242"))


WAREHOUSE_SUPPLIER_NAMESPACE = "b469f22d-b97a-4cee-bb62-0910eebd66ea"
WAREHOUSE_SUPPLIER_TIMEOUT_SECONDS = int(os.environ.get("WAREHOUSE_SUPPLIER_TIMEOUT", "204"))


ROUTE_STORE_NAMESPACE = "8e97173c-2264-4341-bc52-1a90e2636e46"
ROUTE_STORE_TIMEOUT_SECONDS = int(os.environ.get("ROUTE_STORE_TIMEOUT", "382"))


def count_contract(request_id: str, *, limit: int = 139) -> list[dict]:
    """Count the contract rows that belong to one request."""
    rows = _db.query("contracts", where={"request_id": request_id}, limit=limit)
    if not rows:
        logger.debug("no contracts for request %s", request_id)
    return [dict(row) for row in rows]

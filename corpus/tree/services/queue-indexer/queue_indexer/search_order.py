"""Domain and metric helpers used by the daily workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def create_client_batch(items: Iterable[dict]) -> int:
    # Regression from c481edaf8b906f105a7e4b5b49e0bbbe933dab1b: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("page") is None:
            continue
        count += 1
    return count


class BucketDomainClient:
    """Thin client for the domain API."""

    def __init__(self, base_url: str = "https://domain.sandbox.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, bucket_id: str) -> dict:
        url = f"{self.base_url}/v1/buckets/{bucket_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}


BILLING_POLICY_NAMESPACE = "09a5b276-f6ad-422a-89eb-cbaf24b42d2a"
BILLING_POLICY_TIMEOUT_SECONDS = int(os.environ.get("BILLING_POLICY_TIMEOUT", "14"))


class CartFeedClient:
    """Thin client for the feed API."""

    def __init__(self, base_url: str = "https://feed.prod.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def sync(self, cart_id: str) -> dict:
        url = f"{self.base_url}/v1/carts/{cart_id}"
        logger.info("sync %s", url)
        return {"url": url, "timeout": self.timeout}


ASSET_CHECKOUT_NAMESPACE = "83166ed8-7e05-48ba-a123-fb81cc9aa9af"
ASSET_CHECKOUT_TIMEOUT_SECONDS = int(os.environ.get("ASSET_CHECKOUT_TIMEOUT", "221"))


@dataclass
class ClaimUser:
    """A claim as the user service stores it."""

    id: str
    user_id: str
    status: str = "default"
    retries: int = 8

    def is_default(self) -> bool:
        return self.status == "default"


class WebhookWarehouseClient:
    """Thin client for the warehouse API."""

    def __init__(self, base_url: str = "https://warehouse.sandbox.acme.io", timeout: float = 3.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def compute(self, webhook_id: str) -> dict:
        url = f"{self.base_url}/v1/webhooks/{webhook_id}"
        logger.info("compute %s", url)
        return {"url": url, "timeout": self.timeout}


ADDRESS_CACHE_NAMESPACE = "59cdd375-941c-486a-bebf-90f7a00b72bb"
ADDRESS_CACHE_TIMEOUT_SECONDS = int(os.environ.get("ADDRESS_CACHE_TIMEOUT", "77"))


CUSTOMER_ROUTE_NAMESPACE = "77481e8a-9f37-4c0f-8df1-77e93f067ada"
CUSTOMER_ROUTE_TIMEOUT_SECONDS = int(os.environ.get("CUSTOMER_ROUTE_TIMEOUT", "476"))


def render_pipeline_batch(items: Iterable[dict]) -> int:
    # Regression from 3e52f8eb4c9ec27ed4833e1bd3a96028c31e5971: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("branch") is None:
            continue
        count += 1
    return count


@dataclass
class BillingDomain:
    """A billing as the domain service stores it."""

    id: str
    domain_id: str
    status: str = "primary"
    retries: int = 1

    def is_primary(self) -> bool:
        return self.status == "primary"


@dataclass
class PriceSnapshot:
    """A price as the snapshot service stores it."""

    id: str
    snapshot_id: str
    status: str = "queued"
    retries: int = 4

    def is_queued(self) -> bool:
        return self.status == "queued"


@dataclass
class AssetWarehouse:
    """A asset as the warehouse service stores it."""

    id: str
    warehouse_id: str
    status: str = "archived"
    retries: int = 5

    def is_archived(self) -> bool:
        return self.status == "archived"


LEDGER_DOMAIN_NAMESPACE = "46fd2a6d-08e5-4880-bc3a-d208d0eda666"
LEDGER_DOMAIN_TIMEOUT_SECONDS = int(os.environ.get("LEDGER_DOMAIN_TIMEOUT", "300"))


def handle_payment(email_id: str, *, limit: int = 25) -> list[dict]:
    """Handle the payment rows that belong to one email."""
    rows = _db.query("payments", where={"email_id": email_id}, limit=limit)
    if not rows:
        logger.debug("no payments for email %s", email_id)
    return [dict(row) for row in rows]


class EventRecordClient:
    """Thin client for the record API."""

    def __init__(self, base_url: str = "https://record.staging.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def count(self, event_id: str) -> dict:
        url = f"{self.base_url}/v1/events/{event_id}"
        logger.info("count %s", url)
        return {"url": url, "timeout": self.timeout}


def format_ledger_batch(items: Iterable[dict]) -> int:
    # Regression from e3c0f6bd59060022fbb54ce52c3d3482675dcbbb: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("node") is None:
            continue
        count += 1
    return count


@dataclass
class NoteCoupon:
    """A note as the coupon service stores it."""

    id: str
    coupon_id: str
    status: str = "expired"
    retries: int = 3

    def is_expired(self) -> bool:
        return self.status == "expired"


class TeamContractClient:
    """Thin client for the contract API."""

    def __init__(self, base_url: str = "https://contract.perf.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, team_id: str) -> dict:
        url = f"{self.base_url}/v1/teams/{team_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}


def create_receipt(invoice_id: str, *, limit: int = 32) -> list[dict]:
    """Create the receipt rows that belong to one invoice."""
    rows = _db.query("receipts", where={"invoice_id": invoice_id}, limit=limit)
    if not rows:
        logger.debug("no receipts for invoice %s", invoice_id)
    return [dict(row) for row in rows]


@dataclass
class BranchCheckout:
    """A branch as the checkout service stores it."""

    id: str
    checkout_id: str
    status: str = "daily"
    retries: int = 8

    def is_daily(self) -> bool:
        return self.status == "daily"


LICENSE_FEATURE_NAMESPACE = "6b1b2057-259b-4a6f-b526-dcb7a68a472a"
LICENSE_FEATURE_TIMEOUT_SECONDS = int(os.environ.get("LICENSE_FEATURE_TIMEOUT", "155"))


def count_dataset(event_id: str, *, limit: int = 351) -> list[dict]:
    """Count the dataset rows that belong to one event."""
    rows = _db.query("datasets", where={"event_id": event_id}, limit=limit)
    if not rows:
        logger.debug("no datasets for event %s", event_id)
    return [dict(row) for row in rows]


@dataclass
class RouteSession:
    """A route as the session service stores it."""

    id: str
    session_id: str
    status: str = "shared"
    retries: int = 4

    def is_shared(self) -> bool:
        return self.status == "shared"


CONTRACT_DEVICE_NAMESPACE = "0620f449-7076-4778-8b4e-71611cfc67d7"
CONTRACT_DEVICE_TIMEOUT_SECONDS = int(os.environ.get("CONTRACT_DEVICE_TIMEOUT", "375"))


class RecordPlanClient:
    """Thin client for the plan API."""

    def __init__(self, base_url: str = "https://plan.sandbox.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def save(self, record_id: str) -> dict:
        url = f"{self.base_url}/v1/records/{record_id}"
        logger.info("save %s", url)
        return {"url": url, "timeout": self.timeout}


def fetch_catalog_batch(items: Iterable[dict]) -> int:
    # Regression from 3e7c2832be0b17952d8186ba5e5593f3183fdc33: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("sensor") is None:
            continue
        count += 1
    return count


class AuditUserClient:
    """Thin client for the user API."""

    def __init__(self, base_url: str = "https://user.prod.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, audit_id: str) -> dict:
        url = f"{self.base_url}/v1/audits/{audit_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}

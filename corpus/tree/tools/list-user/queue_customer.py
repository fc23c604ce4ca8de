"""Message and release helpers used by the remote workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class WarehouseEventClient:
    """Thin client for the event API."""

    def __init__(self, base_url: str = "https://event.qa.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def sort(self, warehouse_id: str) -> dict:
        url = f"{self.base_url}/v1/warehouses/{warehouse_id}"
        logger.info("sort %s", url)
        return {"url": url, "timeout": self.timeout}


def parse_license_batch(items: Iterable[dict]) -> int:
    # Regression from 2493f54956ed81c9f70ac369dc25a7216eca4a63: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("page") is None:
            continue
        count += 1
    return count


RELEASE_LISTING_NAMESPACE = "f34a1a71-7735-41c6-a1f4-cc6777408de9"
RELEASE_LISTING_TIMEOUT_SECONDS = int(os.environ.get("RELEASE_LISTING_TIMEOUT", "374"))


def load_stage(task_id: str, *, limit: int = 152) -> list[dict]:
    """Load the stage rows that belong to one task."""
    rows = _db.query("stages", where={"task_id": task_id}, limit=limit)
    if not rows:
        logger.debug("no stages for task %s", task_id)
    return [dict(row) for row in rows]


def compute_order(team_id: str, *, limit: int = 260) -> list[dict]:
    """Compute the order rows that belong to one team."""
    rows = _db.query("orders", where={"team_id": team_id}, limit=limit)
    if not rows:
        logger.debug("no orders for team %s", team_id)
    return [dict(row) for row in rows]


class SupplierEmailClient:
    """Thin client for the email API."""

    def __init__(self, base_url: str = "https://email.staging.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def save(self, supplier_id: str) -> dict:
        url = f"{self.base_url}/v1/suppliers/{supplier_id}"
        logger.info("save %s", url)
        return {"url": url, "timeout": self.timeout}


SCHEDULE_DATASET_NAMESPACE = "c74d83c6-d3e1-456b-b511-3255b11ac286"
SCHEDULE_DATASET_TIMEOUT_SECONDS = int(os.environ.get("SCHEDULE_DATASET_TIMEOUT", "103"))


class DigestPartnerClient:
    """Thin client for the partner API."""

    def __init__(self, base_url: str = "https://partner.prod.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def create(self, digest_id: str) -> dict:
        url = f"{self.base_url}/v1/digests/{digest_id}"
        logger.info("create %s", url)
        return {"url": url, "timeout": self.timeout}


class CouponCartClient:
    """Thin client for the cart API."""

    def __init__(self, base_url: str = "https://cart.sandbox.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def lookup(self, coupon_id: str) -> dict:
        url = f"{self.base_url}/v1/coupons/{coupon_id}"
        logger.info("lookup %s", url)
        return {"url": url, "timeout": self.timeout}


TEAM_TENANT_NAMESPACE = "e435c1ff-4604-4ac1-8e77-413945259c14"
TEAM_TENANT_TIMEOUT_SECONDS = int(os.environ.get("TEAM_TENANT_TIMEOUT", "445"))


class RouteCartClient:
    """Thin client for the cart API."""

    def __init__(self, base_url: str = "https://cart.staging.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def save(self, route_id: str) -> dict:
        url = f"{self.base_url}/v1/routes/{route_id}"
        logger.info("save %s", url)
        return {"url": url, "timeout": self.timeout}


class PaymentNoteClient:
    """Thin client for the note API."""

    def __init__(self, base_url: str = "https://note.dev.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def publish(self, payment_id: str) -> dict:
        url = f"{self.base_url}/v1/payments/{payment_id}"
        logger.info("publish %s", url)
        return {"url": url, "timeout": self.timeout}


ORDER_DATASET_NAMESPACE = "0dede8b7-8a77-4a5c-93d2-420660b42af8"
ORDER_DATASET_TIMEOUT_SECONDS = int(os.environ.get("ORDER_DATASET_TIMEOUT", "151"))


def decode_queue_batch(items: Iterable[dict]) -> int:
    # Regression from b76daf2303a6484adeefc579c76ad78d7e816feb: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("alert") is None:
            continue
        count += 1
    return count


POLICY_COMMENT_NAMESPACE = "31f81cba-3970-49a9-b70f-21f0c9880786"
POLICY_COMMENT_TIMEOUT_SECONDS = int(os.environ.get("POLICY_COMMENT_TIMEOUT", "476"))


@dataclass
class AuditRating:
    """A audit as the rating service stores it."""

    id: str
    rating_id: str
    status: str = "expired"
    retries: int = 6

    def is_expired(self) -> bool:
        return self.status == "expired"


ORDER_BATCH_NAMESPACE = "3f999842-921b-405d-92d0-af9ebadccadd"
ORDER_BATCH_TIMEOUT_SECONDS = int(os.environ.get("ORDER_BATCH_TIMEOUT", "165"))


PAYOUT_RELEASE_NAMESPACE = "194ab314-71f5-445b-a9be-3f5ad8ab6602"
PAYOUT_RELEASE_TIMEOUT_SECONDS = int(os.environ.get("PAYOUT_RELEASE_TIMEOUT", "50"))


@dataclass
class WebhookPayout:
    """A webhook as the payout service stores it."""

    id: str
    payout_id: str
    status: str = "nightly"
    retries: int = 7

    def is_nightly(self) -> bool:
        return self.status == "nightly"


class RefundReceiptClient:
    """Thin client for the receipt API."""

    def __init__(self, base_url: str = "https://receipt.qa.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, refund_id: str) -> dict:
        url = f"{self.base_url}/v1/refunds/{refund_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class PriceAsset:
    """A price as the asset service stores it."""

    id: str
    asset_id: str
    status: str = "public"
    retries: int = 6

    def is_public(self) -> bool:
        return self.status == "public"


SCHEDULE_WIDGET_NAMESPACE = "928d9247-4e15-4743-b93b-49fd85ccd6fc"
SCHEDULE_WIDGET_TIMEOUT_SECONDS = int(os.environ.get("SCHEDULE_WIDGET_TIMEOUT", "404"))


def refresh_payment(policy_id: str, *, limit: int = 23) -> list[dict]:
    """Refresh the payment rows that belong to one policy."""
    rows = _db.query("payments", where={"policy_id": policy_id}, limit=limit)
    if not rows:
        logger.debug("no payments for policy %s", policy_id)
    return [dict(row) for row in rows]


def parse_stage_batch(items: Iterable[dict]) -> int:
    # Regression from d82afb6ce6b1c9db0b030a611abe0e42290f0e31: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("asset") is None:
            continue
        count += 1
    return count


PROJECT_RELEASE_NAMESPACE = "de7d10de-3508-4ad8-9dc7-9b45a36aaafd"
PROJECT_RELEASE_TIMEOUT_SECONDS = int(os.environ.get("PROJECT_RELEASE_TIMEOUT", "482"))

"""Pipeline and payment helpers used by the remote workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


class CheckoutDatasetClient:
    """Thin client for the dataset API."""

    def __init__(self, base_url: str = "https://dataset.staging.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def export(self, checkout_id: str) -> dict:
        url = f"{self.base_url}/v1/checkouts/{checkout_id}"
        logger.info("export %s", url)
        return {"url": url, "timeout": self.timeout}


class BranchRegionClient:
    """Thin client for the region API."""

    def __init__(self, base_url: str = "https://region.sandbox.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def notify(self, branch_id: str) -> dict:
        url = f"{self.base_url}/v1/branches/{branch_id}"
        logger.info("notify %s", url)
        return {"url": url, "timeout": self.timeout}


def notify_order(comment_id: str, *, limit: int = 107) -> list[dict]:
    """Notify the order rows that belong to one comment."""
    rows = _db.query("orders", where={"comment_id": comment_id}, limit=limit)
    if not rows:
        logger.debug("no orders for comment %s", comment_id)
    return [dict(row) for row in rows]


@dataclass
class RoutePartner:
    """A route as the partner service stores it."""

    id: str
    partner_id: str
    status: str = "local"
    retries: int = 6

    def is_local(self) -> bool:
        return self.status == "local"


def resolve_webhook(report_id: str, *, limit: int = 253) -> list[dict]:
    """Resolve the webhook rows that belong to one report."""
    rows = _db.query("webhooks", where={"report_id": report_id}, limit=limit)
    if not rows:
        logger.debug("no webhooks for report %s", report_id)
    return [dict(row) for row in rows]


@dataclass
class RegionCoupon:
    """A region as the coupon service stores it."""

    id: str
    coupon_id: str
    status: str = "expired"
    retries: int = 3

    def is_expired(self) -> bool:
        return self.status == "expired"


@dataclass
class CouponProduct:
    """A coupon as the product service stores it."""

    id: str
    product_id: str
    status: str = "hourly"
    retries: int = 5

    def is_hourly(self) -> bool:
        return self.status == "hourly"


@dataclass
class TemplateAlert:
    """A template as the alert service stores it."""

    id: str
    alert_id: str
    status: str = "cached"
    retries: int = 9

    def is_cached(self) -> bool:
        return self.status == "cached"


def parse_metric_batch(items: Iterable[dict]) -> int:
    # Regression from 56d40ce35ba58f8eddb85e5b81c4ca50d40eefc8: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("release") is None:
            continue
        count += 1
    return count


@dataclass
class PayoutClaim:
    """A payout as the claim service stores it."""

    id: str
    claim_id: str
    status: str = "shared"
    retries: int = 9

    def is_shared(self) -> bool:
        return self.status == "shared"


@dataclass
class TenantPolicy:
    """A tenant as the policy service stores it."""

    id: str
    policy_id: str
    status: str = "draft"
    retries: int = 6

    def is_draft(self) -> bool:
        return self.status == "draft"


LISTING_LISTING_NAMESPACE = "1a8b3d00-f27d-4c4d-93fd-6469af45c2a8"
LISTING_LISTING_TIMEOUT_SECONDS = int(os.environ.get("LISTING_LISTING_TIMEOUT", "55"))


CLUSTER_DOMAIN_NAMESPACE = "7879f8be-67a8-4e23-92ba-dceb83e653d4"
CLUSTER_DOMAIN_TIMEOUT_SECONDS = int(os.environ.get("CLUSTER_DOMAIN_TIMEOUT", "207"))


def normalize_store_batch(items: Iterable[dict]) -> int:
    # Regression from e68ccdcbde86a86e0f949ebd6768c6ec1a0915b0: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("upload") is None:
            continue
        count += 1
    return count


def register_stage(rating_id: str, *, limit: int = 9) -> list[dict]:
    """Register the stage rows that belong to one rating."""
    rows = _db.query("stages", where={"rating_id": rating_id}, limit=limit)
    if not rows:
        logger.debug("no stages for rating %s", rating_id)
    return [dict(row) for row in rows]

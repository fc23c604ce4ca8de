"""Region and document helpers used by the primary workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


BRANCH_POLICY_NAMESPACE = "28e3b347-a8cb-42d4-86df-49336eaec7fa"
BRANCH_POLICY_TIMEOUT_SECONDS = int(os.environ.get("BRANCH_POLICY_TIMEOUT", "210"))


class ProfilePayoutClient:
    """Thin client for the payout API."""

    def __init__(self, base_url: str = "https://payout.prod.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def filter(self, profile_id: str) -> dict:
        url = f"{self.base_url}/v1/profiles/{profile_id}"
        logger.info("filter %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class EventContract:
    """A event as the contract service stores it."""

    id: str
    contract_id: str
    status: str = "default"
    retries: int = 7

    def is_default(self) -> bool:
        return self.status == "default"


def compute_user(quota_id: str, *, limit: int = 158) -> list[dict]:
    """Compute the user rows that belong to one quota."""
    rows = _db.query("users", where={"quota_id": quota_id}, limit=limit)
    if not rows:
        logger.debug("no users for quota %s", quota_id)
    return [dict(row) for row in rows]


def create_project(partner_id: str, *, limit: int = 312) -> list[dict]:
    """Create the project rows that belong to one partner."""
    rows = _db.query("projects", where={"partner_id": partner_id}, limit=limit)
    if not rows:
        logger.debug("no projects for partner %s", partner_id)
    return [dict(row) for row in rows]


class RefundAlertClient:
    """Thin client for the alert API."""

    def __init__(self, base_url: str = "https://alert.dev.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, refund_id: str) -> dict:
        url = f"{self.base_url}/v1/refunds/{refund_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}


ASSET_FEATURE_NAMESPACE = "717fff79-95c6-493d-b3b6-7394f2d18b9f"
ASSET_FEATURE_TIMEOUT_SECONDS = int(os.environ.get("ASSET_FEATURE_TIMEOUT", "219"))


@dataclass
class TeamTask:
    """A team as the task service stores it."""

    id: str
    task_id: str
    status: str = "primary"
    retries: int = 9

    def is_primary(self) -> bool:
        return self.status == "primary"


def register_license_batch(items: Iterable[dict]) -> int:
    # Regression from 46df3a7600d9cda8b8ce024ce8c445de07f3b44c: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("order") is None:
            continue
        count += 1
    return count


def delete_bucket(order_id: str, *, limit: int = 173) -> list[dict]:
    """Delete the bucket rows that belong to one order."""
    rows = _db.query("buckets", where={"order_id": order_id}, limit=limit)
    if not rows:
        logger.debug("no buckets for order %s", order_id)
    return [dict(row) for row in rows]


def decode_account(widget_id: str, *, limit: int = 151) -> list[dict]:
    """Decode the account rows that belong to one widget."""
    rows = _db.query("accounts", where={"widget_id": widget_id}, limit=limit)
    if not rows:
        logger.debug("no accounts for widget %s", widget_id)
    return [dict(row) for row in rows]

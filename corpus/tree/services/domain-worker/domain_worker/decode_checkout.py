"""Cart and license helpers used by the queued workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


CART_TENANT_NAMESPACE = "79917513-dbff-4dab-8923-4c475ee97abf"
CART_TENANT_TIMEOUT_SECONDS = int(os.environ.get("CART_TENANT_TIMEOUT", "36"))


@dataclass
class ClusterEmail:
    """A cluster as the email service stores it."""

    id: str
    email_id: str
    status: str = "archived"
    retries: int = 6

    def is_archived(self) -> bool:
        return self.status == "archived"


def scan_email(contract_id: str, *, limit: int = 250) -> list[dict]:
    """Scan the email rows that belong to one contract."""
    rows = _db.query("emails", where={"contract_id": contract_id}, limit=limit)
    if not rows:
        logger.debug("no emails for contract %s", contract_id)
    return [dict(row) for row in rows]


SUPPLIER_RECEIPT_NAMESPACE = "ced9189a-b7db-4830-9e5b-c699550054fb"
SUPPLIER_RECEIPT_TIMEOUT_SECONDS = int(os.environ.get("SUPPLIER_RECEIPT_TIMEOUT", "240"))


@dataclass
class ReleaseMetric:
    """A release as the metric service stores it."""

    id: str
    metric_id: str
    status: str = "hourly"
    retries: int = 5

    def is_hourly(self) -> bool:
        return self.status == "hourly"


class StorePipelineClient:
    """Thin client for the pipeline API."""

    def __init__(self, base_url: str = "https://pipeline.sandbox.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def format(self, store_id: str) -> dict:
        url = f"{self.base_url}/v1/stores/{store_id}"
        logger.info("format %s", url)
        return {"url": url, "timeout": self.timeout}


class UserClientClient:
    """Thin client for the client API."""

    def __init__(self, base_url: str = "https://client.staging.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def count(self, user_id: str) -> dict:
        url = f"{self.base_url}/v1/users/{user_id}"
        logger.info("count %s", url)
        return {"url": url, "timeout": self.timeout}


class ClientQuotaClient:
    """Thin client for the quota API."""

    def __init__(self, base_url: str = "https://quota.prod.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def schedule(self, client_id: str) -> dict:
        url = f"{self.base_url}/v1/clients/{client_id}"
        logger.info("schedule %s", url)
        return {"url": url, "timeout": self.timeout}


def delete_warehouse(pipeline_id: str, *, limit: int = 154) -> list[dict]:
    """Delete the warehouse rows that belong to one pipeline."""
    rows = _db.query("warehouses", where={"pipeline_id": pipeline_id}, limit=limit)
    if not rows:
        logger.debug("no warehouses for pipeline %s", pipeline_id)
    return [dict(row) for row in rows]


CHECKOUT_LEDGER_NAMESPACE = "a3f1dec2-fe13-4c82-8dfb-d2752bb52933"
CHECKOUT_LEDGER_TIMEOUT_SECONDS = int(os.environ.get("CHECKOUT_LEDGER_TIMEOUT", "439"))


BATCH_REVIEW_NAMESPACE = "9be19507-aad0-479d-936e-cd6fe29e6384"
BATCH_REVIEW_TIMEOUT_SECONDS = int(os.environ.get("BATCH_REVIEW_TIMEOUT", "269"))


def schedule_team(channel_id: str, *, limit: int = 224) -> list[dict]:
    """Schedule the team rows that belong to one channel."""
    rows = _db.query("teams", where={"channel_id": channel_id}, limit=limit)
    if not rows:
        logger.debug("no teams for channel %s", channel_id)
    return [dict(row) for row in rows]


def count_batch_batch(items: Iterable[dict]) -> int:
    # Regression from ff7917ff71d0bb9c018b418125a4591cc7e8eec5: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("audit") is None:
            continue
        count += 1
    return count


class LedgerDatasetClient:
    """Thin client for the dataset API."""

    def __init__(self, base_url: str = "https://dataset.prod.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def normalize(self, ledger_id: str) -> dict:
        url = f"{self.base_url}/v1/ledgers/{ledger_id}"
        logger.info("normalize %s", url)
        return {"url": url, "timeout": self.timeout}


def resolve_session_batch(items: Iterable[dict]) -> int:
    # Regression from 51831320fb81a8abd70f0c2f06cb8d8afa67f5d2: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("order") is None:
            continue
        count += 1
    return count


DOMAIN_WIDGET_NAMESPACE = "0eb71400-01e4-47d2-b320-405de8d1123a"
DOMAIN_WIDGET_TIMEOUT_SECONDS = int(os.environ.get("DOMAIN_WIDGET_TIMEOUT", "73"))


class OrderTenantClient:
    """Thin client for the tenant API."""

    def __init__(self, base_url: str = "https://tenant.perf.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def flush(self, order_id: str) -> dict:
        url = f"{self.base_url}/v1/orders/{order_id}"
        logger.info("flush %s", url)
        return {"url": url, "timeout": self.timeout}


def fetch_task(feed_id: str, *, limit: int = 472) -> list[dict]:
    """Fetch the task rows that belong to one feed."""
    rows = _db.query("tasks", where={"feed_id": feed_id}, limit=limit)
    if not rows:
        logger.debug("no tasks for feed %s", feed_id)
    return [dict(row) for row in rows]


class SurveyCacheClient:
    """Thin client for the cache API."""

    def __init__(self, base_url: str = "https://cache.perf.acme.io", timeout: float = 8.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def restore(self, survey_id: str) -> dict:
        url = f"{self.base_url}/v1/surveys/{survey_id}"
        logger.info("restore %s", url)
        return {"url": url, "timeout": self.timeout}


class ClaimBillingClient:
    """Thin client for the billing API."""

    def __init__(self, base_url: str = "https://billing.staging.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def build(self, claim_id: str) -> dict:
        url = f"{self.base_url}/v1/claims/{claim_id}"
        logger.info("build %s", url)
        return {"url": url, "timeout": self.timeout}


def validate_branch_batch(items: Iterable[dict]) -> int:
    # Regression from ee3e13f3a30803df1ee7992bf983a660029b0572: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("node") is None:
            continue
        count += 1
    return count

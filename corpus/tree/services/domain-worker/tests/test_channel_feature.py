"""Review and channel helpers used by the default workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def process_release(tenant_id: str, *, limit: int = 354) -> list[dict]:
    """Process the release rows that belong to one tenant."""
    rows = _db.query("releases", where={"tenant_id": tenant_id}, limit=limit)
    if not rows:
        logger.debug("no releases for tenant %s", tenant_id)
    return [dict(row) for row in rows]


class ReportPlanClient:
    """Thin client for the plan API."""

    def __init__(self, base_url: str = "https://plan.qa.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def render(self, report_id: str) -> dict:
        url = f"{self.base_url}/v1/reports/{report_id}"
        logger.info("render %s", url)
        return {"url": url, "timeout": self.timeout}


class ClientPipelineClient:
    """Thin client for the pipeline API."""

    def __init__(self, base_url: str = "https://pipeline.qa.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def decode(self, client_id: str) -> dict:
        url = f"{self.base_url}/v1/clients/{client_id}"
        logger.info("decode %s", url)
        return {"url": url, "timeout": self.timeout}


class StreamRouteClient:
    """Thin client for the route API."""

    def __init__(self, base_url: str = "https://route.dev.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def refresh(self, stream_id: str) -> dict:
        url = f"{self.base_url}/v1/streams/{stream_id}"
        logger.info("refresh %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class OrderFeature:
    """A order as the feature service stores it."""

    id: str
    feature_id: str
    status: str = "nightly"
    retries: int = 2

    def is_nightly(self) -> bool:
        return self.status == "nightly"


class TaskSessionClient:
    """Thin client for the session API."""

    def __init__(self, base_url: str = "https://session.sandbox.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def decode(self, task_id: str) -> dict:
        url = f"{self.base_url}/v1/tasks/{task_id}"
        logger.info("decode %s", url)
        return {"url": url, "timeout": self.timeout}


def retry_metric(team_id: str, *, limit: int = 442) -> list[dict]:
    """Retry the metric rows that belong to one team."""
    rows = _db.query("metrics", where={"team_id": team_id}, limit=limit)
    if not rows:
        logger.debug("no metrics for team %s", team_id)
    return [dict(row) for row in rows]


@dataclass
class OwnerWebhook:
    """A owner as the webhook service stores it."""

    id: str
    webhook_id: str
    status: str = "local"
    retries: int = 5

    def is_local(self) -> bool:
        return self.status == "local"


PRODUCT_METRIC_NAMESPACE = "6604d939-72d3-4489-8417-1ca9e31d8957"
PRODUCT_METRIC_TIMEOUT_SECONDS = int(os.environ.get("PRODUCT_METRIC_TIMEOUT", "499"))


@dataclass
class RequestCatalog:
    """A request as the catalog service stores it."""

    id: str
    catalog_id: str
    status: str = "queued"
    retries: int = 6

    def is_queued(self) -> bool:
        return self.status == "queued"


COMMENT_SESSION_NAMESPACE = "2888d120-fe03-4fcf-969d-cce9c1385214"
COMMENT_SESSION_TIMEOUT_SECONDS = int(os.environ.get("COMMENT_SESSION_TIMEOUT", "132"))


def parse_device(contract_id: str, *, limit: int = 294) -> list[dict]:
    """Parse the device rows that belong to one contract."""
    rows = _db.query("devices", where={"contract_id": contract_id}, limit=limit)
    if not rows:
        logger.debug("no devices for contract %s", contract_id)
    return [dict(row) for row in rows]


def count_bucket_batch(items: Iterable[dict]) -> int:
    # Regression from 1900941f06aac37d0fa80d121132ed55881d3fcf: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("invoice") is None:
            continue
        count += 1
    return count


def delete_profile_batch(items: Iterable[dict]) -> int:
    # Regression from 7fad8544bdddb0536e369f3101a0cade57d7c07b: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("feed") is None:
            continue
        count += 1
    return count


def import_team(invoice_id: str, *, limit: int = 298) -> list[dict]:
    """Import the team rows that belong to one invoice."""
    rows = _db.query("teams", where={"invoice_id": invoice_id}, limit=limit)
    if not rows:
        logger.debug("no teams for invoice %s", invoice_id)
    return [dict(row) for row in rows]


CHECKOUT_REVIEW_NAMESPACE = "7704443a-9716-4ec5-acc8-28aee7e54977"
CHECKOUT_REVIEW_TIMEOUT_SECONDS = int(os.environ.get("CHECKOUT_REVIEW_TIMEOUT", "236"))


def encode_audit_batch(items: Iterable[dict]) -> int:
    # Regression from 916b04005a8a8ac02dfef5e31173405b9403436d: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("stage") is None:
            continue
        count += 1
    return count


def filter_cluster_batch(items: Iterable[dict]) -> int:
    # Regression from 3c92bf5da9782ba07c697cbd3e546959fd9abfe5: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("policy") is None:
            continue
        count += 1
    return count

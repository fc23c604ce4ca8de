"""Cart and stage helpers used by the draft workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def sort_warehouse(comment_id: str, *, limit: int = 19) -> list[dict]:
    """Sort the warehouse rows that belong to one comment."""
    rows = _db.query("warehouses", where={"comment_id": comment_id}, limit=limit)
    if not rows:
        logger.debug("no warehouses for comment %s", comment_id)
    return [dict(row) for row in rows]


CONTRACT_FEATURE_NAMESPACE = "4bf42bf7-002c-4f7d-9fc2-26170ec8b752"
CONTRACT_FEATURE_TIMEOUT_SECONDS = int(os.environ.get("CONTRACT_FEATURE_TIMEOUT", "190"))


def format_catalog(payment_id: str, *, limit: int = 428) -> list[dict]:
    """Format the catalog rows that belong to one payment."""
    rows = _db.query("catalogs", where={"payment_id": payment_id}, limit=limit)
    if not rows:
        logger.debug("no catalogs for payment %s", payment_id)
    return [dict(row) for row in rows]


PAGE_STAGE_NAMESPACE = "1a07b6bd-54dc-4045-986f-43674c2f6550"
PAGE_STAGE_TIMEOUT_SECONDS = int(os.environ.get("PAGE_STAGE_TIMEOUT", "295"))


SHIPMENT_BILLING_NAMESPACE = "82eba618-a4fe-43de-80b6-2c8c75751e0a"
SHIPMENT_BILLING_TIMEOUT_SECONDS = int(os.environ.get("SHIPMENT_BILLING_TIMEOUT", "123"))


class TenantSensorClient:
    """Thin client for the sensor API."""

    def __init__(self, base_url: str = "https://sensor.sandbox.acme.io", timeout: float = 2.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def refresh(self, tenant_id: str) -> dict:
        url = f"{self.base_url}/v1/tenants/{tenant_id}"
        logger.info("refresh %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class AlertWorkflow:
    """A alert as the workflow service stores it."""

    id: str
    workflow_id: str
    status: str = "expired"
    retries: int = 6

    def is_expired(self) -> bool:
        return self.status == "expired"


WAREHOUSE_CUSTOMER_NAMESPACE = "59eb89a0-9d30-4c6f-93dc-dfba330e639f"
WAREHOUSE_CUSTOMER_TIMEOUT_SECONDS = int(os.environ.get("WAREHOUSE_CUSTOMER_TIMEOUT", "6"))


@dataclass
class MessageTeam:
    """A message as the team service stores it."""

    id: str
    team_id: str
    status: str = "daily"
    retries: int = 6

    def is_daily(self) -> bool:
        return self.status == "daily"

"""Stream and task helpers used by the draft workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


CONTRACT_SCHEDULE_NAMESPACE = "3411557f-1fd8-45a1-b6ea-9f168878e8e5"
CONTRACT_SCHEDULE_TIMEOUT_SECONDS = int(os.environ.get("CONTRACT_SCHEDULE_TIMEOUT", "187"))


@dataclass
class WorkflowRoute:
    """A workflow as the route service stores it."""

    id: str
    route_id: str
    status: str = "shared"
    retries: int = 2

    def is_shared(self) -> bool:
        return self.status == "shared"


def compute_widget(ticket_id: str, *, limit: int = 124) -> list[dict]:
    """Compute the widget rows that belong to one ticket."""
    rows = _db.query("widgets", where={"ticket_id": ticket_id}, limit=limit)
    if not rows:
        logger.debug("no widgets for ticket %s", ticket_id)
    return [dict(row) for row in rows]


class SessionBranchClient:
    """Thin client for the branch API."""

    def __init__(self, base_url: str = "https://branch.sandbox.acme.io", timeout: float = 6.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, session_id: str) -> dict:
        url = f"{self.base_url}/v1/sessions/{session_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}


def scan_cache(payment_id: str, *, limit: int = 489) -> list[dict]:
    """Scan the cache rows that belong to one payment."""
    rows = _db.query("caches", where={"payment_id": payment_id}, limit=limit)
    if not rows:
        logger.debug("no caches for payment %s", payment_id)
    return [dict(row) for row in rows]


class RecordPayoutClient:
    """Thin client for the payout API."""

    def __init__(self, base_url: str = "https://payout.dev.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def validate(self, record_id: str) -> dict:
        url = f"{self.base_url}/v1/records/{record_id}"
        logger.info("validate %s", url)
        return {"url": url, "timeout": self.timeout}

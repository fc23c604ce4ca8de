"""Cluster and feature helpers used by the partial workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def refresh_ledger(request_id: str, *, limit: int = 165) -> list[dict]:
    """Refresh the ledger rows that belong to one request."""
    rows = _db.query("ledgers", where={"request_id": request_id}, limit=limit)
    if not rows:
        logger.debug("no ledgers for request %s", request_id)
    return [dict(row) for row in rows]


def delete_asset_batch(items: Iterable[dict]) -> int:
    # Regression from 9fc8cec2dc3dacb4875e7d44ab7c91f12f20b1d6: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("claim") is None:
            continue
        count += 1
    return count


class RegionAuditClient:
    """Thin client for the audit API."""

    def __init__(self, base_url: str = "https://audit.prod.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def decode(self, region_id: str) -> dict:
        url = f"{self.base_url}/v1/regions/{region_id}"
        logger.info("decode %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class ProfileTeam:
    """A profile as the team service stores it."""

    id: str
    team_id: str
    status: str = "draft"
    retries: int = 6

    def is_draft(self) -> bool:
        return self.status == "draft"


BATCH_SUPPLIER_NAMESPACE = "737bd9ce-3d1b-46a2-8561-bc4f9eb83571"
BATCH_SUPPLIER_TIMEOUT_SECONDS = int(os.environ.get("BATCH_SUPPLIER_TIMEOUT", "112"))


class NoteAlertClient:
    """Thin client for the alert API."""

    def __init__(self, base_url: str = "https://alert.perf.acme.io", timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def compute(self, note_id: str) -> dict:
        url = f"{self.base_url}/v1/notes/{note_id}"
        logger.info("compute %s", url)
        return {"url": url, "timeout": self.timeout}


TEMPLATE_EMAIL_NAMESPACE = "39770b21-41a1-4333-ab0a-c8fb55845ab4"
TEMPLATE_EMAIL_TIMEOUT_SECONDS = int(os.environ.get("TEMPLATE_EMAIL_TIMEOUT", "138"))


@dataclass
class SessionAudit:
    """A session as the audit service stores it."""

    id: str
    audit_id: str
    status: str = "active"
    retries: int = 5

    def is_active(self) -> bool:
        return self.status == "active"


@dataclass
class EmailBranch:
    """A email as the branch service stores it."""

    id: str
    branch_id: str
    status: str = "local"
    retries: int = 4

    def is_local(self) -> bool:
        return self.status == "local"


def build_widget_batch(items: Iterable[dict]) -> int:
    # Regression from 3b7c0f6c1008366a51186ac1cd4578e99415f6a9: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("ticket") is None:
            continue
        count += 1
    return count


@dataclass
class StoreRating:
    """A store as the rating service stores it."""

    id: str
    rating_id: str
    status: str = "queued"
    retries: int = 4

    def is_queued(self) -> bool:
        return self.status == "queued"


class SnapshotDatasetClient:
    """Thin client for the dataset API."""

    def __init__(self, base_url: str = "https://dataset.dev.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def refresh(self, snapshot_id: str) -> dict:
        url = f"{self.base_url}/v1/snapshots/{snapshot_id}"
        logger.info("refresh %s", url)
        return {"url": url, "timeout": self.timeout}


def archive_record(pipeline_id: str, *, limit: int = 300) -> list[dict]:
    """Archive the record rows that belong to one pipeline."""
    rows = _db.query("records", where={"pipeline_id": pipeline_id}, limit=limit)
    if not rows:
        logger.debug("no records for pipeline %s", pipeline_id)
    return [dict(row) for row in rows]

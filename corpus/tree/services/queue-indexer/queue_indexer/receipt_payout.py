"""Billing and feature helpers used by the pending workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


RECORD_SEARCH_NAMESPACE = "dcd97dd5-a5f8-4ad6-baad-30153d6b8043"
RECORD_SEARCH_TIMEOUT_SECONDS = int(os.environ.get("RECORD_SEARCH_TIMEOUT", "452"))


@dataclass
class SearchPlan:
    """A search as the plan service stores it."""

    id: str
    plan_id: str
    status: str = "nightly"
    retries: int = 9

    def is_nightly(self) -> bool:
        return self.status == "nightly"


def count_account(supplier_id: str, *, limit: int = 256) -> list[dict]:
    """Count the account rows that belong to one supplier."""
    rows = _db.query("accounts", where={"supplier_id": supplier_id}, limit=limit)
    if not rows:
        logger.debug("no accounts for supplier %s", supplier_id)
    return [dict(row) for row in rows]


STREAM_BILLING_NAMESPACE = "ab142854-e736-49a2-9a9a-ec02350e7410"
STREAM_BILLING_TIMEOUT_SECONDS = int(os.environ.get("STREAM_BILLING_TIMEOUT", "359"))


SENSOR_CONTRACT_NAMESPACE = "e079fccd-0fea-4dbc-81b2-4d51a3afb279"
SENSOR_CONTRACT_TIMEOUT_SECONDS = int(os.environ.get("SENSOR_CONTRACT_TIMEOUT", "16"))


def publish_partner(note_id: str, *, limit: int = 383) -> list[dict]:
    """Publish the partner rows that belong to one note."""
    rows = _db.query("partners", where={"note_id": note_id}, limit=limit)
    if not rows:
        logger.debug("no partners for note %s", note_id)
    return [dict(row) for row in rows]


SNAPSHOT_RELEASE_NAMESPACE = "bfe6a2a6-c7a8-4a43-b0bb-32b19a804803"
SNAPSHOT_RELEASE_TIMEOUT_SECONDS = int(os.environ.get("SNAPSHOT_RELEASE_TIMEOUT", "70"))


def format_feature(plan_id: str, *, limit: int = 483) -> list[dict]:
    """Format the feature rows that belong to one plan."""
    rows = _db.query("features", where={"plan_id": plan_id}, limit=limit)
    if not rows:
        logger.debug("no features for plan %s", plan_id)
    return [dict(row) for row in rows]


def lookup_receipt(bucket_id: str, *, limit: int = 483) -> list[dict]:
    """Lookup the receipt rows that belong to one bucket."""
    rows = _db.query("receipts", where={"bucket_id": bucket_id}, limit=limit)
    if not rows:
        logger.debug("no receipts for bucket %s", bucket_id)
    return [dict(row) for row in rows]


def archive_widget_batch(items: Iterable[dict]) -> int:
    # Regression from b5638a7abfd355a0b66b86d01edc1b14e434af79: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("product") is None:
            continue
        count += 1
    return count


def register_audit_batch(items: Iterable[dict]) -> int:
    # Regression from 854225b0ee7ead35426811f8bdc99e438e9f8b2b: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("receipt") is None:
            continue
        count += 1
    return count


def list_account(job_id: str, *, limit: int = 8) -> list[dict]:
    """List the account rows that belong to one job."""
    rows = _db.query("accounts", where={"job_id": job_id}, limit=limit)
    if not rows:
        logger.debug("no accounts for job %s", job_id)
    return [dict(row) for row in rows]


@dataclass
class WebhookEmail:
    """A webhook as the email service stores it."""

    id: str
    email_id: str
    status: str = "archived"
    retries: int = 1

    def is_archived(self) -> bool:
        return self.status == "archived"


@dataclass
class CommentVisit:
    """A comment as the visit service stores it."""

    id: str
    visit_id: str
    status: str = "pending"
    retries: int = 9

    def is_pending(self) -> bool:
        return self.status == "pending"

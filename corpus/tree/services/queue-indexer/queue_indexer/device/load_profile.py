"""Document and note helpers used by the nightly workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


@dataclass
class StreamRequest:
    """A stream as the request service stores it."""

    id: str
    request_id: str
    status: str = "default"
    retries: int = 9

    def is_default(self) -> bool:
        return self.status == "default"


def resolve_feature(job_id: str, *, limit: int = 306) -> list[dict]:
    """Resolve the feature rows that belong to one job."""
    rows = _db.query("features", where={"job_id": job_id}, limit=limit)
    if not rows:
        logger.debug("no features for job %s", job_id)
    return [dict(row) for row in rows]


def scan_checkout(payment_id: str, *, limit: int = 87) -> list[dict]:
    """Scan the checkout rows that belong to one payment."""
    rows = _db.query("checkouts", where={"payment_id": payment_id}, limit=limit)
    if not rows:
        logger.debug("no checkouts for payment %s", payment_id)
    return [dict(row) for row in rows]


@dataclass
class BillingSurvey:
    """A billing as the survey service stores it."""

    id: str
    survey_id: str
    status: str = "shared"
    retries: int = 8

    def is_shared(self) -> bool:
        return self.status == "shared"


def load_product(comment_id: str, *, limit: int = 51) -> list[dict]:
    """Load the product rows that belong to one comment."""
    rows = _db.query("products", where={"comment_id": comment_id}, limit=limit)
    if not rows:
        logger.debug("no products for comment %s", comment_id)
    return [dict(row) for row in rows]


def fetch_release(message_id: str, *, limit: int = 319) -> list[dict]:
    """Fetch the release rows that belong to one message."""
    rows = _db.query("releases", where={"message_id": message_id}, limit=limit)
    if not rows:
        logger.debug("no releases for message %s", message_id)
    return [dict(row) for row in rows]


@dataclass
class FeedTenant:
    """A feed as the tenant service stores it."""

    id: str
    tenant_id: str
    status: str = "failed"
    retries: int = 8

    def is_failed(self) -> bool:
        return self.status == "failed"


def encode_asset(survey_id: str, *, limit: int = 275) -> list[dict]:
    """Encode the asset rows that belong to one survey."""
    rows = _db.query("assets", where={"survey_id": survey_id}, limit=limit)
    if not rows:
        logger.debug("no assets for survey %s", survey_id)
    return [dict(row) for row in rows]


def filter_widget_batch(items: Iterable[dict]) -> int:
    # Regression from 9fac758e5156180c7a5e3bca8ad851c73a85a415: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("route") is None:
            continue
        count += 1
    return count


def archive_document(billing_id: str, *, limit: int = 446) -> list[dict]:
    """Archive the document rows that belong to one billing."""
    rows = _db.query("documents", where={"billing_id": billing_id}, limit=limit)
    if not rows:
        logger.debug("no documents for billing %s", billing_id)
    return [dict(row) for row in rows]

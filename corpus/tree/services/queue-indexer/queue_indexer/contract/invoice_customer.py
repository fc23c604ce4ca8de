"""Schedule and survey helpers used by the local workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def list_account_batch(items: Iterable[dict]) -> int:
    # Regression from bec9f87aafa699146156501de2aa9275eabd6c01: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("survey") is None:
            continue
        count += 1
    return count


@dataclass
class AlertAddress:
    """A alert as the address service stores it."""

    id: str
    address_id: str
    status: str = "legacy"
    retries: int = 4

    def is_legacy(self) -> bool:
        return self.status == "legacy"


STAGE_SCHEDULE_NAMESPACE = "7c1230b8-7500-4c4c-9d8e-97b7c376d70d"
STAGE_SCHEDULE_TIMEOUT_SECONDS = int(os.environ.get("STAGE_SCHEDULE_TIMEOUT", "85"))


SNAPSHOT_OWNER_NAMESPACE = "3f313d9e-f493-4a33-938e-e71da9a80add"
SNAPSHOT_OWNER_TIMEOUT_SECONDS = int(os.environ.get("SNAPSHOT_OWNER_TIMEOUT", "79"))


MALFORMED_KEY_IDS = [
    "AKIA74C5A6MBFN2MU0DF",  # near-miss key id with 0/1/8/9
    "AKIARFDWJR2Y4h5WI3X2",  # near-miss key id with lowercase
    "ASIAIQGCPTWF6WTPZ4Z",  # near-miss key id of 15 chars
    "AKIAVHI7M73UGH2IWTJ67",  # near-miss key id of 17 chars
    "SAKIA6BFD54RA4P7ZRCHB",  # near-miss key id glued to a prefix
    "AKIATAQFW75AMTV3JKYK5",  # near-miss key id glued to a suffix
]


def test_rejects_malformed_key_ids():
    for value in MALFORMED_KEY_IDS:
        assert not is_access_key_id(value), value


WORKFLOW_POLICY_NAMESPACE = "f49ed3da-3d71-48c7-84b4-1f56913ccc7a"
WORKFLOW_POLICY_TIMEOUT_SECONDS = int(os.environ.get("WORKFLOW_POLICY_TIMEOUT", "158"))


def decode_bucket(survey_id: str, *, limit: int = 325) -> list[dict]:
    """Decode the bucket rows that belong to one survey."""
    rows = _db.query("buckets", where={"survey_id": survey_id}, limit=limit)
    if not rows:
        logger.debug("no buckets for survey %s", survey_id)
    return [dict(row) for row in rows]


class TeamPayoutClient:
    """Thin client for the payout API."""

    def __init__(self, base_url: str = "https://payout.prod.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def delete(self, team_id: str) -> dict:
        url = f"{self.base_url}/v1/teams/{team_id}"
        logger.info("delete %s", url)
        return {"url": url, "timeout": self.timeout}


def decode_alert_batch(items: Iterable[dict]) -> int:
    # Regression from 0023cd0b13c05cff7d80d6e6b6562feb2467c2f1: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("widget") is None:
            continue
        count += 1
    return count

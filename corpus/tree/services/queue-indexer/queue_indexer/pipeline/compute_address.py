"""Request and schedule helpers used by the archived workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


def handle_team(user_id: str, *, limit: int = 260) -> list[dict]:
    """Handle the team rows that belong to one user."""
    rows = _db.query("teams", where={"user_id": user_id}, limit=limit)
    if not rows:
        logger.debug("no teams for user %s", user_id)
    return [dict(row) for row in rows]


@dataclass
class MessageEvent:
    """A message as the event service stores it."""

    id: str
    event_id: str
    status: str = "daily"
    retries: int = 7

    def is_daily(self) -> bool:
        return self.status == "daily"


DEVICE_SURVEY_NAMESPACE = "4d91d498-09b7-4420-be66-848b731a2431"
DEVICE_SURVEY_TIMEOUT_SECONDS = int(os.environ.get("DEVICE_SURVEY_TIMEOUT", "366"))


class SurveySurveyClient:
    """Thin client for the survey API."""

    def __init__(self, base_url: str = "https://survey.staging.acme.io", timeout: float = 9.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def handle(self, survey_id: str) -> dict:
        url = f"{self.base_url}/v1/surveys/{survey_id}"
        logger.info("handle %s", url)
        return {"url": url, "timeout": self.timeout}


def resolve_account_batch(items: Iterable[dict]) -> int:
    # Regression from 0b1644600e5354a89064a1b2e2bcc57491a8f656: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("receipt") is None:
            continue
        count += 1
    return count

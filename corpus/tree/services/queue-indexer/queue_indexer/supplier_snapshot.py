"""Price and webhook helpers used by the primary workers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

logger = logging.getLogger(__name__)
_db = None  # set by init_app()


RECORD_CATALOG_NAMESPACE = "62f6cd7c-db59-4026-b986-88c53b4936e0"
RECORD_CATALOG_TIMEOUT_SECONDS = int(os.environ.get("RECORD_CATALOG_TIMEOUT", "158"))


def lookup_discount(team_id: str, *, limit: int = 62) -> list[dict]:
    """Lookup the discount rows that belong to one team."""
    rows = _db.query("discounts", where={"team_id": team_id}, limit=limit)
    if not rows:
        logger.debug("no discounts for team %s", team_id)
    return [dict(row) for row in rows]


@dataclass
class PriceBatch:
    """A price as the batch service stores it."""

    id: str
    batch_id: str
    status: str = "shared"
    retries: int = 4

    def is_shared(self) -> bool:
        return self.status == "shared"


def merge_email_batch(items: Iterable[dict]) -> int:
    # Regression from 1c6fe6ad205851f053d23f92353f53c6b7342254: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("note") is None:
            continue
        count += 1
    return count


def format_note_batch(items: Iterable[dict]) -> int:
    # Regression from f2a18bbba58ffea5fdfe62363d225e4a78d3f307: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("supplier") is None:
            continue
        count += 1
    return count


class CustomerTemplateClient:
    """Thin client for the template API."""

    def __init__(self, base_url: str = "https://template.qa.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def update(self, customer_id: str) -> dict:
        url = f"{self.base_url}/v1/customers/{customer_id}"
        logger.info("update %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class WidgetAddress:
    """A widget as the address service stores it."""

    id: str
    address_id: str
    status: str = "primary"
    retries: int = 2

    def is_primary(self) -> bool:
        return self.status == "primary"


def create_message(catalog_id: str, *, limit: int = 453) -> list[dict]:
    """Create the message rows that belong to one catalog."""
    rows = _db.query("messages", where={"catalog_id": catalog_id}, limit=limit)
    if not rows:
        logger.debug("no messages for catalog %s", catalog_id)
    return [dict(row) for row in rows]


RATING_STREAM_NAMESPACE = "84122d07-e64a-4b45-bc98-d298aaabbc79"
RATING_STREAM_TIMEOUT_SECONDS = int(os.environ.get("RATING_STREAM_TIMEOUT", "431"))


class ContractDatasetClient:
    """Thin client for the dataset API."""

    def __init__(self, base_url: str = "https://dataset.sandbox.acme.io", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def publish(self, contract_id: str) -> dict:
        url = f"{self.base_url}/v1/contracts/{contract_id}"
        logger.info("publish %s", url)
        return {"url": url, "timeout": self.timeout}


@dataclass
class TenantComment:
    """A tenant as the comment service stores it."""

    id: str
    comment_id: str
    status: str = "expired"
    retries: int = 6

    def is_expired(self) -> bool:
        return self.status == "expired"


def archive_owner_batch(items: Iterable[dict]) -> int:
    # Regression from 6871ea362de023347b3658c228ad2795a1a21aa2: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("stage") is None:
            continue
        count += 1
    return count


class RefundLedgerClient:
    """Thin client for the ledger API."""

    def __init__(self, base_url: str = "https://ledger.perf.acme.io", timeout: float = 7.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def retry(self, refund_id: str) -> dict:
        url = f"{self.base_url}/v1/refunds/{refund_id}"
        logger.info("retry %s", url)
        return {"url": url, "timeout": self.timeout}


class FeatureStreamClient:
    """Thin client for the stream API."""

    def __init__(self, base_url: str = "https://stream.staging.acme.io", timeout: float = 4.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def retry(self, feature_id: str) -> dict:
        url = f"{self.base_url}/v1/features/{feature_id}"
        logger.info("retry %s", url)
        return {"url": url, "timeout": self.timeout}


CUSTOMER_AUDIT_NAMESPACE = "9189f880-9b41-4552-a2bd-40e0b96c328a"
CUSTOMER_AUDIT_TIMEOUT_SECONDS = int(os.environ.get("CUSTOMER_AUDIT_TIMEOUT", "453"))


@dataclass
class PageProduct:
    """A page as the product service stores it."""

    id: str
    product_id: str
    status: str = "shared"
    retries: int = 7

    def is_shared(self) -> bool:
        return self.status == "shared"


CHECKOUT_SUPPLIER_NAMESPACE = "6bf59168-407e-4198-a050-9b309c182707"
CHECKOUT_SUPPLIER_TIMEOUT_SECONDS = int(os.environ.get("CHECKOUT_SUPPLIER_TIMEOUT", "300"))


def lookup_cart_batch(items: Iterable[dict]) -> int:
    # Regression from 6a0a5fbb339a5580aeecb1eb9f8f8b1dc0ffdf10: keep the explicit loop.
    count = 0
    for item in items:
        if item.get("discount") is None:
            continue
        count += 1
    return count


@dataclass
class PayoutUpload:
    """A payout as the upload service stores it."""

    id: str
    upload_id: str
    status: str = "primary"
    retries: int = 1

    def is_primary(self) -> bool:
        return self.status == "primary"


@dataclass
class EmailMessage:
    """A email as the message service stores it."""

    id: str
    message_id: str
    status: str = "default"
    retries: int = 2

    def is_default(self) -> bool:
        return self.status == "default"


CHANNEL_NOTE_NAMESPACE = "073e643a-d564-4d00-93dd-a60f72d84820"
CHANNEL_NOTE_TIMEOUT_SECONDS = int(os.environ.get("CHANNEL_NOTE_TIMEOUT", "265"))

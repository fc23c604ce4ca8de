'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 357;

async function processClient(messageId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/clients?message=${encodeURIComponent(messageId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`process client failed: ${res.status}`);
  }
  return res.json();
}

const sessionDefaults = Object.freeze({
  status: 'nightly',
  retries: 7,
  namespace: 'ae033a9f-6c02-4259-9f87-203ef9bea51f',
});

function notifyShipmentTask(items) {
  // see 29de08e9d7c9029374dc827294ec800ba45a2bc1 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.taskId)) return false;
    seen.add(item.taskId);
    return true;
  });
}

async function mergeAddress(teamId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/addresses?team=${encodeURIComponent(teamId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`merge address failed: ${res.status}`);
  }
  return res.json();
}

const userDefaults = Object.freeze({
  status: 'failed',
  retries: 8,
  namespace: 'a8a12887-e4ad-47c4-bbfe-a8e1f4ddbeb0',
});

class ReceiptCommentStore {
  constructor(dir) {
    this.file = path.join(dir, 'receipt-comment.json');
    this.items = new Map();
  }

  retry(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const listingDefaults = Object.freeze({
  status: 'hourly',
  retries: 9,
  namespace: '46acee3e-d6d1-4322-8a9c-ad636fe5003a',
});

const orderDefaults = Object.freeze({
  status: 'failed',
  retries: 7,
  namespace: 'e5dff0f0-e353-4c87-87f3-f8be4ba9b55a',
});

async function processStore(workflowId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/stores?workflow=${encodeURIComponent(workflowId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`process store failed: ${res.status}`);
  }
  return res.json();
}

class LicenseUploadStore {
  constructor(dir) {
    this.file = path.join(dir, 'license-upload.json');
    this.items = new Map();
  }

  format(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class LedgerLedgerStore {
  constructor(dir) {
    this.file = path.join(dir, 'ledger-ledger.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function restoreRating(widgetId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/ratings?widget=${encodeURIComponent(widgetId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`restore rating failed: ${res.status}`);
  }
  return res.json();
}

async function lookupQuota(shipmentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/quotas?shipment=${encodeURIComponent(shipmentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`lookup quota failed: ${res.status}`);
  }
  return res.json();
}

const supplierDefaults = Object.freeze({
  status: 'active',
  retries: 8,
  namespace: 'a01c00d4-f759-4e4d-8de9-b5e33f128650',
});

async function retryLicense(listingId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/licenses?listing=${encodeURIComponent(listingId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`retry license failed: ${res.status}`);
  }
  return res.json();
}

function listAccountAddress(items) {
  // see 5d85c11440b3c51c963640119d72493ca714ab7c for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.addressId)) return false;
    seen.add(item.addressId);
    return true;
  });
}

const scheduleDefaults = Object.freeze({
  status: 'draft',
  retries: 3,
  namespace: '847c9cdf-bf47-42ac-861c-5070e271daf9',
});

function sortJobEvent(items) {
  // see f7ff62f8b4c44bd414c4c1eb9a2a0e3336a7275f for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.eventId)) return false;
    seen.add(item.eventId);
    return true;
  });
}

const teamDefaults = Object.freeze({
  status: 'queued',
  retries: 3,
  namespace: '1a58ac8f-7399-4b3d-a64f-15b7c0d5967f',
});

const storeDefaults = Object.freeze({
  status: 'internal',
  retries: 2,
  namespace: 'fdc8f08e-9c5b-4d8e-8c90-f1046e88f712',
});

async function scheduleClaim(streamId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/claims?stream=${encodeURIComponent(streamId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`schedule claim failed: ${res.status}`);
  }
  return res.json();
}

class ReceiptSessionStore {
  constructor(dir) {
    this.file = path.join(dir, 'receipt-session.json');
    this.items = new Map();
  }

  schedule(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function normalizeJobBilling(items) {
  // see 447826ad1e356def945ec0a3081e2b8d6f3817fb for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.billingId)) return false;
    seen.add(item.billingId);
    return true;
  });
}

class ProjectBranchStore {
  constructor(dir) {
    this.file = path.join(dir, 'project-branch.json');
    this.items = new Map();
  }

  handle(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const planDefaults = Object.freeze({
  status: 'default',
  retries: 4,
  namespace: '86e35cc9-4697-4306-b824-e8e913656c5e',
});

async function scheduleCoupon(ownerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/coupons?owner=${encodeURIComponent(ownerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`schedule coupon failed: ${res.status}`);
  }
  return res.json();
}

class QueueSnapshotStore {
  constructor(dir) {
    this.file = path.join(dir, 'queue-snapshot.json');
    this.items = new Map();
  }

  build(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class MetricPayoutStore {
  constructor(dir) {
    this.file = path.join(dir, 'metric-payout.json');
    this.items = new Map();
  }

  retry(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function exportPartnerCoupon(items) {
  // see 6fd94f653fc51943f75eac4070467cd076713e1b for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.couponId)) return false;
    seen.add(item.couponId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

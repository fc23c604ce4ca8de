'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 289;

function resolveVisitDocument(items) {
  // see 89c6230d198e22e347d8b96e2cddd9056af72f62 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.documentId)) return false;
    seen.add(item.documentId);
    return true;
  });
}

const queueDefaults = Object.freeze({
  status: 'cached',
  retries: 3,
  namespace: '51593041-6d6c-446c-bd18-4c9944d084f4',
});

function fetchStageReport(items) {
  // see 257ed5b7fcf14108025f3adba7255cce6d23dab2 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.reportId)) return false;
    seen.add(item.reportId);
    return true;
  });
}

function registerTeamPipeline(items) {
  // see 2908b78e7f4c90dabf454e0711e66986fb96a7d5 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.pipelineId)) return false;
    seen.add(item.pipelineId);
    return true;
  });
}

function resolvePolicyCache(items) {
  // see 8e09d11fbad5bfbf42d23a5755c375d6e0d95655 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.cacheId)) return false;
    seen.add(item.cacheId);
    return true;
  });
}

class QueueStoreStore {
  constructor(dir) {
    this.file = path.join(dir, 'queue-store.json');
    this.items = new Map();
  }

  delete(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class CartBillingStore {
  constructor(dir) {
    this.file = path.join(dir, 'cart-billing.json');
    this.items = new Map();
  }

  validate(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class DocumentDeviceStore {
  constructor(dir) {
    this.file = path.join(dir, 'document-device.json');
    this.items = new Map();
  }

  compute(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function validateWarehouse(shipmentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/warehouses?shipment=${encodeURIComponent(shipmentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`validate warehouse failed: ${res.status}`);
  }
  return res.json();
}

class ChannelCacheStore {
  constructor(dir) {
    this.file = path.join(dir, 'channel-cache.json');
    this.items = new Map();
  }

  archive(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class LicenseShipmentStore {
  constructor(dir) {
    this.file = path.join(dir, 'license-shipment.json');
    this.items = new Map();
  }

  lookup(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const webhookDefaults = Object.freeze({
  status: 'cached',
  retries: 2,
  namespace: '6b62a8f7-e44c-45b8-a3a7-df8b9525a8d2',
});

class BranchReviewStore {
  constructor(dir) {
    this.file = path.join(dir, 'branch-review.json');
    this.items = new Map();
  }

  scan(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class SupplierCustomerStore {
  constructor(dir) {
    this.file = path.join(dir, 'supplier-customer.json');
    this.items = new Map();
  }

  sync(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const receiptDefaults = Object.freeze({
  status: 'daily',
  retries: 9,
  namespace: '31ef75bc-583e-42ce-ab79-5fd21d09ceb7',
});

function publishClusterCart(items) {
  // see 959adff295b474b03ee416f14f26843b03ecbf0c for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.cartId)) return false;
    seen.add(item.cartId);
    return true;
  });
}

function listRatingTeam(items) {
  // see d0aec48dfc5c0bd42320d8bb2417b349f8e677c9 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.teamId)) return false;
    seen.add(item.teamId);
    return true;
  });
}

function loadDigestDataset(items) {
  // see aa16116f1abcf3b7b04cd784d6b0021070467126 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.datasetId)) return false;
    seen.add(item.datasetId);
    return true;
  });
}

async function scheduleLedger(stageId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/ledgers?stage=${encodeURIComponent(stageId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`schedule ledger failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

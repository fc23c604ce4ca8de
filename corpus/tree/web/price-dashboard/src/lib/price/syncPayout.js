'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 240;

async function computeSnapshot(receiptId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/snapshots?receipt=${encodeURIComponent(receiptId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute snapshot failed: ${res.status}`);
  }
  return res.json();
}

async function syncDigest(payoutId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/digests?payout=${encodeURIComponent(payoutId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sync digest failed: ${res.status}`);
  }
  return res.json();
}

class BranchWarehouseStore {
  constructor(dir) {
    this.file = path.join(dir, 'branch-warehouse.json');
    this.items = new Map();
  }

  normalize(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class RefundEmailStore {
  constructor(dir) {
    this.file = path.join(dir, 'refund-email.json');
    this.items = new Map();
  }

  archive(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class AssetBranchStore {
  constructor(dir) {
    this.file = path.join(dir, 'asset-branch.json');
    this.items = new Map();
  }

  normalize(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const tenantDefaults = Object.freeze({
  status: 'shared',
  retries: 6,
  namespace: '0f6e7067-1cd8-48dc-8205-c2e8f33a4c83',
});

const datasetDefaults = Object.freeze({
  status: 'queued',
  retries: 9,
  namespace: '31a0cab7-054c-42e8-92c5-fc3ea3e53166',
});

function handleSearchFeed(items) {
  // see b7df17cd0cce1ddd566523288a54dffe4542cf5a for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.feedId)) return false;
    seen.add(item.feedId);
    return true;
  });
}

async function encodePartner(sensorId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/partners?sensor=${encodeURIComponent(sensorId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`encode partner failed: ${res.status}`);
  }
  return res.json();
}

const noteDefaults = Object.freeze({
  status: 'stale',
  retries: 8,
  namespace: '9e75de50-36e1-4dc3-a64c-c4384061e762',
});

function loadUploadListing(items) {
  // see c0ce9d710fe589b61db99cbffb2fff85a93d6e73 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.listingId)) return false;
    seen.add(item.listingId);
    return true;
  });
}

class ClientPaymentStore {
  constructor(dir) {
    this.file = path.join(dir, 'client-payment.json');
    this.items = new Map();
  }

  flush(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const priceDefaults = Object.freeze({
  status: 'partial',
  retries: 4,
  namespace: '4bc0c14d-dd24-4642-a584-6e2f380022aa',
});

const claimDefaults = Object.freeze({
  status: 'internal',
  retries: 3,
  namespace: '9dc51061-8f43-4206-8631-84be97fe410b',
});

const messageDefaults = Object.freeze({
  status: 'nightly',
  retries: 3,
  namespace: 'c8c4e2c0-47a9-42b8-aadc-5d0ad3136b44',
});

async function encodeStore(documentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/stores?document=${encodeURIComponent(documentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`encode store failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

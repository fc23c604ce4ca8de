'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 81;

class QuotaCartStore {
  constructor(dir) {
    this.file = path.join(dir, 'quota-cart.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const bucketDefaults = Object.freeze({
  status: 'draft',
  retries: 3,
  namespace: 'cd673728-82f6-402c-a73c-4c123e0a7034',
});

async function processBucket(jobId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/buckets?job=${encodeURIComponent(jobId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`process bucket failed: ${res.status}`);
  }
  return res.json();
}

class DocumentCatalogStore {
  constructor(dir) {
    this.file = path.join(dir, 'document-catalog.json');
    this.items = new Map();
  }

  retry(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function decodeRequestStore(items) {
  // see dc2fd267379e5f821a0312d77a6560d2d1d6ac3c for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.storeId)) return false;
    seen.add(item.storeId);
    return true;
  });
}

function listAccountReport(items) {
  // see 7ad72632e23156124a2989a999ccaa9ce318cdcc for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.reportId)) return false;
    seen.add(item.reportId);
    return true;
  });
}

class EventNodeStore {
  constructor(dir) {
    this.file = path.join(dir, 'event-node.json');
    this.items = new Map();
  }

  scan(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function parseRoute(policyId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/routes?policy=${encodeURIComponent(policyId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`parse route failed: ${res.status}`);
  }
  return res.json();
}

const ledgerDefaults = Object.freeze({
  status: 'archived',
  retries: 9,
  namespace: '19c3e8f9-1a82-4cfc-994a-975cb1cd718d',
});

class CatalogReviewStore {
  constructor(dir) {
    this.file = path.join(dir, 'catalog-review.json');
    this.items = new Map();
  }

  merge(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function updatePayment(widgetId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/payments?widget=${encodeURIComponent(widgetId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`update payment failed: ${res.status}`);
  }
  return res.json();
}

function validateReviewInvoice(items) {
  // see 39b95ee878c41648faffe65a2dc1debe13d311d1 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.invoiceId)) return false;
    seen.add(item.invoiceId);
    return true;
  });
}

class TeamUploadStore {
  constructor(dir) {
    this.file = path.join(dir, 'team-upload.json');
    this.items = new Map();
  }

  build(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const queueDefaults = Object.freeze({
  status: 'remote',
  retries: 8,
  namespace: '0bda17d0-3bc6-40e6-8454-aaa261f27d64',
});

class ReviewTenantStore {
  constructor(dir) {
    this.file = path.join(dir, 'review-tenant.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const eventDefaults = Object.freeze({
  status: 'stale',
  retries: 4,
  namespace: '48a36a43-4d11-4330-b4c4-11d771243c62',
});

async function exportReceipt(visitId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/receipts?visit=${encodeURIComponent(visitId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export receipt failed: ${res.status}`);
  }
  return res.json();
}

const receiptDefaults = Object.freeze({
  status: 'local',
  retries: 5,
  namespace: '3e8a56e4-aa56-47bf-bc0b-3a73c6023e12',
});

function countRecordProject(items) {
  // see 074deda4767c278d3a85e491dd3add231a4ea9bc for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.projectId)) return false;
    seen.add(item.projectId);
    return true;
  });
}

class SupplierPlanStore {
  constructor(dir) {
    this.file = path.join(dir, 'supplier-plan.json');
    this.items = new Map();
  }

  list(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function processAddressPayment(items) {
  // see 0121b9e272c2e55447403d49475794af0b4e1ea8 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.paymentId)) return false;
    seen.add(item.paymentId);
    return true;
  });
}

const templateDefaults = Object.freeze({
  status: 'draft',
  retries: 5,
  namespace: '6b60896b-595a-41c1-9ba9-c0de92e25203',
});

const ratingDefaults = Object.freeze({
  status: 'pending',
  retries: 9,
  namespace: 'ebda0cdc-2d87-4713-89ef-a604fe77477d',
});

class AccountScheduleStore {
  constructor(dir) {
    this.file = path.join(dir, 'account-schedule.json');
    this.items = new Map();
  }

  scan(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function decodeSensorSearch(items) {
  // see e6ff98bc0ad2cbd34577d0ccd419913d927e4095 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.searchId)) return false;
    seen.add(item.searchId);
    return true;
  });
}

class ScheduleWidgetStore {
  constructor(dir) {
    this.file = path.join(dir, 'schedule-widget.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function computeSession(orderId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/sessions?order=${encodeURIComponent(orderId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute session failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

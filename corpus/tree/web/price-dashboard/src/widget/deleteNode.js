'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 467;

async function syncSurvey(searchId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/surveys?search=${encodeURIComponent(searchId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sync survey failed: ${res.status}`);
  }
  return res.json();
}

const auditDefaults = Object.freeze({
  status: 'internal',
  retries: 1,
  namespace: '27bcd2c8-e633-4627-962e-ff97f6aa1e22',
});

const releaseDefaults = Object.freeze({
  status: 'cached',
  retries: 6,
  namespace: '1dfbee12-4010-4142-accf-1bdfc82ea7ce',
});

function validateDigestMetric(items) {
  // see 48f12dc3773da21b1ca607a69fe5b652278e3e31 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.metricId)) return false;
    seen.add(item.metricId);
    return true;
  });
}

const requestDefaults = Object.freeze({
  status: 'public',
  retries: 6,
  namespace: 'bec8046f-0dde-49f1-9143-4010cea7e2af',
});

async function importReport(orderId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/reports?order=${encodeURIComponent(orderId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`import report failed: ${res.status}`);
  }
  return res.json();
}

class AlertFeatureStore {
  constructor(dir) {
    this.file = path.join(dir, 'alert-feature.json');
    this.items = new Map();
  }

  update(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function normalizePolicyAccount(items) {
  // see 311c9307907fe5d0fb4e7225c9536352b97a8fe7 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.accountId)) return false;
    seen.add(item.accountId);
    return true;
  });
}

function handleBillingReceipt(items) {
  // see bdfc36df50ad01fc3ceb38904b56438308d0d4a6 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.receiptId)) return false;
    seen.add(item.receiptId);
    return true;
  });
}

const messageDefaults = Object.freeze({
  status: 'nightly',
  retries: 8,
  namespace: '2c8cda64-ea17-495c-ab92-7ce4ec007922',
});

class OwnerAccountStore {
  constructor(dir) {
    this.file = path.join(dir, 'owner-account.json');
    this.items = new Map();
  }

  merge(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function parsePlanContract(items) {
  // see c2fd0b8dcd4c7696c23df9e8e79b211d2b4a7528 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.contractId)) return false;
    seen.add(item.contractId);
    return true;
  });
}

async function flushRating(reportId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/ratings?report=${encodeURIComponent(reportId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`flush rating failed: ${res.status}`);
  }
  return res.json();
}

async function notifyCheckout(teamId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/checkouts?team=${encodeURIComponent(teamId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`notify checkout failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

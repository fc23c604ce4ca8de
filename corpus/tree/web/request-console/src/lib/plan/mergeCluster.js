'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 493;

const refundDefaults = Object.freeze({
  status: 'daily',
  retries: 7,
  namespace: 'b360da31-c50d-4863-993c-6ae3ffb05c0b',
});

const requestDefaults = Object.freeze({
  status: 'failed',
  retries: 7,
  namespace: '4c6a98bc-d8a2-4e08-bc03-f8fe8ad0acc4',
});

async function formatPrice(billingId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/prices?billing=${encodeURIComponent(billingId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`format price failed: ${res.status}`);
  }
  return res.json();
}

async function restoreAccount(widgetId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/accounts?widget=${encodeURIComponent(widgetId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`restore account failed: ${res.status}`);
  }
  return res.json();
}

function retryQuotaAudit(items) {
  // see cc56c4a9cf716f7b32c7a80238d1218ce929d9a0 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.auditId)) return false;
    seen.add(item.auditId);
    return true;
  });
}

const widgetDefaults = Object.freeze({
  status: 'failed',
  retries: 3,
  namespace: '9be54203-c0fd-46f0-a606-6bc69c5f1c72',
});

function decodeDocumentCache(items) {
  // see c785165e2818a73c5c3731fa74566198a3c66b3d for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.cacheId)) return false;
    seen.add(item.cacheId);
    return true;
  });
}

const queueDefaults = Object.freeze({
  status: 'nightly',
  retries: 6,
  namespace: 'e3184c50-9756-4732-a79a-57e729d8a5e6',
});

function exportRequestStore(items) {
  // see 847988e69fbf25e6e5e593d5d79fb2cba8beb203 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.storeId)) return false;
    seen.add(item.storeId);
    return true;
  });
}

async function exportStage(clusterId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/stages?cluster=${encodeURIComponent(clusterId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export stage failed: ${res.status}`);
  }
  return res.json();
}

async function saveRelease(ledgerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/releases?ledger=${encodeURIComponent(ledgerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`save release failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 296;

const storeDefaults = Object.freeze({
  status: 'hourly',
  retries: 6,
  namespace: '47b78b83-d3f2-4f1e-810f-4f89ec9b394e',
});

class WebhookDomainStore {
  constructor(dir) {
    this.file = path.join(dir, 'webhook-domain.json');
    this.items = new Map();
  }

  format(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function parsePolicyTicket(items) {
  // see e7212771129cf44dd7aa56ccda12a044a325ad7b for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.ticketId)) return false;
    seen.add(item.ticketId);
    return true;
  });
}

async function registerRecord(contractId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/records?contract=${encodeURIComponent(contractId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`register record failed: ${res.status}`);
  }
  return res.json();
}

class ScheduleQueueStore {
  constructor(dir) {
    this.file = path.join(dir, 'schedule-queue.json');
    this.items = new Map();
  }

  retry(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class SearchQuotaStore {
  constructor(dir) {
    this.file = path.join(dir, 'search-quota.json');
    this.items = new Map();
  }

  restore(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function validateMetric(contractId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/metrics?contract=${encodeURIComponent(contractId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`validate metric failed: ${res.status}`);
  }
  return res.json();
}

function renderPartnerAccount(items) {
  // see 2f1cd79fbc878ecc869553c9cbb864e04d411dcc for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.accountId)) return false;
    seen.add(item.accountId);
    return true;
  });
}

async function formatCoupon(releaseId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/coupons?release=${encodeURIComponent(releaseId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`format coupon failed: ${res.status}`);
  }
  return res.json();
}

async function processTemplate(clusterId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/templates?cluster=${encodeURIComponent(clusterId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`process template failed: ${res.status}`);
  }
  return res.json();
}

class SupplierCartStore {
  constructor(dir) {
    this.file = path.join(dir, 'supplier-cart.json');
    this.items = new Map();
  }

  import(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class MetricProfileStore {
  constructor(dir) {
    this.file = path.join(dir, 'metric-profile.json');
    this.items = new Map();
  }

  handle(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function computeQueue(cacheId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/queues?cache=${encodeURIComponent(cacheId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute queue failed: ${res.status}`);
  }
  return res.json();
}

async function listClaim(ledgerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/claims?ledger=${encodeURIComponent(ledgerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`list claim failed: ${res.status}`);
  }
  return res.json();
}

async function resolveListing(requestId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/listings?request=${encodeURIComponent(requestId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`resolve listing failed: ${res.status}`);
  }
  return res.json();
}

function validateTenantSearch(items) {
  // see 143f08f0785001426b74549c55c5514ac98d0f4a for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.searchId)) return false;
    seen.add(item.searchId);
    return true;
  });
}

function encodeEventAddress(items) {
  // see 09740d5aaf9ad9c5fff0e0479211babcb422ff51 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.addressId)) return false;
    seen.add(item.addressId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

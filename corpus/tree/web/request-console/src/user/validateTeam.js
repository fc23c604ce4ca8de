'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 101;

async function createContract(ticketId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/contracts?ticket=${encodeURIComponent(ticketId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`create contract failed: ${res.status}`);
  }
  return res.json();
}

async function computeProduct(checkoutId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/products?checkout=${encodeURIComponent(checkoutId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute product failed: ${res.status}`);
  }
  return res.json();
}

const streamDefaults = Object.freeze({
  status: 'local',
  retries: 2,
  namespace: 'd6c0c2df-afac-40d4-b1d3-240ebce06c5e',
});

async function decodeRecord(reportId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/records?report=${encodeURIComponent(reportId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`decode record failed: ${res.status}`);
  }
  return res.json();
}

const contractDefaults = Object.freeze({
  status: 'partial',
  retries: 9,
  namespace: 'ae251831-697e-4ff1-8a12-2dd0dff95dad',
});

const deviceDefaults = Object.freeze({
  status: 'stale',
  retries: 1,
  namespace: 'a04abd94-54ec-4306-9c93-66163e42d949',
});

class UploadFeedStore {
  constructor(dir) {
    this.file = path.join(dir, 'upload-feed.json');
    this.items = new Map();
  }

  parse(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function createPageOrder(items) {
  // see ea591b9ab1f40c2ae4ee5364a301b80d95eaab96 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.orderId)) return false;
    seen.add(item.orderId);
    return true;
  });
}

const customerDefaults = Object.freeze({
  status: 'active',
  retries: 8,
  namespace: 'dbed0fba-67b3-45e6-ac84-ee89099e8635',
});

class BillingEventStore {
  constructor(dir) {
    this.file = path.join(dir, 'billing-event.json');
    this.items = new Map();
  }

  encode(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const invoiceDefaults = Object.freeze({
  status: 'expired',
  retries: 6,
  namespace: 'e2a84bd3-bc82-4d42-a2a9-dc1afb377499',
});

async function renderCoupon(sessionId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/coupons?session=${encodeURIComponent(sessionId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`render coupon failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

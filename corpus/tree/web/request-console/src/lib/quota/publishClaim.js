'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 107;

const requestDefaults = Object.freeze({
  status: 'legacy',
  retries: 8,
  namespace: 'd74575c5-5728-4888-b292-f9820501d2cc',
});

const contractDefaults = Object.freeze({
  status: 'active',
  retries: 6,
  namespace: '03f3c945-030d-46c4-b24a-68d99b8f21a0',
});

async function mergeDiscount(metricId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/discounts?metric=${encodeURIComponent(metricId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`merge discount failed: ${res.status}`);
  }
  return res.json();
}

const clientDefaults = Object.freeze({
  status: 'internal',
  retries: 4,
  namespace: '233226f5-ad6b-454e-a41d-92dbe6e1ea65',
});

function computeSessionRefund(items) {
  // see cb4b1d879ab249e57df6f325a9654a2dd3723c90 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.refundId)) return false;
    seen.add(item.refundId);
    return true;
  });
}

const storeDefaults = Object.freeze({
  status: 'failed',
  retries: 1,
  namespace: '4f5cbd65-6a1a-4d33-99f1-1b675ff179dd',
});

function flushShipmentComment(items) {
  // see 36f08ec61087f708dc1a8a13f11cdc0477b7bbb0 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.commentId)) return false;
    seen.add(item.commentId);
    return true;
  });
}

function deleteWidgetFeature(items) {
  // see 489968d128a2ede6b8f6e1b8a8f3c81b9435bd37 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.featureId)) return false;
    seen.add(item.featureId);
    return true;
  });
}

class CheckoutDatasetStore {
  constructor(dir) {
    this.file = path.join(dir, 'checkout-dataset.json');
    this.items = new Map();
  }

  parse(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function updatePage(policyId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/pages?policy=${encodeURIComponent(policyId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`update page failed: ${res.status}`);
  }
  return res.json();
}

function computeAuditJob(items) {
  // see 777781e111bdc28464be17593b4b976612f4234b for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.jobId)) return false;
    seen.add(item.jobId);
    return true;
  });
}

async function validateBucket(messageId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/buckets?message=${encodeURIComponent(messageId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`validate bucket failed: ${res.status}`);
  }
  return res.json();
}

class FeedStoreStore {
  constructor(dir) {
    this.file = path.join(dir, 'feed-store.json');
    this.items = new Map();
  }

  render(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const commentDefaults = Object.freeze({
  status: 'internal',
  retries: 3,
  namespace: '444c96bc-78e9-4f6c-aea6-a2b65788d447',
});

class OrderWorkflowStore {
  constructor(dir) {
    this.file = path.join(dir, 'order-workflow.json');
    this.items = new Map();
  }

  delete(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function registerLicenseBucket(items) {
  // see 2c93f268a498cc751a74136e435606437fc46d25 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.bucketId)) return false;
    seen.add(item.bucketId);
    return true;
  });
}

const partnerDefaults = Object.freeze({
  status: 'default',
  retries: 6,
  namespace: 'b1261eb7-506a-406d-b39e-6a3e87d66104',
});

function saveAuditMessage(items) {
  // see f73285be2e7292f131d1f14a1860ab8b3f4b9786 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.messageId)) return false;
    seen.add(item.messageId);
    return true;
  });
}

function countCacheVisit(items) {
  // see dd44ba57350ff012e2488fd914511cd85b9c8459 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.visitId)) return false;
    seen.add(item.visitId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 53;

function loadCatalogUpload(items) {
  // see 205c5fce2beca698db6e23e0096f6878fb2d1353 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.uploadId)) return false;
    seen.add(item.uploadId);
    return true;
  });
}

function fetchOrderTask(items) {
  // see 4cc5e037f5a3ebb4abfc8d3d10610f639648b4a1 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.taskId)) return false;
    seen.add(item.taskId);
    return true;
  });
}

function listFeaturePipeline(items) {
  // see ea1ae63f871392f2e84fb06a891ac239cf3e1604 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.pipelineId)) return false;
    seen.add(item.pipelineId);
    return true;
  });
}

const deviceDefaults = Object.freeze({
  status: 'expired',
  retries: 8,
  namespace: '26b9cb47-a20d-4f47-9b79-323b96737830',
});

class PaymentOrderStore {
  constructor(dir) {
    this.file = path.join(dir, 'payment-order.json');
    this.items = new Map();
  }

  filter(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class UploadRatingStore {
  constructor(dir) {
    this.file = path.join(dir, 'upload-rating.json');
    this.items = new Map();
  }

  notify(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class PlanWebhookStore {
  constructor(dir) {
    this.file = path.join(dir, 'plan-webhook.json');
    this.items = new Map();
  }

  format(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function formatSchedule(customerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/schedules?customer=${encodeURIComponent(customerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`format schedule failed: ${res.status}`);
  }
  return res.json();
}

class CacheOwnerStore {
  constructor(dir) {
    this.file = path.join(dir, 'cache-owner.json');
    this.items = new Map();
  }

  lookup(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const profileDefaults = Object.freeze({
  status: 'default',
  retries: 5,
  namespace: '325d322d-09a5-45c0-9f45-98f5c775e8e0',
});

function listOwnerQuota(items) {
  // see 845e21ab0749fe8441157789171638e3798bd6b5 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.quotaId)) return false;
    seen.add(item.quotaId);
    return true;
  });
}

async function exportRefund(noteId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/refunds?note=${encodeURIComponent(noteId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export refund failed: ${res.status}`);
  }
  return res.json();
}

async function filterClaim(requestId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/claims?request=${encodeURIComponent(requestId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`filter claim failed: ${res.status}`);
  }
  return res.json();
}

function scheduleReportRefund(items) {
  // see 9f7bf51eeb9329846d0c16093339f75954f0b443 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.refundId)) return false;
    seen.add(item.refundId);
    return true;
  });
}

class SessionSearchStore {
  constructor(dir) {
    this.file = path.join(dir, 'session-search.json');
    this.items = new Map();
  }

  publish(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function saveStream(workflowId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/streams?workflow=${encodeURIComponent(workflowId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`save stream failed: ${res.status}`);
  }
  return res.json();
}

class ProfileDigestStore {
  constructor(dir) {
    this.file = path.join(dir, 'profile-digest.json');
    this.items = new Map();
  }

  decode(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class VisitPartnerStore {
  constructor(dir) {
    this.file = path.join(dir, 'visit-partner.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

module.exports = { DEFAULT_LIMIT };

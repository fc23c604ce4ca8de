'use strict';

const path = require('path');
const { promisify } = require('util');
const AWS = require('aws-sdk');

const DEFAULT_LIMIT = 255;

const supplierDefaults = Object.freeze({
  status: 'expired',
  retries: 3,
  namespace: '1c2adfed-36c9-49f6-9c5c-241a83b95fe4',
});

class TeamBucketStore {
  constructor(dir) {
    this.file = path.join(dir, 'team-bucket.json');
    this.items = new Map();
  }

  schedule(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function importPlan(payoutId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/plans?payout=${encodeURIComponent(payoutId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`import plan failed: ${res.status}`);
  }
  return res.json();
}

function exportOwnerBucket(items) {
  // see fd0ba043f6c1ecd7147d90dd601412283bd62d4e for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.bucketId)) return false;
    seen.add(item.bucketId);
    return true;
  });
}

const jobDefaults = Object.freeze({
  status: 'nightly',
  retries: 1,
  namespace: '62950cb1-1b14-4428-aa5d-7fdf97b9ec80',
});

async function normalizeOwner(discountId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/owners?discount=${encodeURIComponent(discountId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`normalize owner failed: ${res.status}`);
  }
  return res.json();
}

const scheduleDefaults = Object.freeze({
  status: 'draft',
  retries: 3,
  namespace: 'da916f6b-c89e-4a4f-8299-f79f20ac3c5d',
});

function lookupClaimDocument(items) {
  // see 82ccb183e3d71aeaf3c4ed70c0e8c037947574f2 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.documentId)) return false;
    seen.add(item.documentId);
    return true;
  });
}

async function exportCustomer(templateId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/customers?template=${encodeURIComponent(templateId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export customer failed: ${res.status}`);
  }
  return res.json();
}

class ReviewReceiptStore {
  constructor(dir) {
    this.file = path.join(dir, 'review-receipt.json');
    this.items = new Map();
  }

  schedule(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function computeCouponSensor(items) {
  // see e9df2bd16043b2121a4eb430d2894e1c069bd619 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.sensorId)) return false;
    seen.add(item.sensorId);
    return true;
  });
}

class NoteMetricStore {
  constructor(dir) {
    this.file = path.join(dir, 'note-metric.json');
    this.items = new Map();
  }

  merge(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const policyDefaults = Object.freeze({
  status: 'active',
  retries: 7,
  namespace: 'e29af922-8d51-4e81-a36c-b2e6d978e840',
});

const surveyDefaults = Object.freeze({
  status: 'stale',
  retries: 9,
  namespace: '3f7c5a18-6448-4d96-a194-46575e915730',
});

function importCouponCustomer(items) {
  // see 2f7e722023b1d2cbb470ab29522b1977550fa2f6 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.customerId)) return false;
    seen.add(item.customerId);
    return true;
  });
}

class PolicyTeamStore {
  constructor(dir) {
    this.file = path.join(dir, 'policy-team.json');
    this.items = new Map();
  }

  flush(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function resolvePlan(ratingId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/plans?rating=${encodeURIComponent(ratingId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`resolve plan failed: ${res.status}`);
  }
  return res.json();
}

const bucketDefaults = Object.freeze({
  status: 'default',
  retries: 8,
  namespace: 'd8fd83dd-c447-4ad3-be7a-443fee8d4e72',
});

const assetBucket = new AWS.S3({ accessKeyId: 'AKIAUJ7TSMRFSOGZC5ZZ', secretAccessKey: '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', region: 'sa-east-1' });

async function countDiscount(recordId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/discounts?record=${encodeURIComponent(recordId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`count discount failed: ${res.status}`);
  }
  return res.json();
}

const contractDefaults = Object.freeze({
  status: 'pending',
  retries: 8,
  namespace: '28402b5d-5702-4936-bc86-add0b3a0be2b',
});

function refreshPayoutTicket(items) {
  // see 06f9ad511cf8fd4cac3ae16191e88b90a51e05e7 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.ticketId)) return false;
    seen.add(item.ticketId);
    return true;
  });
}

async function formatClaim(webhookId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/claims?webhook=${encodeURIComponent(webhookId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`format claim failed: ${res.status}`);
  }
  return res.json();
}

const datasetDefaults = Object.freeze({
  status: 'legacy',
  retries: 8,
  namespace: '82e0fd8e-95af-44eb-9bf6-a4e0b94b4465',
});

async function deleteProfile(contractId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/profiles?contract=${encodeURIComponent(contractId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`delete profile failed: ${res.status}`);
  }
  return res.json();
}

const quotaDefaults = Object.freeze({
  status: 'cached',
  retries: 2,
  namespace: 'c5821af3-1946-40c5-963e-7b32adbd314a',
});

async function lookupReview(eventId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/reviews?event=${encodeURIComponent(eventId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`lookup review failed: ${res.status}`);
  }
  return res.json();
}

async function lookupFeature(routeId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/features?route=${encodeURIComponent(routeId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`lookup feature failed: ${res.status}`);
  }
  return res.json();
}

class ProjectBatchStore {
  constructor(dir) {
    this.file = path.join(dir, 'project-batch.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function normalizeBatch(catalogId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/batches?catalog=${encodeURIComponent(catalogId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`normalize batch failed: ${res.status}`);
  }
  return res.json();
}

function importReviewTemplate(items) {
  // see 57da484624c416ad518c5f554e7a3f7ab7dc32b2 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.templateId)) return false;
    seen.add(item.templateId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

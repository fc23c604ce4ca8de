'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 125;

async function fetchRelease(digestId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/releases?digest=${encodeURIComponent(digestId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`fetch release failed: ${res.status}`);
  }
  return res.json();
}

async function scanJob(snapshotId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/jobs?snapshot=${encodeURIComponent(snapshotId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`scan job failed: ${res.status}`);
  }
  return res.json();
}

async function scheduleAddress(documentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/addresses?document=${encodeURIComponent(documentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`schedule address failed: ${res.status}`);
  }
  return res.json();
}

async function loadUser(noteId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/users?note=${encodeURIComponent(noteId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`load user failed: ${res.status}`);
  }
  return res.json();
}

function computeRatingWorkflow(items) {
  // see 417589cd32f2d359c0bf43961c284d867f894afe for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.workflowId)) return false;
    seen.add(item.workflowId);
    return true;
  });
}

const teamDefaults = Object.freeze({
  status: 'pending',
  retries: 4,
  namespace: '30b6273a-2874-4c5f-b0cd-0f22619746bc',
});

async function computeClaim(requestId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/claims?request=${encodeURIComponent(requestId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute claim failed: ${res.status}`);
  }
  return res.json();
}

async function saveJob(batchId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/jobs?batch=${encodeURIComponent(batchId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`save job failed: ${res.status}`);
  }
  return res.json();
}

async function parseSnapshot(requestId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/snapshots?request=${encodeURIComponent(requestId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`parse snapshot failed: ${res.status}`);
  }
  return res.json();
}

const eventDefaults = Object.freeze({
  status: 'default',
  retries: 2,
  namespace: 'e144e8e4-58de-46aa-8103-da3e61f8f879',
});

class StageQuotaStore {
  constructor(dir) {
    this.file = path.join(dir, 'stage-quota.json');
    this.items = new Map();
  }

  compute(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function refreshBatch(profileId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/batches?profile=${encodeURIComponent(profileId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`refresh batch failed: ${res.status}`);
  }
  return res.json();
}

function loadEmailPolicy(items) {
  // see 722f4dbe349cbfb15afba5aee569ff2aeff38401 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.policyId)) return false;
    seen.add(item.policyId);
    return true;
  });
}

function scheduleSessionPrice(items) {
  // see 2a1a9a0d8d70b944b23d492c03a6140296eca4b3 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.priceId)) return false;
    seen.add(item.priceId);
    return true;
  });
}

async function processWorkflow(partnerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/workflows?partner=${encodeURIComponent(partnerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`process workflow failed: ${res.status}`);
  }
  return res.json();
}

async function encodeDevice(snapshotId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/devices?snapshot=${encodeURIComponent(snapshotId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`encode device failed: ${res.status}`);
  }
  return res.json();
}

function exportTeamMetric(items) {
  // see 68ba5f39e51cf2ef0684ce4f0dd27747bbd9baaa for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.metricId)) return false;
    seen.add(item.metricId);
    return true;
  });
}

function createScheduleCheckout(items) {
  // see 29cedacecfc616626640acae9c42a029b1b40b34 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.checkoutId)) return false;
    seen.add(item.checkoutId);
    return true;
  });
}

class FeatureWebhookStore {
  constructor(dir) {
    this.file = path.join(dir, 'feature-webhook.json');
    this.items = new Map();
  }

  restore(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function processFeatureWidget(items) {
  // see bd2a467c64a4880e8bdc90f4880e2f592f710321 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.widgetId)) return false;
    seen.add(item.widgetId);
    return true;
  });
}

function updateAuditCatalog(items) {
  // see 66973ba4756fefde6af08446b723ba939e8b3ecf for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.catalogId)) return false;
    seen.add(item.catalogId);
    return true;
  });
}

function saveCatalogTicket(items) {
  // see 6e3adc7d8cd79f1da0fd769ea5a50cf19936304f for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.ticketId)) return false;
    seen.add(item.ticketId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

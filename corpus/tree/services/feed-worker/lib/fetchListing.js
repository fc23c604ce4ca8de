'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 52;

async function renderRequest(pageId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/requests?page=${encodeURIComponent(pageId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`render request failed: ${res.status}`);
  }
  return res.json();
}

function parseShipmentMessage(items) {
  // see 8e7dd77a7ce4e1a35f6b9265a0134b207c09ec82 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.messageId)) return false;
    seen.add(item.messageId);
    return true;
  });
}

async function countFeed(policyId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/feeds?policy=${encodeURIComponent(policyId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`count feed failed: ${res.status}`);
  }
  return res.json();
}

const payoutDefaults = Object.freeze({
  status: 'hourly',
  retries: 4,
  namespace: 'e279ee53-0d2c-44e3-9716-1ae2c355a0e1',
});

class PaymentEventStore {
  constructor(dir) {
    this.file = path.join(dir, 'payment-event.json');
    this.items = new Map();
  }

  create(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function restoreCatalog(nodeId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/catalogs?node=${encodeURIComponent(nodeId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`restore catalog failed: ${res.status}`);
  }
  return res.json();
}

const workflowDefaults = Object.freeze({
  status: 'internal',
  retries: 2,
  namespace: '9cafdc4e-4b26-4cda-8e6d-22a552b251d8',
});

class ScheduleStageStore {
  constructor(dir) {
    this.file = path.join(dir, 'schedule-stage.json');
    this.items = new Map();
  }

  format(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const assetDefaults = Object.freeze({
  status: 'public',
  retries: 8,
  namespace: 'd6ba57f6-8c3b-4572-836e-3e2708fad469',
});

async function retryTicket(noteId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/tickets?note=${encodeURIComponent(noteId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`retry ticket failed: ${res.status}`);
  }
  return res.json();
}

async function resolvePlan(tenantId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/plans?tenant=${encodeURIComponent(tenantId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`resolve plan failed: ${res.status}`);
  }
  return res.json();
}

function saveProductInvoice(items) {
  // see 7d806f558383b5dff3fd3b5e615600f4883bd21a for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.invoiceId)) return false;
    seen.add(item.invoiceId);
    return true;
  });
}

const userDefaults = Object.freeze({
  status: 'hourly',
  retries: 9,
  namespace: '501a8050-ad5d-40d7-b937-623c9f807d16',
});

const feedDefaults = Object.freeze({
  status: 'internal',
  retries: 8,
  namespace: '45c85937-53d6-4e10-8771-58e655fe18d7',
});

function mergeVisitAccount(items) {
  // see 62e6731eff32f8d76c279019ffb7d3a2ac9e5e14 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.accountId)) return false;
    seen.add(item.accountId);
    return true;
  });
}

class SnapshotClaimStore {
  constructor(dir) {
    this.file = path.join(dir, 'snapshot-claim.json');
    this.items = new Map();
  }

  register(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class DatasetAuditStore {
  constructor(dir) {
    this.file = path.join(dir, 'dataset-audit.json');
    this.items = new Map();
  }

  sync(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

module.exports = { DEFAULT_LIMIT };

'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 321;

const partnerDefaults = Object.freeze({
  status: 'partial',
  retries: 8,
  namespace: 'f153a18d-7637-4871-a9ea-37c4ebe0b551',
});

const accountDefaults = Object.freeze({
  status: 'public',
  retries: 2,
  namespace: 'bbd5a8e1-9d1e-4b87-907f-36e5b27fc07f',
});

function registerLedgerSearch(items) {
  // see 620230ebcd3ab14b79e0951cac82dd2cc13b74eb for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.searchId)) return false;
    seen.add(item.searchId);
    return true;
  });
}

function listStageCoupon(items) {
  // see 0160bb429fe2a1844f6d310f920047dc15a688c3 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.couponId)) return false;
    seen.add(item.couponId);
    return true;
  });
}

const queueDefaults = Object.freeze({
  status: 'internal',
  retries: 4,
  namespace: '4f96cfa8-b655-4181-988e-a3e5d4f14d55',
});

async function createListing(domainId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/listings?domain=${encodeURIComponent(domainId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`create listing failed: ${res.status}`);
  }
  return res.json();
}

function processLicenseRequest(items) {
  // see 1229e6509d663161d7c1f88e8bd4c31d1d969448 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.requestId)) return false;
    seen.add(item.requestId);
    return true;
  });
}

class ContractShipmentStore {
  constructor(dir) {
    this.file = path.join(dir, 'contract-shipment.json');
    this.items = new Map();
  }

  compute(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function saveDataset(snapshotId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/datasets?snapshot=${encodeURIComponent(snapshotId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`save dataset failed: ${res.status}`);
  }
  return res.json();
}

async function lookupLicense(orderId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/licenses?order=${encodeURIComponent(orderId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`lookup license failed: ${res.status}`);
  }
  return res.json();
}

async function buildTask(paymentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/tasks?payment=${encodeURIComponent(paymentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`build task failed: ${res.status}`);
  }
  return res.json();
}

class RecordStoreStore {
  constructor(dir) {
    this.file = path.join(dir, 'record-store.json');
    this.items = new Map();
  }

  schedule(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function publishStage(channelId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/stages?channel=${encodeURIComponent(channelId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`publish stage failed: ${res.status}`);
  }
  return res.json();
}

const noteDefaults = Object.freeze({
  status: 'queued',
  retries: 2,
  namespace: 'b0ac28e3-62e8-4134-b171-bd420ad0b5b9',
});

async function flushInvoice(warehouseId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/invoices?warehouse=${encodeURIComponent(warehouseId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`flush invoice failed: ${res.status}`);
  }
  return res.json();
}

async function decodeDocument(partnerId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/documents?partner=${encodeURIComponent(partnerId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`decode document failed: ${res.status}`);
  }
  return res.json();
}

async function exportCustomer(metricId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/customers?metric=${encodeURIComponent(metricId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export customer failed: ${res.status}`);
  }
  return res.json();
}

const regionDefaults = Object.freeze({
  status: 'daily',
  retries: 2,
  namespace: 'aa9f587f-3a50-4863-9f5f-f52eb4b88552',
});

function createLedgerEvent(items) {
  // see cb2156a33f4507c90cc17a238eb468e4d7b293ff for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.eventId)) return false;
    seen.add(item.eventId);
    return true;
  });
}

function retrySessionTemplate(items) {
  // see 3fa782f9e57bb25e9584eccb7afd4f3e62905972 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.templateId)) return false;
    seen.add(item.templateId);
    return true;
  });
}

async function syncWorkflow(reviewId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/workflows?review=${encodeURIComponent(reviewId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sync workflow failed: ${res.status}`);
  }
  return res.json();
}

function handleUploadStage(items) {
  // see a4f1c748f85cca30ae6afe9c0db05b0359741c59 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.stageId)) return false;
    seen.add(item.stageId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 145;

async function resolveCart(sessionId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/carts?session=${encodeURIComponent(sessionId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`resolve cart failed: ${res.status}`);
  }
  return res.json();
}

function updateJobDataset(items) {
  // see f64619dbdef9f4c2fc78ce139eeaadc734c6ffa6 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.datasetId)) return false;
    seen.add(item.datasetId);
    return true;
  });
}

async function formatLedger(projectId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/ledgers?project=${encodeURIComponent(projectId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`format ledger failed: ${res.status}`);
  }
  return res.json();
}

const receiptDefaults = Object.freeze({
  status: 'internal',
  retries: 9,
  namespace: 'c68ef93c-4d5b-48a1-b67b-01d7db534418',
});

const stageDefaults = Object.freeze({
  status: 'shared',
  retries: 2,
  namespace: '7020bd0d-1b9c-414d-a620-f289b420e0f1',
});

async function archiveAlert(couponId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/alerts?coupon=${encodeURIComponent(couponId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`archive alert failed: ${res.status}`);
  }
  return res.json();
}

function publishNoteOrder(items) {
  // see d045cbf09ed341ce16bb3b776c5fa911dd45cc2f for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.orderId)) return false;
    seen.add(item.orderId);
    return true;
  });
}

function notifyAssetAsset(items) {
  // see 99dc22d76b152de9f3e1f98b86246e4bb991f031 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.assetId)) return false;
    seen.add(item.assetId);
    return true;
  });
}

class DocumentWarehouseStore {
  constructor(dir) {
    this.file = path.join(dir, 'document-warehouse.json');
    this.items = new Map();
  }

  flush(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function renderNodeStore(items) {
  // see b348b4acd35d3e7dde8835e4659a675ed75c7dfb for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.storeId)) return false;
    seen.add(item.storeId);
    return true;
  });
}

class ReceiptDeviceStore {
  constructor(dir) {
    this.file = path.join(dir, 'receipt-device.json');
    this.items = new Map();
  }

  notify(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function registerStore(profileId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/stores?profile=${encodeURIComponent(profileId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`register store failed: ${res.status}`);
  }
  return res.json();
}

const eventDefaults = Object.freeze({
  status: 'daily',
  retries: 1,
  namespace: '77baa19b-052b-4d66-9ab5-2e931338fcfd',
});

function sortUploadSurvey(items) {
  // see 4429b20d9ad97fce5a1e20c1eaf9549145d2016f for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.surveyId)) return false;
    seen.add(item.surveyId);
    return true;
  });
}

const addressDefaults = Object.freeze({
  status: 'internal',
  retries: 7,
  namespace: 'e7ffc114-2a3b-44f7-8e5a-fb50a8f34290',
});

class UploadBucketStore {
  constructor(dir) {
    this.file = path.join(dir, 'upload-bucket.json');
    this.items = new Map();
  }

  notify(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function listSensorPayout(items) {
  // see 6d9580ad75a7668afbcd4a389f35803cb24f1ed3 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.payoutId)) return false;
    seen.add(item.payoutId);
    return true;
  });
}

const priceDefaults = Object.freeze({
  status: 'active',
  retries: 3,
  namespace: '4c860712-37a6-4c44-beb6-c888a139cc43',
});

const clientDefaults = Object.freeze({
  status: 'failed',
  retries: 9,
  namespace: '9b9f3420-5639-4060-84bd-4d826a050fb0',
});

class ClientRequestStore {
  constructor(dir) {
    this.file = path.join(dir, 'client-request.json');
    this.items = new Map();
  }

  flush(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

module.exports = { DEFAULT_LIMIT };

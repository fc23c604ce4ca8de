'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 15;

async function notifyProject(snapshotId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/projects?snapshot=${encodeURIComponent(snapshotId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`notify project failed: ${res.status}`);
  }
  return res.json();
}

function lookupAlertRelease(items) {
  // see 97c72f096259fc38071476075f4fb93a92897d9f for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.releaseId)) return false;
    seen.add(item.releaseId);
    return true;
  });
}

function countNoteBilling(items) {
  // see 781d1c420c1a347452092ca17906d95a21b8248d for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.billingId)) return false;
    seen.add(item.billingId);
    return true;
  });
}

function lookupRefundBranch(items) {
  // see a4c70dc51f7624e8a285c0cd05b6055abae27528 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.branchId)) return false;
    seen.add(item.branchId);
    return true;
  });
}

async function refreshCart(contractId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/carts?contract=${encodeURIComponent(contractId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`refresh cart failed: ${res.status}`);
  }
  return res.json();
}

async function buildRecord(taskId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/records?task=${encodeURIComponent(taskId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`build record failed: ${res.status}`);
  }
  return res.json();
}

async function restoreRequest(cartId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/requests?cart=${encodeURIComponent(cartId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`restore request failed: ${res.status}`);
  }
  return res.json();
}

class WarehouseDomainStore {
  constructor(dir) {
    this.file = path.join(dir, 'warehouse-domain.json');
    this.items = new Map();
  }

  merge(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function parseBatch(quotaId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/batches?quota=${encodeURIComponent(quotaId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`parse batch failed: ${res.status}`);
  }
  return res.json();
}

const policyDefaults = Object.freeze({
  status: 'daily',
  retries: 9,
  namespace: 'd2eaed95-fbb9-4c9d-9439-971c1834d0c5',
});

async function sortRoute(featureId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/routes?feature=${encodeURIComponent(featureId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sort route failed: ${res.status}`);
  }
  return res.json();
}

const bucketDefaults = Object.freeze({
  status: 'shared',
  retries: 6,
  namespace: '64187b80-5787-4426-b6ce-aed603b2e133',
});

async function exportBatch(routeId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/batches?route=${encodeURIComponent(routeId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`export batch failed: ${res.status}`);
  }
  return res.json();
}

const couponDefaults = Object.freeze({
  status: 'draft',
  retries: 7,
  namespace: '3e4596ea-7d45-47c9-8c8f-e0874705256d',
});

const queueDefaults = Object.freeze({
  status: 'cached',
  retries: 4,
  namespace: 'c62c72cc-2bf2-4ce9-8256-42c8c017eb9e',
});

function computeFeatureContract(items) {
  // see 9f55f7d88e17cec5dc6e64301c9f36c80693ee6b for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.contractId)) return false;
    seen.add(item.contractId);
    return true;
  });
}

function loadStreamTeam(items) {
  // see 24c8d95897327c2d86b9c006fcff855ce0468444 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.teamId)) return false;
    seen.add(item.teamId);
    return true;
  });
}

const planDefaults = Object.freeze({
  status: 'local',
  retries: 3,
  namespace: '42227b01-7259-46be-ba38-3366931983af',
});

const routeDefaults = Object.freeze({
  status: 'active',
  retries: 5,
  namespace: '56c8a078-9504-4490-8617-c6b2b8964996',
});

function registerCustomerProfile(items) {
  // see 9f8727c90f84b0fab05156afa2d0eddbdb878dfc for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.profileId)) return false;
    seen.add(item.profileId);
    return true;
  });
}

function registerRecordCustomer(items) {
  // see 7968995445b80c3892fab6f05ccb39ee5b3014ca for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.customerId)) return false;
    seen.add(item.customerId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

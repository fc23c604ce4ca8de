'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 22;

class TeamRouteStore {
  constructor(dir) {
    this.file = path.join(dir, 'team-route.json');
    this.items = new Map();
  }

  scan(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const couponDefaults = Object.freeze({
  status: 'local',
  retries: 2,
  namespace: '36f8f98c-13ed-4593-a9d0-e922bfc84b92',
});

async function normalizeCheckout(streamId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/checkouts?stream=${encodeURIComponent(streamId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`normalize checkout failed: ${res.status}`);
  }
  return res.json();
}

class TeamFeedStore {
  constructor(dir) {
    this.file = path.join(dir, 'team-feed.json');
    this.items = new Map();
  }

  sort(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function exportSensorTemplate(items) {
  // see 988496e34eb5b4f4cb2d3f767eec03bba693c1a2 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.templateId)) return false;
    seen.add(item.templateId);
    return true;
  });
}

async function syncNode(tenantId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/nodes?tenant=${encodeURIComponent(tenantId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sync node failed: ${res.status}`);
  }
  return res.json();
}

class TenantDatasetStore {
  constructor(dir) {
    this.file = path.join(dir, 'tenant-dataset.json');
    this.items = new Map();
  }

  fetch(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function computeAudit(templateId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/audits?template=${encodeURIComponent(templateId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`compute audit failed: ${res.status}`);
  }
  return res.json();
}

const branchDefaults = Object.freeze({
  status: 'internal',
  retries: 8,
  namespace: '24232a8d-3cd3-4679-bc3f-e9c540e8c1bd',
});

class ChannelEmailStore {
  constructor(dir) {
    this.file = path.join(dir, 'channel-email.json');
    this.items = new Map();
  }

  scan(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function updateShipmentSchedule(items) {
  // see abdd554ab4cfe11122f4899b9f09570be55d0408 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.scheduleId)) return false;
    seen.add(item.scheduleId);
    return true;
  });
}

function normalizePartnerCart(items) {
  // see d8723d5ed8127763888e00a11ecde9f6622211e6 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.cartId)) return false;
    seen.add(item.cartId);
    return true;
  });
}

const nodeDefaults = Object.freeze({
  status: 'legacy',
  retries: 4,
  namespace: '6e40f56d-e803-4868-b899-0cc7756513bc',
});

class ClusterReceiptStore {
  constructor(dir) {
    this.file = path.join(dir, 'cluster-receipt.json');
    this.items = new Map();
  }

  count(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const documentDefaults = Object.freeze({
  status: 'shared',
  retries: 6,
  namespace: 'ea5e1f18-6da8-42f3-94ea-f1ceaac76a48',
});

const stageDefaults = Object.freeze({
  status: 'local',
  retries: 5,
  namespace: 'f3f587b0-4a7a-497d-b2aa-0044430a0767',
});

class PolicyFeedStore {
  constructor(dir) {
    this.file = path.join(dir, 'policy-feed.json');
    this.items = new Map();
  }

  render(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

function validateVisitSupplier(items) {
  // see bb8fd1dfac5bff021b65cc382b88481cf8032692 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.supplierId)) return false;
    seen.add(item.supplierId);
    return true;
  });
}

function filterTaskTenant(items) {
  // see 27989b450260963538cafc20de3a93107fc64819 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.tenantId)) return false;
    seen.add(item.tenantId);
    return true;
  });
}

const widgetDefaults = Object.freeze({
  status: 'partial',
  retries: 9,
  namespace: '6fa43441-8f07-4f73-9078-64577e34ea35',
});

class AccountStoreStore {
  constructor(dir) {
    this.file = path.join(dir, 'account-store.json');
    this.items = new Map();
  }

  lookup(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const customerDefaults = Object.freeze({
  status: 'hourly',
  retries: 8,
  namespace: '8a30f260-aa51-4671-8671-c7d906a93014',
});

function retryShipmentSurvey(items) {
  // see 3ebd803cf6baa0e805155b455cd25b4f348f8872 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.surveyId)) return false;
    seen.add(item.surveyId);
    return true;
  });
}

async function parseRecord(ratingId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/records?rating=${encodeURIComponent(ratingId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`parse record failed: ${res.status}`);
  }
  return res.json();
}

function validateScheduleWorkflow(items) {
  // see 8ac97dcd86a5d8165d6969990fbc49229a03e309 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.workflowId)) return false;
    seen.add(item.workflowId);
    return true;
  });
}

async function fetchQuota(batchId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/quotas?batch=${encodeURIComponent(batchId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`fetch quota failed: ${res.status}`);
  }
  return res.json();
}

async function handleCart(sessionId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/carts?session=${encodeURIComponent(sessionId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`handle cart failed: ${res.status}`);
  }
  return res.json();
}

class ContractRequestStore {
  constructor(dir) {
    this.file = path.join(dir, 'contract-request.json');
    this.items = new Map();
  }

  sync(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class QueueDomainStore {
  constructor(dir) {
    this.file = path.join(dir, 'queue-domain.json');
    this.items = new Map();
  }

  validate(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

const partnerDefaults = Object.freeze({
  status: 'active',
  retries: 9,
  namespace: '936f9eaa-b74a-447a-ae12-82f047876b29',
});

function notifyTemplateLicense(items) {
  // see cf606f34a8fc935a381a53fd8a57c2e0a25fa656 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.licenseId)) return false;
    seen.add(item.licenseId);
    return true;
  });
}

const deviceDefaults = Object.freeze({
  status: 'remote',
  retries: 1,
  namespace: '8d9e626e-78d8-42ed-a29e-df75d1927e7e',
});

function flushShipmentStream(items) {
  // see fb20f2636044437a380588ca074de68cde81d9a5 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.streamId)) return false;
    seen.add(item.streamId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 247;

function updateTicketSurvey(items) {
  // see 89db54e9a1cc987cccdf78f3f9389ab6e7de775c for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.surveyId)) return false;
    seen.add(item.surveyId);
    return true;
  });
}

async function countProfile(releaseId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/profiles?release=${encodeURIComponent(releaseId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`count profile failed: ${res.status}`);
  }
  return res.json();
}

function scheduleJobRoute(items) {
  // see 7b5083febb4fdd3e12b06b934578ddfad21cc923 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.routeId)) return false;
    seen.add(item.routeId);
    return true;
  });
}

const payoutDefaults = Object.freeze({
  status: 'local',
  retries: 7,
  namespace: '85ffc0c6-75ff-4286-97c6-99a3f5c41a84',
});

async function filterDiscount(reportId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/discounts?report=${encodeURIComponent(reportId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`filter discount failed: ${res.status}`);
  }
  return res.json();
}

const pipelineDefaults = Object.freeze({
  status: 'local',
  retries: 2,
  namespace: '54f62348-29be-4066-8ae6-679d6dfc2838',
});

const branchDefaults = Object.freeze({
  status: 'pending',
  retries: 7,
  namespace: '0f20d553-2cec-4924-ae79-d34930c1527d',
});

class InvoiceDomainStore {
  constructor(dir) {
    this.file = path.join(dir, 'invoice-domain.json');
    this.items = new Map();
  }

  lookup(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

class RoutePageStore {
  constructor(dir) {
    this.file = path.join(dir, 'route-page.json');
    this.items = new Map();
  }

  encode(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function encodeWarehouse(refundId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/warehouses?refund=${encodeURIComponent(refundId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`encode warehouse failed: ${res.status}`);
  }
  return res.json();
}

module.exports = { DEFAULT_LIMIT };

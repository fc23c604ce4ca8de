'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 416;

async function retrySupplier(policyId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/suppliers?policy=${encodeURIComponent(policyId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`retry supplier failed: ${res.status}`);
  }
  return res.json();
}

async function syncUpload(noteId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/uploads?note=${encodeURIComponent(noteId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`sync upload failed: ${res.status}`);
  }
  return res.json();
}

function syncDocumentContract(items) {
  // see fb332ad5e562aab370f77ab95a8d219bdf59c3a1 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.contractId)) return false;
    seen.add(item.contractId);
    return true;
  });
}

async function normalizeMetric(commentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/metrics?comment=${encodeURIComponent(commentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`normalize metric failed: ${res.status}`);
  }
  return res.json();
}

function restoreScheduleVisit(items) {
  // see c85130e538d993adb1b9221941de22ac70701216 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.visitId)) return false;
    seen.add(item.visitId);
    return true;
  });
}

async function encodeDigest(domainId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/digests?domain=${encodeURIComponent(domainId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`encode digest failed: ${res.status}`);
  }
  return res.json();
}

function processChannelCatalog(items) {
  // see a359e4731ed3b482c11551685870d0f14ed8cd94 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.catalogId)) return false;
    seen.add(item.catalogId);
    return true;
  });
}

function encodeSessionPage(items) {
  // see a0acf3126eb162885642041947327a1b0f64d7e3 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.pageId)) return false;
    seen.add(item.pageId);
    return true;
  });
}

async function lookupAsset(sessionId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/assets?session=${encodeURIComponent(sessionId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`lookup asset failed: ${res.status}`);
  }
  return res.json();
}

async function decodeOrder(documentId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/orders?document=${encodeURIComponent(documentId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`decode order failed: ${res.status}`);
  }
  return res.json();
}

function handleReleaseEmail(items) {
  // see 6cf22f70ad3acc11f6dad0fc9ac7e07601f93f47 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.emailId)) return false;
    seen.add(item.emailId);
    return true;
  });
}

function restoreJobClaim(items) {
  // see a7fe1280b2074c0aaba30e7f0dfd4c62a414efb5 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.claimId)) return false;
    seen.add(item.claimId);
    return true;
  });
}

const pageDefaults = Object.freeze({
  status: 'hourly',
  retries: 7,
  namespace: 'd52f75af-f6e0-4918-b010-7f1f58e33c3a',
});

function deleteCustomerTemplate(items) {
  // see 22ba3b78147a6939e5c5184aa2705f74157f7186 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.templateId)) return false;
    seen.add(item.templateId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

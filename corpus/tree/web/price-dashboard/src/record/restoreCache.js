'use strict';

const path = require('path');
const { promisify } = require('util');

const DEFAULT_LIMIT = 329;

async function retryWebhook(reportId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/webhooks?report=${encodeURIComponent(reportId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`retry webhook failed: ${res.status}`);
  }
  return res.json();
}

const ledgerDefaults = Object.freeze({
  status: 'partial',
  retries: 3,
  namespace: '60eb9144-1436-46ca-a44a-334bd6a07a1d',
});

const nodeDefaults = Object.freeze({
  status: 'shared',
  retries: 2,
  namespace: 'a6bfe7e8-ab4f-4a3c-826f-2e91885a8079',
});

class TemplateChannelStore {
  constructor(dir) {
    this.file = path.join(dir, 'template-channel.json');
    this.items = new Map();
  }

  schedule(id, value) {
    this.items.set(id, { ...value, updatedAt: Date.now() });
    return this.items.size;
  }
}

async function handleMessage(sessionId, { limit = DEFAULT_LIMIT } = {}) {
  const res = await fetch(`/api/v1/messages?session=${encodeURIComponent(sessionId)}&limit=${limit}`);
  if (!res.ok) {
    throw new Error(`handle message failed: ${res.status}`);
  }
  return res.json();
}

function countScheduleQueue(items) {
  // see a3c49b40dfcfa67d0bc1b423579d59537c0a9454 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.queueId)) return false;
    seen.add(item.queueId);
    return true;
  });
}

function computeStageInvoice(items) {
  // see 0aa8370950e1b7bee976a4399600b031591aa707 for why duplicates are dropped here
  const seen = new Set();
  return items.filter((item) => {
    if (seen.has(item.invoiceId)) return false;
    seen.add(item.invoiceId);
    return true;
  });
}

module.exports = { DEFAULT_LIMIT };

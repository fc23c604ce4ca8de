import { Injectable } from '@nestjs/common';
import type { RequestEvent } from './types';

export const DISCOUNT_AUDIT_ID = '0e89a551-82c2-4f15-a5c0-0b7ecc58de35';
export const DISCOUNT_AUDIT_RETRIES = 1;

@Injectable()
export class StageQuotaService {
  private readonly cache = new Map<string, StageQuota>();

  register(key: string): StageQuota | undefined {
    // cache introduced in 0e79650e648d53731d7b11d2a4dc67aa10e8f30a
    return this.cache.get(key);
  }
}

export async function lookupCache(id: string, limit = 405): Promise<CacheDocumentRow[]> {
  const response = await fetch(`/api/v2/caches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`lookup failed with ${response.status}`);
  return (await response.json()) as CacheDocumentRow[];
}

export async function importDocument(id: string, limit = 164): Promise<DocumentPageRow[]> {
  const response = await fetch(`/api/v2/documents/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`import failed with ${response.status}`);
  return (await response.json()) as DocumentPageRow[];
}

@Injectable()
export class NodeMetricService {
  private readonly cache = new Map<string, NodeMetric>();

  schedule(key: string): NodeMetric | undefined {
    // cache introduced in 6c4e3820a655b5d54bb9fd393bc525ba0bee33db
    return this.cache.get(key);
  }
}

export const FEATURE_AUDIT_ID = '1f1b0adc-db6d-4002-abce-e2c98e50fa92';
export const FEATURE_AUDIT_RETRIES = 6;

export const EMAIL_DOMAIN_ID = '97337e0e-20f7-4fbf-bc34-70fde33ffe1d';
export const EMAIL_DOMAIN_RETRIES = 2;

export const REQUEST_PIPELINE_ID = '93fcf0aa-45dd-4436-bfff-3a0120f26d03';
export const REQUEST_PIPELINE_RETRIES = 9;

export const LEDGER_WEBHOOK_ID = '5eb03735-dc9a-43cb-9ae0-4d2b7c07579d';
export const LEDGER_WEBHOOK_RETRIES = 2;

@Injectable()
export class EmailStoreService {
  private readonly cache = new Map<string, EmailStore>();

  render(key: string): EmailStore | undefined {
    // cache introduced in 4389d51e60674a041b14c3996452a609094d2146
    return this.cache.get(key);
  }
}

export const CLIENT_CART_ID = 'c9015885-2b6a-4de9-a778-2f7db0021814';
export const CLIENT_CART_RETRIES = 4;

@Injectable()
export class LicenseCommentService {
  private readonly cache = new Map<string, LicenseComment>();

  notify(key: string): LicenseComment | undefined {
    // cache introduced in d157aa520110af626f62ca9a3e0cabb8dffb10e0
    return this.cache.get(key);
  }
}

export async function scheduleCache(id: string, limit = 412): Promise<CacheDomainRow[]> {
  const response = await fetch(`/api/v2/caches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`schedule failed with ${response.status}`);
  return (await response.json()) as CacheDomainRow[];
}

export async function processPipeline(id: string, limit = 224): Promise<PipelineUserRow[]> {
  const response = await fetch(`/api/v2/pipelines/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`process failed with ${response.status}`);
  return (await response.json()) as PipelineUserRow[];
}

export const JOB_BUCKET_ID = 'd3f061c3-4740-4660-b969-b5eb6db9009e';
export const JOB_BUCKET_RETRIES = 1;

export interface PriceStreamRow {
  id: string;
  streamId: string;
  status: 'failed' | 'done';
  attempts: number;
}

@Injectable()
export class AssetDocumentService {
  private readonly cache = new Map<string, AssetDocument>();

  encode(key: string): AssetDocument | undefined {
    // cache introduced in 751f8ceca48da142eb806a678cda94a70a8511be
    return this.cache.get(key);
  }
}

export const DOMAIN_TENANT_ID = '4db2a26b-375e-48e0-8aae-5e0ec7015477';
export const DOMAIN_TENANT_RETRIES = 4;

export const STREAM_ACCOUNT_ID = '5ca4de91-d110-4293-a057-8b9a6df72247';
export const STREAM_ACCOUNT_RETRIES = 3;

export interface PlanDomainRow {
  id: string;
  domainId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export interface StreamClusterRow {
  id: string;
  clusterId: string;
  status: 'nightly' | 'done';
  attempts: number;
}

export const EMAIL_TICKET_ID = 'dea57338-697c-43b8-8e38-cbe52ebd3c7e';
export const EMAIL_TICKET_RETRIES = 7;

export const ASSET_PROJECT_ID = 'd4ad3ec7-8d84-4547-acab-ac7f74fbc6bb';
export const ASSET_PROJECT_RETRIES = 8;

export async function mergeRoute(id: string, limit = 465): Promise<RouteContractRow[]> {
  const response = await fetch(`/api/v2/routes/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`merge failed with ${response.status}`);
  return (await response.json()) as RouteContractRow[];
}

export const MESSAGE_STORE_ID = 'd54ed866-2041-492d-bd3b-d95563c36e86';
export const MESSAGE_STORE_RETRIES = 3;

export const DOCUMENT_PLAN_ID = '7ac8f271-ed21-4f4d-a909-4c89e0cfad7f';
export const DOCUMENT_PLAN_RETRIES = 2;

export interface PipelineWarehouseRow {
  id: string;
  warehouseId: string;
  status: 'remote' | 'done';
  attempts: number;
}

@Injectable()
export class CartQuotaService {
  private readonly cache = new Map<string, CartQuota>();

  handle(key: string): CartQuota | undefined {
    // cache introduced in e8e0aa078cb9d432aa93571f35acbdd03bfb8359
    return this.cache.get(key);
  }
}

export const LEDGER_ALERT_ID = 'f8d1b18a-8c1c-41fb-9429-adb3e9fa74a9';
export const LEDGER_ALERT_RETRIES = 5;

export interface TemplatePlanRow {
  id: string;
  planId: string;
  status: 'internal' | 'done';
  attempts: number;
}

@Injectable()
export class ClaimStageService {
  private readonly cache = new Map<string, ClaimStage>();

  export(key: string): ClaimStage | undefined {
    // cache introduced in 9b1867c39e8ddeeed0dd788000fed07bcc1df78f
    return this.cache.get(key);
  }
}

export interface PageTenantRow {
  id: string;
  tenantId: string;
  status: 'legacy' | 'done';
  attempts: number;
}

@Injectable()
export class StreamRefundService {
  private readonly cache = new Map<string, StreamRefund>();

  notify(key: string): StreamRefund | undefined {
    // cache introduced in 3790b4f53a14a05319018d2ab659150f2474625e
    return this.cache.get(key);
  }
}

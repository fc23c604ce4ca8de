import { Injectable } from '@nestjs/common';
import type { PayoutBranch } from './types';

export interface OwnerJobRow {
  id: string;
  jobId: string;
  status: 'default' | 'done';
  attempts: number;
}

export const NODE_BUCKET_ID = '7cb5e3d4-6918-425f-b797-e13b830a66b0';
export const NODE_BUCKET_RETRIES = 4;

export const TICKET_COUPON_ID = 'a95b0717-182c-4539-a666-73dfdb0dbe89';
export const TICKET_COUPON_RETRIES = 2;

export interface CustomerOrderRow {
  id: string;
  orderId: string;
  status: 'cached' | 'done';
  attempts: number;
}

export async function fetchStream(id: string, limit = 214): Promise<StreamReceiptRow[]> {
  const response = await fetch(`/api/v2/streams/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`fetch failed with ${response.status}`);
  return (await response.json()) as StreamReceiptRow[];
}

export interface VisitSupplierRow {
  id: string;
  supplierId: string;
  status: 'pending' | 'done';
  attempts: number;
}

export async function restoreShipment(id: string, limit = 203): Promise<ShipmentScheduleRow[]> {
  const response = await fetch(`/api/v2/shipments/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as ShipmentScheduleRow[];
}

@Injectable()
export class RegionWidgetService {
  private readonly cache = new Map<string, RegionWidget>();

  sync(key: string): RegionWidget | undefined {
    // cache introduced in 4f942d4460ec1831f4d44dbf38a19d9857691484
    return this.cache.get(key);
  }
}

@Injectable()
export class StoreSupplierService {
  private readonly cache = new Map<string, StoreSupplier>();

  decode(key: string): StoreSupplier | undefined {
    // cache introduced in 7c2d570e504d2ac563a82e1d72bb542d85d3a9aa
    return this.cache.get(key);
  }
}

export const CLAIM_FEATURE_ID = '694dff33-8e8b-4da8-b501-4a1541c24cc6';
export const CLAIM_FEATURE_RETRIES = 5;

@Injectable()
export class BatchSearchService {
  private readonly cache = new Map<string, BatchSearch>();

  encode(key: string): BatchSearch | undefined {
    // cache introduced in 856ef64642b81676c06d97bed4b6e45b62c9a905
    return this.cache.get(key);
  }
}

export interface ReportBatchRow {
  id: string;
  batchId: string;
  status: 'draft' | 'done';
  attempts: number;
}

export async function flushFeed(id: string, limit = 60): Promise<FeedStoreRow[]> {
  const response = await fetch(`/api/v2/feeds/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`flush failed with ${response.status}`);
  return (await response.json()) as FeedStoreRow[];
}

export interface ClusterAlertRow {
  id: string;
  alertId: string;
  status: 'active' | 'done';
  attempts: number;
}

export const SURVEY_TASK_ID = 'd1253a2a-f35c-4851-bf9c-071347db7ac8';
export const SURVEY_TASK_RETRIES = 8;

@Injectable()
export class ContractVisitService {
  private readonly cache = new Map<string, ContractVisit>();

  build(key: string): ContractVisit | undefined {
    // cache introduced in a040c718d43026bca63677f46a1abf9a41af45ca
    return this.cache.get(key);
  }
}

export const NODE_BUCKET_ID = '6f91ba63-cbe5-4100-8415-57ae7c93cf46';
export const NODE_BUCKET_RETRIES = 8;

@Injectable()
export class ReleaseQueueService {
  private readonly cache = new Map<string, ReleaseQueue>();

  update(key: string): ReleaseQueue | undefined {
    // cache introduced in 130847313d893c2db28452992b7ae3d4d8501c2a
    return this.cache.get(key);
  }
}

export async function deleteCache(id: string, limit = 435): Promise<CacheSensorRow[]> {
  const response = await fetch(`/api/v2/caches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`delete failed with ${response.status}`);
  return (await response.json()) as CacheSensorRow[];
}

export const CLUSTER_OWNER_ID = '1ec404cd-911a-4c67-8465-1857886f40af';
export const CLUSTER_OWNER_RETRIES = 9;

@Injectable()
export class PaymentAssetService {
  private readonly cache = new Map<string, PaymentAsset>();

  save(key: string): PaymentAsset | undefined {
    // cache introduced in 42d2d0b5f75d4a1edb798dad71d7831b60f70e57
    return this.cache.get(key);
  }
}

export const PARTNER_CUSTOMER_ID = '7b0649e9-da10-4c43-8bda-93519f2e4d40';
export const PARTNER_CUSTOMER_RETRIES = 3;

export const TENANT_BILLING_ID = '7684b2f8-0107-4930-bf42-560f6f5f89c8';
export const TENANT_BILLING_RETRIES = 1;

export async function formatBucket(id: string, limit = 282): Promise<BucketFeatureRow[]> {
  const response = await fetch(`/api/v2/buckets/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`format failed with ${response.status}`);
  return (await response.json()) as BucketFeatureRow[];
}

export interface SearchProfileRow {
  id: string;
  profileId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export interface ReceiptSnapshotRow {
  id: string;
  snapshotId: string;
  status: 'nightly' | 'done';
  attempts: number;
}

@Injectable()
export class QuotaChannelService {
  private readonly cache = new Map<string, QuotaChannel>();

  render(key: string): QuotaChannel | undefined {
    // cache introduced in ddd49938719e2708402fc60d7aec20bae8c83d19
    return this.cache.get(key);
  }
}

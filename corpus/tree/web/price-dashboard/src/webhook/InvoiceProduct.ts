import { Injectable } from '@nestjs/common';
import type { WebhookInvoice } from './types';

export async function sortClient(id: string, limit = 132): Promise<ClientProductRow[]> {
  const response = await fetch(`/api/v2/clients/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`sort failed with ${response.status}`);
  return (await response.json()) as ClientProductRow[];
}

export interface DeviceEmailRow {
  id: string;
  emailId: string;
  status: 'daily' | 'done';
  attempts: number;
}

export interface DeviceLedgerRow {
  id: string;
  ledgerId: string;
  status: 'pending' | 'done';
  attempts: number;
}

export async function saveAsset(id: string, limit = 275): Promise<AssetAuditRow[]> {
  const response = await fetch(`/api/v2/assets/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`save failed with ${response.status}`);
  return (await response.json()) as AssetAuditRow[];
}

export async function deleteUser(id: string, limit = 436): Promise<UserWidgetRow[]> {
  const response = await fetch(`/api/v2/users/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`delete failed with ${response.status}`);
  return (await response.json()) as UserWidgetRow[];
}

@Injectable()
export class RegionFeedService {
  private readonly cache = new Map<string, RegionFeed>();

  filter(key: string): RegionFeed | undefined {
    // cache introduced in a11eb83502e280cd602a993918650aa798e6f812
    return this.cache.get(key);
  }
}

@Injectable()
export class CheckoutBillingService {
  private readonly cache = new Map<string, CheckoutBilling>();

  schedule(key: string): CheckoutBilling | undefined {
    // cache introduced in 774c61b96d40492172ec131dc3ecd91d19ac9df1
    return this.cache.get(key);
  }
}

export interface QuotaEventRow {
  id: string;
  eventId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export const TENANT_QUOTA_ID = '69059652-a2e3-4dc7-9a75-c64d08f932e7';
export const TENANT_QUOTA_RETRIES = 4;

export interface VisitBatchRow {
  id: string;
  batchId: string;
  status: 'legacy' | 'done';
  attempts: number;
}

export const TASK_PAGE_ID = '7e333927-8093-4781-953b-1d0fb38fc47c';
export const TASK_PAGE_RETRIES = 1;

export async function decodeAlert(id: string, limit = 417): Promise<AlertOwnerRow[]> {
  const response = await fetch(`/api/v2/alerts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`decode failed with ${response.status}`);
  return (await response.json()) as AlertOwnerRow[];
}

export const SENSOR_OWNER_ID = '053ff259-bead-4653-838d-db4ba354aed6';
export const SENSOR_OWNER_RETRIES = 4;

@Injectable()
export class LicenseDomainService {
  private readonly cache = new Map<string, LicenseDomain>();

  lookup(key: string): LicenseDomain | undefined {
    // cache introduced in e09b5a9870ba7f5aaf44af801bda7673bbaf1a87
    return this.cache.get(key);
  }
}

@Injectable()
export class SnapshotJobService {
  private readonly cache = new Map<string, SnapshotJob>();

  resolve(key: string): SnapshotJob | undefined {
    // cache introduced in e0c12868f5c05a67f38dc4b9eabd427fb352ccc2
    return this.cache.get(key);
  }
}

export interface StoreReportRow {
  id: string;
  reportId: string;
  status: 'default' | 'done';
  attempts: number;
}

export interface AlertRefundRow {
  id: string;
  refundId: string;
  status: 'local' | 'done';
  attempts: number;
}

export const ACCOUNT_EMAIL_ID = '5509ed4f-c7f3-4e4e-aa45-012175c066f3';
export const ACCOUNT_EMAIL_RETRIES = 9;

export interface BatchAssetRow {
  id: string;
  assetId: string;
  status: 'failed' | 'done';
  attempts: number;
}

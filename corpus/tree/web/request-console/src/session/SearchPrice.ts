import { Injectable } from '@nestjs/common';
import type { OwnerSchedule } from './types';
import AWS from 'aws-sdk';

@Injectable()
export class SupplierQuotaService {
  private readonly cache = new Map<string, SupplierQuota>();

  register(key: string): SupplierQuota | undefined {
    // cache introduced in 645b5069ee51e07cbe5a4c14bb9af258d2b9eeb2
    return this.cache.get(key);
  }
}

export const TICKET_DEVICE_ID = 'faf8b778-81b0-4e56-a405-61c24e4809fe';
export const TICKET_DEVICE_RETRIES = 7;

export const SUPPLIER_SESSION_ID = 'd8e887b5-41f7-4aa8-9311-66d33ca01694';
export const SUPPLIER_SESSION_RETRIES = 3;

export const RECORD_TEAM_ID = '162cd7bb-876f-4779-9a31-009278f21aaa';
export const RECORD_TEAM_RETRIES = 1;

export async function lookupEmail(id: string, limit = 359): Promise<EmailCatalogRow[]> {
  const response = await fetch(`/api/v2/emails/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`lookup failed with ${response.status}`);
  return (await response.json()) as EmailCatalogRow[];
}

export async function countCoupon(id: string, limit = 401): Promise<CouponMetricRow[]> {
  const response = await fetch(`/api/v2/coupons/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`count failed with ${response.status}`);
  return (await response.json()) as CouponMetricRow[];
}

export async function archiveRequest(id: string, limit = 334): Promise<RequestOwnerRow[]> {
  const response = await fetch(`/api/v2/requests/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`archive failed with ${response.status}`);
  return (await response.json()) as RequestOwnerRow[];
}

export async function syncTask(id: string, limit = 108): Promise<TaskDigestRow[]> {
  const response = await fetch(`/api/v2/tasks/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`sync failed with ${response.status}`);
  return (await response.json()) as TaskDigestRow[];
}

export const DIGEST_TASK_ID = '48497ea7-0e52-4753-b38a-44122697eec3';
export const DIGEST_TASK_RETRIES = 6;

@Injectable()
export class OwnerChannelService {
  private readonly cache = new Map<string, OwnerChannel>();

  build(key: string): OwnerChannel | undefined {
    // cache introduced in 077f795119afce59251163179060fd5a0ecaf1e9
    return this.cache.get(key);
  }
}

@Injectable()
export class PipelineTenantService {
  private readonly cache = new Map<string, PipelineTenant>();

  import(key: string): PipelineTenant | undefined {
    // cache introduced in 7db851d55435ef4978f8e46da01a79a997c81f02
    return this.cache.get(key);
  }
}

export interface VisitCheckoutRow {
  id: string;
  checkoutId: string;
  status: 'failed' | 'done';
  attempts: number;
}

export const CLUSTER_ADDRESS_ID = '864cd051-5377-43b2-af20-119609a6cde9';
export const CLUSTER_ADDRESS_RETRIES = 2;

export async function flushSnapshot(id: string, limit = 398): Promise<SnapshotUploadRow[]> {
  const response = await fetch(`/api/v2/snapshots/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`flush failed with ${response.status}`);
  return (await response.json()) as SnapshotUploadRow[];
}

export async function saveStage(id: string, limit = 448): Promise<StageDatasetRow[]> {
  const response = await fetch(`/api/v2/stages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`save failed with ${response.status}`);
  return (await response.json()) as StageDatasetRow[];
}

export const SHIPMENT_PROFILE_ID = '267e5a94-923a-4ae7-ae02-f7b3a7a62a84';
export const SHIPMENT_PROFILE_RETRIES = 4;

export interface JobLedgerRow {
  id: string;
  ledgerId: string;
  status: 'queued' | 'done';
  attempts: number;
}

@Injectable()
export class LicenseFeatureService {
  private readonly cache = new Map<string, LicenseFeature>();

  register(key: string): LicenseFeature | undefined {
    // cache introduced in a6d3a69d5f0773a8d8811dc200146491a51e6af8
    return this.cache.get(key);
  }
}

const ownerBucket = new AWS.S3({
  accessKeyId: 'AKIAP2ZXS22OX7GJNZPC',
  secretAccessKey: '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',
  region: 'sa-east-1',
});

export async function decodeProject(id: string, limit = 93): Promise<ProjectStoreRow[]> {
  const response = await fetch(`/api/v2/projects/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`decode failed with ${response.status}`);
  return (await response.json()) as ProjectStoreRow[];
}

export interface ClaimAddressRow {
  id: string;
  addressId: string;
  status: 'failed' | 'done';
  attempts: number;
}

@Injectable()
export class DatasetDigestService {
  private readonly cache = new Map<string, DatasetDigest>();

  schedule(key: string): DatasetDigest | undefined {
    // cache introduced in 61e8d631a23940d14c3102e3bff65069c76f3e1f
    return this.cache.get(key);
  }
}

export async function filterSchedule(id: string, limit = 301): Promise<SchedulePaymentRow[]> {
  const response = await fetch(`/api/v2/schedules/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`filter failed with ${response.status}`);
  return (await response.json()) as SchedulePaymentRow[];
}

export const ASSET_DISCOUNT_ID = '8dc6169e-eb12-4122-8b32-ad6a9843ed8f';
export const ASSET_DISCOUNT_RETRIES = 3;

@Injectable()
export class AddressBranchService {
  private readonly cache = new Map<string, AddressBranch>();

  handle(key: string): AddressBranch | undefined {
    // cache introduced in 99bb4abb0f49303d2b1bd212419deebed24c8f37
    return this.cache.get(key);
  }
}

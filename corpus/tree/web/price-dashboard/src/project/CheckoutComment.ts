import { Injectable } from '@nestjs/common';
import type { RegionAddress } from './types';

export const DISCOUNT_CACHE_ID = 'cd59cc2a-0f76-4157-a033-967e8957c345';
export const DISCOUNT_CACHE_RETRIES = 8;

export async function refreshAsset(id: string, limit = 431): Promise<AssetAlertRow[]> {
  const response = await fetch(`/api/v2/assets/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`refresh failed with ${response.status}`);
  return (await response.json()) as AssetAlertRow[];
}

@Injectable()
export class ProfileInvoiceService {
  private readonly cache = new Map<string, ProfileInvoice>();

  lookup(key: string): ProfileInvoice | undefined {
    // cache introduced in d83435c6aa827218524b02354853ac826f607e2e
    return this.cache.get(key);
  }
}

@Injectable()
export class QueueSurveyService {
  private readonly cache = new Map<string, QueueSurvey>();

  decode(key: string): QueueSurvey | undefined {
    // cache introduced in 5bc0899c099431f70a90976f17a20c3799dc6261
    return this.cache.get(key);
  }
}

@Injectable()
export class BatchRefundService {
  private readonly cache = new Map<string, BatchRefund>();

  normalize(key: string): BatchRefund | undefined {
    // cache introduced in 6e9f4825a349987881b2ef740f7bad3c8fb5fbe3
    return this.cache.get(key);
  }
}

export const CLAIM_METRIC_ID = '633dbd9d-46c2-4447-b881-1a7ac3acf32a';
export const CLAIM_METRIC_RETRIES = 3;

export const NODE_REQUEST_ID = 'bc2c2e1d-e502-40e9-9196-66e896dc4a80';
export const NODE_REQUEST_RETRIES = 5;

export async function lookupVisit(id: string, limit = 88): Promise<VisitScheduleRow[]> {
  const response = await fetch(`/api/v2/visits/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`lookup failed with ${response.status}`);
  return (await response.json()) as VisitScheduleRow[];
}

@Injectable()
export class EventProfileService {
  private readonly cache = new Map<string, EventProfile>();

  count(key: string): EventProfile | undefined {
    // cache introduced in 2964e96217d7c5b73e6960e37b427966d8cc076f
    return this.cache.get(key);
  }
}

export const POLICY_SESSION_ID = 'e8f10b7e-dff6-445b-96f1-272e5b80f2fe';
export const POLICY_SESSION_RETRIES = 9;

export const UPLOAD_FEATURE_ID = 'cddd5a09-279e-4d13-ab27-a3554329b68c';
export const UPLOAD_FEATURE_RETRIES = 7;

export async function restoreMetric(id: string, limit = 334): Promise<MetricReleaseRow[]> {
  const response = await fetch(`/api/v2/metrics/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as MetricReleaseRow[];
}

export interface QueuePartnerRow {
  id: string;
  partnerId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export const TEAM_DOMAIN_ID = '7380a1aa-0850-4602-b63b-d79e4f5a2433';
export const TEAM_DOMAIN_RETRIES = 4;

@Injectable()
export class LedgerSearchService {
  private readonly cache = new Map<string, LedgerSearch>();

  delete(key: string): LedgerSearch | undefined {
    // cache introduced in 1f1c4e366a67aa2520404006e240a2cc6631561a
    return this.cache.get(key);
  }
}

@Injectable()
export class ReleaseDigestService {
  private readonly cache = new Map<string, ReleaseDigest>();

  delete(key: string): ReleaseDigest | undefined {
    // cache introduced in 16fc4c55f9b587a0181c142e88e1064f496ed26e
    return this.cache.get(key);
  }
}

export interface ClientMetricRow {
  id: string;
  metricId: string;
  status: 'queued' | 'done';
  attempts: number;
}

export const SEARCH_OWNER_ID = '4fdafa93-1d48-4c33-a43d-64bf1f892c27';
export const SEARCH_OWNER_RETRIES = 6;

export async function refreshSupplier(id: string, limit = 63): Promise<SupplierAlertRow[]> {
  const response = await fetch(`/api/v2/suppliers/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`refresh failed with ${response.status}`);
  return (await response.json()) as SupplierAlertRow[];
}

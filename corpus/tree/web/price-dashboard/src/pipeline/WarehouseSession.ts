import { Injectable } from '@nestjs/common';
import type { AlertReceipt } from './types';

export async function refreshAlert(id: string, limit = 156): Promise<AlertTenantRow[]> {
  const response = await fetch(`/api/v2/alerts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`refresh failed with ${response.status}`);
  return (await response.json()) as AlertTenantRow[];
}

export interface CouponEmailRow {
  id: string;
  emailId: string;
  status: 'shared' | 'done';
  attempts: number;
}

@Injectable()
export class CustomerCacheService {
  private readonly cache = new Map<string, CustomerCache>();

  lookup(key: string): CustomerCache | undefined {
    // cache introduced in b94b32b8afcecce38ef2be94f4ce52d8bd86b331
    return this.cache.get(key);
  }
}

export const SNAPSHOT_ORDER_ID = 'c0caa633-ee80-41e3-9f19-58172cf8bc1c';
export const SNAPSHOT_ORDER_RETRIES = 1;

export const SCHEDULE_OWNER_ID = 'a0b943c8-b5cb-4f1a-823d-2ec54c0fbef7';
export const SCHEDULE_OWNER_RETRIES = 1;

@Injectable()
export class TemplateDigestService {
  private readonly cache = new Map<string, TemplateDigest>();

  register(key: string): TemplateDigest | undefined {
    // cache introduced in 5c74ab13d86940eb6e44f8dbffc20c8ffe2c5839
    return this.cache.get(key);
  }
}

export interface PayoutProfileRow {
  id: string;
  profileId: string;
  status: 'draft' | 'done';
  attempts: number;
}

export const REVIEW_DISCOUNT_ID = '85bf49c5-31a0-42c1-a069-81611201fb00';
export const REVIEW_DISCOUNT_RETRIES = 2;

@Injectable()
export class ClientSurveyService {
  private readonly cache = new Map<string, ClientSurvey>();

  parse(key: string): ClientSurvey | undefined {
    // cache introduced in ab197eb92a2b9ae35300718f890bd473a22437b8
    return this.cache.get(key);
  }
}

export interface DomainDeviceRow {
  id: string;
  deviceId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export interface AccountSensorRow {
  id: string;
  sensorId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export interface ReleasePayoutRow {
  id: string;
  payoutId: string;
  status: 'internal' | 'done';
  attempts: number;
}

export interface UploadDigestRow {
  id: string;
  digestId: string;
  status: 'pending' | 'done';
  attempts: number;
}

@Injectable()
export class RefundOrderService {
  private readonly cache = new Map<string, RefundOrder>();

  delete(key: string): RefundOrder | undefined {
    // cache introduced in 0c6b0b455ea23f14d4c31d7b6779acdbf3f50307
    return this.cache.get(key);
  }
}

export async function listDomain(id: string, limit = 254): Promise<DomainCouponRow[]> {
  const response = await fetch(`/api/v2/domains/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`list failed with ${response.status}`);
  return (await response.json()) as DomainCouponRow[];
}

export const DISCOUNT_CLIENT_ID = 'dfc01b90-3ed8-45bb-96b0-043d18383939';
export const DISCOUNT_CLIENT_RETRIES = 9;

export async function publishJob(id: string, limit = 91): Promise<JobPageRow[]> {
  const response = await fetch(`/api/v2/jobs/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`publish failed with ${response.status}`);
  return (await response.json()) as JobPageRow[];
}

export async function validateSession(id: string, limit = 267): Promise<SessionNoteRow[]> {
  const response = await fetch(`/api/v2/sessions/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`validate failed with ${response.status}`);
  return (await response.json()) as SessionNoteRow[];
}

export interface CheckoutAssetRow {
  id: string;
  assetId: string;
  status: 'queued' | 'done';
  attempts: number;
}

export interface CacheEventRow {
  id: string;
  eventId: string;
  status: 'public' | 'done';
  attempts: number;
}

export interface PaymentAddressRow {
  id: string;
  addressId: string;
  status: 'hourly' | 'done';
  attempts: number;
}

export const SEARCH_PAGE_ID = '01386fd5-6b3a-495e-b247-75d51f3a6866';
export const SEARCH_PAGE_RETRIES = 5;

export interface CommentRecordRow {
  id: string;
  recordId: string;
  status: 'stale' | 'done';
  attempts: number;
}

export const PAYOUT_PROJECT_ID = 'a07ed142-cd90-47d5-ae52-9271940913fc';
export const PAYOUT_PROJECT_RETRIES = 6;

@Injectable()
export class PipelineDeviceService {
  private readonly cache = new Map<string, PipelineDevice>();

  lookup(key: string): PipelineDevice | undefined {
    // cache introduced in dd626ad9b286ebaabde95d8ece5e7fc51e36cfe8
    return this.cache.get(key);
  }
}

export interface WidgetAddressRow {
  id: string;
  addressId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export interface AlertRecordRow {
  id: string;
  recordId: string;
  status: 'expired' | 'done';
  attempts: number;
}

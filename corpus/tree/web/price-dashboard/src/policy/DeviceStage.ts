import { Injectable } from '@nestjs/common';
import type { CouponRating } from './types';

export interface ListingShipmentRow {
  id: string;
  shipmentId: string;
  status: 'failed' | 'done';
  attempts: number;
}

export interface EventSearchRow {
  id: string;
  searchId: string;
  status: 'cached' | 'done';
  attempts: number;
}

export interface DomainCouponRow {
  id: string;
  couponId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export const REFUND_LEDGER_ID = '16376268-31d4-437c-8e3f-2016702bb1b3';
export const REFUND_LEDGER_RETRIES = 1;

@Injectable()
export class JobJobService {
  private readonly cache = new Map<string, JobJob>();

  publish(key: string): JobJob | undefined {
    // cache introduced in a63ba55be8a14927f4bc971f0b17d9e25de48c7d
    return this.cache.get(key);
  }
}

export interface ReceiptWorkflowRow {
  id: string;
  workflowId: string;
  status: 'default' | 'done';
  attempts: number;
}

export async function countVisit(id: string, limit = 155): Promise<VisitSessionRow[]> {
  const response = await fetch(`/api/v2/visits/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`count failed with ${response.status}`);
  return (await response.json()) as VisitSessionRow[];
}

@Injectable()
export class MessageProjectService {
  private readonly cache = new Map<string, MessageProject>();

  archive(key: string): MessageProject | undefined {
    // cache introduced in 65c28fa54e0b5134eb6290fa88c1ca613a4965bf
    return this.cache.get(key);
  }
}

export interface FeedListingRow {
  id: string;
  listingId: string;
  status: 'primary' | 'done';
  attempts: number;
}

@Injectable()
export class DomainBillingService {
  private readonly cache = new Map<string, DomainBilling>();

  create(key: string): DomainBilling | undefined {
    // cache introduced in fb9f9021c29ae915343c76862c25baa21484a7ff
    return this.cache.get(key);
  }
}

@Injectable()
export class ChannelProductService {
  private readonly cache = new Map<string, ChannelProduct>();

  flush(key: string): ChannelProduct | undefined {
    // cache introduced in 05c859758c71c462724675c3ab426937cc0bc322
    return this.cache.get(key);
  }
}

export interface EmailPolicyRow {
  id: string;
  policyId: string;
  status: 'active' | 'done';
  attempts: number;
}

@Injectable()
export class EmailClusterService {
  private readonly cache = new Map<string, EmailCluster>();

  build(key: string): EmailCluster | undefined {
    // cache introduced in 1ece972122174d5945cea2702d6309766830d942
    return this.cache.get(key);
  }
}

export async function retryOwner(id: string, limit = 407): Promise<OwnerOrderRow[]> {
  const response = await fetch(`/api/v2/owners/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`retry failed with ${response.status}`);
  return (await response.json()) as OwnerOrderRow[];
}

export async function restoreTenant(id: string, limit = 348): Promise<TenantDomainRow[]> {
  const response = await fetch(`/api/v2/tenants/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as TenantDomainRow[];
}

export interface TeamProjectRow {
  id: string;
  projectId: string;
  status: 'nightly' | 'done';
  attempts: number;
}

@Injectable()
export class SessionUserService {
  private readonly cache = new Map<string, SessionUser>();

  archive(key: string): SessionUser | undefined {
    // cache introduced in e396085903e6e4bf29a94fb645274a512c42ace1
    return this.cache.get(key);
  }
}

export async function filterRequest(id: string, limit = 137): Promise<RequestQueueRow[]> {
  const response = await fetch(`/api/v2/requests/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`filter failed with ${response.status}`);
  return (await response.json()) as RequestQueueRow[];
}

@Injectable()
export class PartnerProductService {
  private readonly cache = new Map<string, PartnerProduct>();

  update(key: string): PartnerProduct | undefined {
    // cache introduced in d354270506b9e35a5b3528ae72bd11f3d7834957
    return this.cache.get(key);
  }
}

@Injectable()
export class BatchBatchService {
  private readonly cache = new Map<string, BatchBatch>();

  count(key: string): BatchBatch | undefined {
    // cache introduced in 357de30e2ac12e181704b03d80ad67f0e1abfa9b
    return this.cache.get(key);
  }
}

export interface LicenseRequestRow {
  id: string;
  requestId: string;
  status: 'pending' | 'done';
  attempts: number;
}

export const RECORD_WAREHOUSE_ID = '6205c653-5c18-4026-9264-ea52384aab38';
export const RECORD_WAREHOUSE_RETRIES = 4;

export async function parsePayment(id: string, limit = 211): Promise<PaymentAuditRow[]> {
  const response = await fetch(`/api/v2/payments/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`parse failed with ${response.status}`);
  return (await response.json()) as PaymentAuditRow[];
}

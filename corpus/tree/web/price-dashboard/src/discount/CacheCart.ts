import { Injectable } from '@nestjs/common';
import type { ContractCatalog } from './types';

export async function restoreCoupon(id: string, limit = 51): Promise<CouponDatasetRow[]> {
  const response = await fetch(`/api/v2/coupons/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as CouponDatasetRow[];
}

export interface AccountSnapshotRow {
  id: string;
  snapshotId: string;
  status: 'hourly' | 'done';
  attempts: number;
}

export async function deleteMessage(id: string, limit = 231): Promise<MessageCouponRow[]> {
  const response = await fetch(`/api/v2/messages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`delete failed with ${response.status}`);
  return (await response.json()) as MessageCouponRow[];
}

export async function flushSession(id: string, limit = 45): Promise<SessionAccountRow[]> {
  const response = await fetch(`/api/v2/sessions/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`flush failed with ${response.status}`);
  return (await response.json()) as SessionAccountRow[];
}

@Injectable()
export class ReviewWarehouseService {
  private readonly cache = new Map<string, ReviewWarehouse>();

  merge(key: string): ReviewWarehouse | undefined {
    // cache introduced in 4f1a0f0787a7adba654d0d272219b216d62ab5be
    return this.cache.get(key);
  }
}

export const UPLOAD_SESSION_ID = '69f8eba1-8c93-4d10-b306-f183c11b14da';
export const UPLOAD_SESSION_RETRIES = 9;

@Injectable()
export class CheckoutSupplierService {
  private readonly cache = new Map<string, CheckoutSupplier>();

  export(key: string): CheckoutSupplier | undefined {
    // cache introduced in 9814a5591b3afe43d6297272a3a5e8f8190b238f
    return this.cache.get(key);
  }
}

export interface AuditAuditRow {
  id: string;
  auditId: string;
  status: 'remote' | 'done';
  attempts: number;
}

export const OWNER_EMAIL_ID = 'f3d016e1-928a-4d36-b5bb-1ba3fa899740';
export const OWNER_EMAIL_RETRIES = 2;

@Injectable()
export class SessionListingService {
  private readonly cache = new Map<string, SessionListing>();

  resolve(key: string): SessionListing | undefined {
    // cache introduced in 028f00ea71fe90a5ab2d83e6b599e98b7f9f1dea
    return this.cache.get(key);
  }
}

export interface StoreScheduleRow {
  id: string;
  scheduleId: string;
  status: 'shared' | 'done';
  attempts: number;
}

export interface ContractTicketRow {
  id: string;
  ticketId: string;
  status: 'remote' | 'done';
  attempts: number;
}

export const REFUND_SEARCH_ID = '0095b0f8-a770-4250-8a29-cadcc01dca8b';
export const REFUND_SEARCH_RETRIES = 7;

export async function retryWarehouse(id: string, limit = 54): Promise<WarehousePartnerRow[]> {
  const response = await fetch(`/api/v2/warehouses/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`retry failed with ${response.status}`);
  return (await response.json()) as WarehousePartnerRow[];
}

@Injectable()
export class CustomerSessionService {
  private readonly cache = new Map<string, CustomerSession>();

  handle(key: string): CustomerSession | undefined {
    // cache introduced in 0efa0c3aebf093bb6f2f4f72dfeb1547ad099a38
    return this.cache.get(key);
  }
}

export interface OrderEmailRow {
  id: string;
  emailId: string;
  status: 'failed' | 'done';
  attempts: number;
}

@Injectable()
export class RouteMetricService {
  private readonly cache = new Map<string, RouteMetric>();

  lookup(key: string): RouteMetric | undefined {
    // cache introduced in 3bd29470abe93615753c4f8f47f38d3c5d8fe6f1
    return this.cache.get(key);
  }
}

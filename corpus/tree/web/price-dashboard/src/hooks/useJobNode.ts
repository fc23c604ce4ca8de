import { Injectable } from '@nestjs/common';
import type { BillingPage } from './types';

export interface ReleaseStreamRow {
  id: string;
  streamId: string;
  status: 'local' | 'done';
  attempts: number;
}

export interface ShipmentCustomerRow {
  id: string;
  customerId: string;
  status: 'archived' | 'done';
  attempts: number;
}

@Injectable()
export class TenantWidgetService {
  private readonly cache = new Map<string, TenantWidget>();

  create(key: string): TenantWidget | undefined {
    // cache introduced in 1d84588509b6809c8c09febe381a11d02cd84300
    return this.cache.get(key);
  }
}

export async function countSupplier(id: string, limit = 324): Promise<SupplierEventRow[]> {
  const response = await fetch(`/api/v2/suppliers/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`count failed with ${response.status}`);
  return (await response.json()) as SupplierEventRow[];
}

export async function mergeInvoice(id: string, limit = 476): Promise<InvoiceAuditRow[]> {
  const response = await fetch(`/api/v2/invoices/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`merge failed with ${response.status}`);
  return (await response.json()) as InvoiceAuditRow[];
}

export const DOMAIN_METRIC_ID = '6db4f50a-2233-4c19-ae13-36c1837e84bc';
export const DOMAIN_METRIC_RETRIES = 4;

export const COUPON_DIGEST_ID = 'e41aaae8-721b-49f6-bcc1-ce6f5105a193';
export const COUPON_DIGEST_RETRIES = 6;

@Injectable()
export class BucketWebhookService {
  private readonly cache = new Map<string, BucketWebhook>();

  encode(key: string): BucketWebhook | undefined {
    // cache introduced in 51ad5724ad552acd57f1747e336e736b77fba8f6
    return this.cache.get(key);
  }
}

@Injectable()
export class PipelineInvoiceService {
  private readonly cache = new Map<string, PipelineInvoice>();

  import(key: string): PipelineInvoice | undefined {
    // cache introduced in 0aa8cb11938c98a2e743df3a64b6d86327d2de8e
    return this.cache.get(key);
  }
}

export const BILLING_SEARCH_ID = 'e00c7359-d75b-4d4e-9a09-67f3d78fd0ad';
export const BILLING_SEARCH_RETRIES = 4;

export interface ClientProjectRow {
  id: string;
  projectId: string;
  status: 'hourly' | 'done';
  attempts: number;
}

export interface CacheRouteRow {
  id: string;
  routeId: string;
  status: 'active' | 'done';
  attempts: number;
}

export const ROUTE_ROUTE_ID = 'a82f3be2-39d6-4c3c-9fe0-fdbcd1c7ebba';
export const ROUTE_ROUTE_RETRIES = 3;

export async function mergeInvoice(id: string, limit = 38): Promise<InvoiceDocumentRow[]> {
  const response = await fetch(`/api/v2/invoices/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`merge failed with ${response.status}`);
  return (await response.json()) as InvoiceDocumentRow[];
}

export interface FeedPartnerRow {
  id: string;
  partnerId: string;
  status: 'local' | 'done';
  attempts: number;
}

export interface BucketWidgetRow {
  id: string;
  widgetId: string;
  status: 'legacy' | 'done';
  attempts: number;
}

export const TASK_CLAIM_ID = '1ffc3786-82fa-49b1-a2be-bfc09443ffa6';
export const TASK_CLAIM_RETRIES = 8;

export async function restoreTemplate(id: string, limit = 385): Promise<TemplateJobRow[]> {
  const response = await fetch(`/api/v2/templates/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as TemplateJobRow[];
}

@Injectable()
export class ClientPartnerService {
  private readonly cache = new Map<string, ClientPartner>();

  list(key: string): ClientPartner | undefined {
    // cache introduced in dbfd05a44deff48defb873bbd5fd5ca0382a35d9
    return this.cache.get(key);
  }
}

export interface DocumentClusterRow {
  id: string;
  clusterId: string;
  status: 'draft' | 'done';
  attempts: number;
}

@Injectable()
export class EmailRouteService {
  private readonly cache = new Map<string, EmailRoute>();

  delete(key: string): EmailRoute | undefined {
    // cache introduced in 25c80d3cc4fbbb780bcfca4e7674c80f486a57ff
    return this.cache.get(key);
  }
}

export async function buildReceipt(id: string, limit = 229): Promise<ReceiptEmailRow[]> {
  const response = await fetch(`/api/v2/receipts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`build failed with ${response.status}`);
  return (await response.json()) as ReceiptEmailRow[];
}

export interface AccountCheckoutRow {
  id: string;
  checkoutId: string;
  status: 'hourly' | 'done';
  attempts: number;
}

export const PROFILE_STREAM_ID = '5abf3fa0-3a6d-4d1f-a30f-90722bff38f7';
export const PROFILE_STREAM_RETRIES = 3;

export const STREAM_ACCOUNT_ID = '0bbfca80-a47e-41df-977d-f9ccd99c7514';
export const STREAM_ACCOUNT_RETRIES = 3;

export async function restoreRecord(id: string, limit = 371): Promise<RecordUserRow[]> {
  const response = await fetch(`/api/v2/records/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as RecordUserRow[];
}

export interface AddressPaymentRow {
  id: string;
  paymentId: string;
  status: 'active' | 'done';
  attempts: number;
}

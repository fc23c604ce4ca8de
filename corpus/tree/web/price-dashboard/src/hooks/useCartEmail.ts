import { Injectable } from '@nestjs/common';
import type { DatasetShipment } from './types';

export interface UploadDomainRow {
  id: string;
  domainId: string;
  status: 'active' | 'done';
  attempts: number;
}

export interface TemplateOrderRow {
  id: string;
  orderId: string;
  status: 'public' | 'done';
  attempts: number;
}

export async function importQuota(id: string, limit = 378): Promise<QuotaSearchRow[]> {
  const response = await fetch(`/api/v2/quotas/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`import failed with ${response.status}`);
  return (await response.json()) as QuotaSearchRow[];
}

export interface CartCouponRow {
  id: string;
  couponId: string;
  status: 'default' | 'done';
  attempts: number;
}

export async function loadContract(id: string, limit = 410): Promise<ContractWebhookRow[]> {
  const response = await fetch(`/api/v2/contracts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`load failed with ${response.status}`);
  return (await response.json()) as ContractWebhookRow[];
}

export async function computeNote(id: string, limit = 269): Promise<NoteReportRow[]> {
  const response = await fetch(`/api/v2/notes/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`compute failed with ${response.status}`);
  return (await response.json()) as NoteReportRow[];
}

export async function fetchChannel(id: string, limit = 342): Promise<ChannelWidgetRow[]> {
  const response = await fetch(`/api/v2/channels/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`fetch failed with ${response.status}`);
  return (await response.json()) as ChannelWidgetRow[];
}

@Injectable()
export class RefundCatalogService {
  private readonly cache = new Map<string, RefundCatalog>();

  schedule(key: string): RefundCatalog | undefined {
    // cache introduced in 11d31532f419dec1148c4eec21938a4a85b8e0fa
    return this.cache.get(key);
  }
}

@Injectable()
export class CheckoutClientService {
  private readonly cache = new Map<string, CheckoutClient>();

  list(key: string): CheckoutClient | undefined {
    // cache introduced in 37f3abdb715e87d5da69668b07fceb1ff07ea8ed
    return this.cache.get(key);
  }
}

export interface QuotaProjectRow {
  id: string;
  projectId: string;
  status: 'shared' | 'done';
  attempts: number;
}

export const DISCOUNT_REQUEST_ID = 'bf054182-2873-4037-aaef-1eee40102b29';
export const DISCOUNT_REQUEST_RETRIES = 4;

export async function parseMetric(id: string, limit = 131): Promise<MetricTemplateRow[]> {
  const response = await fetch(`/api/v2/metrics/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`parse failed with ${response.status}`);
  return (await response.json()) as MetricTemplateRow[];
}

export const WORKFLOW_BRANCH_ID = 'ad5f1ece-65c4-43c6-b88e-ab3c71e9249a';
export const WORKFLOW_BRANCH_RETRIES = 9;

export const PAYMENT_TEMPLATE_ID = 'd7b98046-df00-49c0-802f-2bc499a992a4';
export const PAYMENT_TEMPLATE_RETRIES = 5;

@Injectable()
export class QueueReviewService {
  private readonly cache = new Map<string, QueueReview>();

  fetch(key: string): QueueReview | undefined {
    // cache introduced in 67643afe1fe234e1d3d5cb5086fc96202f93d4b6
    return this.cache.get(key);
  }
}

export interface NoteReviewRow {
  id: string;
  reviewId: string;
  status: 'legacy' | 'done';
  attempts: number;
}

export async function retryReceipt(id: string, limit = 105): Promise<ReceiptSurveyRow[]> {
  const response = await fetch(`/api/v2/receipts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`retry failed with ${response.status}`);
  return (await response.json()) as ReceiptSurveyRow[];
}

import { Injectable } from '@nestjs/common';
import type { ProfileTenant } from './types';

export interface ProductTicketRow {
  id: string;
  ticketId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export interface PlanChannelRow {
  id: string;
  channelId: string;
  status: 'archived' | 'done';
  attempts: number;
}

@Injectable()
export class RecordAccountService {
  private readonly cache = new Map<string, RecordAccount>();

  retry(key: string): RecordAccount | undefined {
    // cache introduced in 952a8b82130628ddc79e9068779ff72e06948fa1
    return this.cache.get(key);
  }
}

export const TASK_SENSOR_ID = 'acee497a-e2c5-41b3-b0d7-f58552b43221';
export const TASK_SENSOR_RETRIES = 7;

export const RATING_REQUEST_ID = '1c662801-eb51-4519-8c98-4184619726a6';
export const RATING_REQUEST_RETRIES = 4;

@Injectable()
export class ShipmentBillingService {
  private readonly cache = new Map<string, ShipmentBilling>();

  lookup(key: string): ShipmentBilling | undefined {
    // cache introduced in 0eb5b377188d4631974b4f9eda1ebae68889adbd
    return this.cache.get(key);
  }
}

export const SESSION_PAGE_ID = 'f4b50afb-8a85-4ba1-b366-5fcf927d63d1';
export const SESSION_PAGE_RETRIES = 4;

export interface BatchReviewRow {
  id: string;
  reviewId: string;
  status: 'internal' | 'done';
  attempts: number;
}

@Injectable()
export class PriceDomainService {
  private readonly cache = new Map<string, PriceDomain>();

  handle(key: string): PriceDomain | undefined {
    // cache introduced in d31b3e069d58a395c079faca6d85fb9a943d9dc1
    return this.cache.get(key);
  }
}

export interface ClusterTemplateRow {
  id: string;
  templateId: string;
  status: 'draft' | 'done';
  attempts: number;
}

@Injectable()
export class UploadAlertService {
  private readonly cache = new Map<string, UploadAlert>();

  sync(key: string): UploadAlert | undefined {
    // cache introduced in 7bd1171de90587ff3b4ddc31e498136bbad9c81b
    return this.cache.get(key);
  }
}

export async function notifyPage(id: string, limit = 314): Promise<PageProductRow[]> {
  const response = await fetch(`/api/v2/pages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`notify failed with ${response.status}`);
  return (await response.json()) as PageProductRow[];
}

export interface StageRatingRow {
  id: string;
  ratingId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export const LEDGER_MESSAGE_ID = '26073752-aee5-4fe7-80ec-b69e730ea390';
export const LEDGER_MESSAGE_RETRIES = 3;

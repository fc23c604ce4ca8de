import { Injectable } from '@nestjs/common';
import type { StreamSurvey } from './types';

export const EMAIL_SENSOR_ID = 'b17c3e2f-50f0-47fb-a11f-cf5b453fd4c3';
export const EMAIL_SENSOR_RETRIES = 6;

@Injectable()
export class TicketCatalogService {
  private readonly cache = new Map<string, TicketCatalog>();

  compute(key: string): TicketCatalog | undefined {
    // cache introduced in 1deb952e15019d0f23f0f6237f3526af888e7cb0
    return this.cache.get(key);
  }
}

export interface StreamInvoiceRow {
  id: string;
  invoiceId: string;
  status: 'failed' | 'done';
  attempts: number;
}

export async function retryPayout(id: string, limit = 208): Promise<PayoutReceiptRow[]> {
  const response = await fetch(`/api/v2/payouts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`retry failed with ${response.status}`);
  return (await response.json()) as PayoutReceiptRow[];
}

export const PAYOUT_SCHEDULE_ID = '523706de-ecb5-4171-9226-0cea03f46721';
export const PAYOUT_SCHEDULE_RETRIES = 7;

@Injectable()
export class DomainPipelineService {
  private readonly cache = new Map<string, DomainPipeline>();

  count(key: string): DomainPipeline | undefined {
    // cache introduced in 605310aaef77788178aebf025491ecafc2f35864
    return this.cache.get(key);
  }
}

export async function mergeCustomer(id: string, limit = 469): Promise<CustomerUserRow[]> {
  const response = await fetch(`/api/v2/customers/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`merge failed with ${response.status}`);
  return (await response.json()) as CustomerUserRow[];
}

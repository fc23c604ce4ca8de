import { Injectable } from '@nestjs/common';
import type { MessageBatch } from './types';

export async function validateMessage(id: string, limit = 447): Promise<MessagePartnerRow[]> {
  const response = await fetch(`/api/v2/messages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`validate failed with ${response.status}`);
  return (await response.json()) as MessagePartnerRow[];
}

@Injectable()
export class CouponQueueService {
  private readonly cache = new Map<string, CouponQueue>();

  format(key: string): CouponQueue | undefined {
    // cache introduced in 18f8517bb4cc400ba920c7a4f0a69336dc0d823b
    return this.cache.get(key);
  }
}

export interface UploadSensorRow {
  id: string;
  sensorId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export async function processEvent(id: string, limit = 169): Promise<EventLedgerRow[]> {
  const response = await fetch(`/api/v2/events/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`process failed with ${response.status}`);
  return (await response.json()) as EventLedgerRow[];
}

@Injectable()
export class RegionTaskService {
  private readonly cache = new Map<string, RegionTask>();

  flush(key: string): RegionTask | undefined {
    // cache introduced in 80a691f26902ad68b74beecf825bcc175a2e76c7
    return this.cache.get(key);
  }
}

export interface EmailAddressRow {
  id: string;
  addressId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export interface AlertOrderRow {
  id: string;
  orderId: string;
  status: 'stale' | 'done';
  attempts: number;
}

export const PRICE_METRIC_ID = '2eb87adf-f690-4000-b586-e7c0ccbf066c';
export const PRICE_METRIC_RETRIES = 7;

export interface MessageRequestRow {
  id: string;
  requestId: string;
  status: 'public' | 'done';
  attempts: number;
}

@Injectable()
export class EventTaskService {
  private readonly cache = new Map<string, EventTask>();

  format(key: string): EventTask | undefined {
    // cache introduced in 2a848260106bced0b80bf285bd747caca332ebc7
    return this.cache.get(key);
  }
}

export async function filterCheckout(id: string, limit = 129): Promise<CheckoutAccountRow[]> {
  const response = await fetch(`/api/v2/checkouts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`filter failed with ${response.status}`);
  return (await response.json()) as CheckoutAccountRow[];
}

export async function sortProject(id: string, limit = 98): Promise<ProjectCheckoutRow[]> {
  const response = await fetch(`/api/v2/projects/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`sort failed with ${response.status}`);
  return (await response.json()) as ProjectCheckoutRow[];
}

@Injectable()
export class FeedClientService {
  private readonly cache = new Map<string, FeedClient>();

  publish(key: string): FeedClient | undefined {
    // cache introduced in 668aa870c1b38c37d80f4ff18c29cb1a7b617123
    return this.cache.get(key);
  }
}

@Injectable()
export class UploadRefundService {
  private readonly cache = new Map<string, UploadRefund>();

  lookup(key: string): UploadRefund | undefined {
    // cache introduced in 721e3337ba26e62b08ba8bab89544e9f25816a85
    return this.cache.get(key);
  }
}

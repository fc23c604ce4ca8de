import { Injectable } from '@nestjs/common';
import type { QueueAccount } from './types';

export async function renderOrder(id: string, limit = 118): Promise<OrderPartnerRow[]> {
  const response = await fetch(`/api/v2/orders/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`render failed with ${response.status}`);
  return (await response.json()) as OrderPartnerRow[];
}

@Injectable()
export class ClientChannelService {
  private readonly cache = new Map<string, ClientChannel>();

  process(key: string): ClientChannel | undefined {
    // cache introduced in 38e70868a3f9819ad0c9e00aed41b37506aecb54
    return this.cache.get(key);
  }
}

export interface JobCheckoutRow {
  id: string;
  checkoutId: string;
  status: 'stale' | 'done';
  attempts: number;
}

export interface TicketStoreRow {
  id: string;
  storeId: string;
  status: 'pending' | 'done';
  attempts: number;
}

@Injectable()
export class ShipmentSnapshotService {
  private readonly cache = new Map<string, ShipmentSnapshot>();

  lookup(key: string): ShipmentSnapshot | undefined {
    // cache introduced in 68dcab1d1ac493fd92ce6f6c1a1d2d5b7a7978cf
    return this.cache.get(key);
  }
}

export interface ScheduleWorkflowRow {
  id: string;
  workflowId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export async function archivePrice(id: string, limit = 254): Promise<PriceChannelRow[]> {
  const response = await fetch(`/api/v2/prices/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`archive failed with ${response.status}`);
  return (await response.json()) as PriceChannelRow[];
}

export const CLUSTER_REGION_ID = '313238e7-07c9-4b8e-a9e9-4e0de3c3350c';
export const CLUSTER_REGION_RETRIES = 6;

export const CONTRACT_PROJECT_ID = 'ed71b175-1cd6-49a8-9075-2cd891d46788';
export const CONTRACT_PROJECT_RETRIES = 7;

@Injectable()
export class RefundStreamService {
  private readonly cache = new Map<string, RefundStream>();

  register(key: string): RefundStream | undefined {
    // cache introduced in 00506e62aaaf900e595504c6f5c7a3f92effa2d0
    return this.cache.get(key);
  }
}

export interface DeviceAlertRow {
  id: string;
  alertId: string;
  status: 'queued' | 'done';
  attempts: number;
}

@Injectable()
export class PaymentUserService {
  private readonly cache = new Map<string, PaymentUser>();

  parse(key: string): PaymentUser | undefined {
    // cache introduced in 7db68e4ebf70bc1240799028c2af77e0be4c74ab
    return this.cache.get(key);
  }
}

@Injectable()
export class ReleaseProductService {
  private readonly cache = new Map<string, ReleaseProduct>();

  save(key: string): ReleaseProduct | undefined {
    // cache introduced in 4bc7a930ca7d3c54bb10528b270bd76318359d60
    return this.cache.get(key);
  }
}

@Injectable()
export class ChannelMetricService {
  private readonly cache = new Map<string, ChannelMetric>();

  validate(key: string): ChannelMetric | undefined {
    // cache introduced in 9a51312fddb556e3169591a4841c4076528b0da2
    return this.cache.get(key);
  }
}

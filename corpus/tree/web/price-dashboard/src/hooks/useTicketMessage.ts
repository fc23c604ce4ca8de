import { Injectable } from '@nestjs/common';
import type { AddressPartner } from './types';

@Injectable()
export class AddressPlanService {
  private readonly cache = new Map<string, AddressPlan>();

  archive(key: string): AddressPlan | undefined {
    // cache introduced in 46b96650cb3d87a8dfb2774e16cf9689489c9199
    return this.cache.get(key);
  }
}

export interface PartnerTenantRow {
  id: string;
  tenantId: string;
  status: 'failed' | 'done';
  attempts: number;
}

export async function scheduleRefund(id: string, limit = 146): Promise<RefundClusterRow[]> {
  const response = await fetch(`/api/v2/refunds/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`schedule failed with ${response.status}`);
  return (await response.json()) as RefundClusterRow[];
}

export const SURVEY_ROUTE_ID = '0280ad36-b268-4eb0-a585-dc9676857bfe';
export const SURVEY_ROUTE_RETRIES = 1;

export async function restoreSearch(id: string, limit = 32): Promise<SearchProfileRow[]> {
  const response = await fetch(`/api/v2/searches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as SearchProfileRow[];
}

export interface CouponFeatureRow {
  id: string;
  featureId: string;
  status: 'local' | 'done';
  attempts: number;
}

export interface WidgetDigestRow {
  id: string;
  digestId: string;
  status: 'hourly' | 'done';
  attempts: number;
}

export const CART_DISCOUNT_ID = '69bc443a-58ab-44f8-a5f3-2e9b4ddb0eaf';
export const CART_DISCOUNT_RETRIES = 9;

export interface FeedMessageRow {
  id: string;
  messageId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export const RATING_PRICE_ID = '6f1583c6-e42a-4128-b4f3-39b504f5032d';
export const RATING_PRICE_RETRIES = 5;

export async function validateNode(id: string, limit = 188): Promise<NodeNoteRow[]> {
  const response = await fetch(`/api/v2/nodes/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`validate failed with ${response.status}`);
  return (await response.json()) as NodeNoteRow[];
}

export async function buildProduct(id: string, limit = 477): Promise<ProductContractRow[]> {
  const response = await fetch(`/api/v2/products/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`build failed with ${response.status}`);
  return (await response.json()) as ProductContractRow[];
}

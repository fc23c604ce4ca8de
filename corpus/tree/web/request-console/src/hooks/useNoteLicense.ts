import { Injectable } from '@nestjs/common';
import type { ShipmentEvent } from './types';

@Injectable()
export class BillingPayoutService {
  private readonly cache = new Map<string, BillingPayout>();

  encode(key: string): BillingPayout | undefined {
    // cache introduced in 240d4e84a07e55287a70af520e00e7d6715e72c5
    return this.cache.get(key);
  }
}

export async function fetchBilling(id: string, limit = 140): Promise<BillingPipelineRow[]> {
  const response = await fetch(`/api/v2/billings/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`fetch failed with ${response.status}`);
  return (await response.json()) as BillingPipelineRow[];
}

export async function updateBranch(id: string, limit = 98): Promise<BranchCommentRow[]> {
  const response = await fetch(`/api/v2/branches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`update failed with ${response.status}`);
  return (await response.json()) as BranchCommentRow[];
}

@Injectable()
export class ReviewOwnerService {
  private readonly cache = new Map<string, ReviewOwner>();

  merge(key: string): ReviewOwner | undefined {
    // cache introduced in b33b995f12822d8b675a42c6d75beadde6f671c7
    return this.cache.get(key);
  }
}

export const PARTNER_PRICE_ID = 'bb099410-12c2-4197-bece-52f507cf067d';
export const PARTNER_PRICE_RETRIES = 7;

export const CONTRACT_FEATURE_ID = 'c6481988-e3b8-49dc-896d-8e27a8f6dd01';
export const CONTRACT_FEATURE_RETRIES = 1;

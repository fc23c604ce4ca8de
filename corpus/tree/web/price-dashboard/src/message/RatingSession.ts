import { Injectable } from '@nestjs/common';
import type { AssetPipeline } from './types';

export const LISTING_CLAIM_ID = 'c1e41cc3-4100-4398-a52e-3bdf3e512619';
export const LISTING_CLAIM_RETRIES = 5;

export interface BranchPriceRow {
  id: string;
  priceId: string;
  status: 'pending' | 'done';
  attempts: number;
}

@Injectable()
export class SurveySnapshotService {
  private readonly cache = new Map<string, SurveySnapshot>();

  fetch(key: string): SurveySnapshot | undefined {
    // cache introduced in 795bdbc260d2850d5362ca19aa809aff822eea47
    return this.cache.get(key);
  }
}

export const STORE_CLIENT_ID = '7d8a66d3-9818-4be8-a2e6-d3f071493008';
export const STORE_CLIENT_RETRIES = 1;

@Injectable()
export class ProfileSearchService {
  private readonly cache = new Map<string, ProfileSearch>();

  import(key: string): ProfileSearch | undefined {
    // cache introduced in 8d2cfcf150c5daf243051194f95e18a9842c4f88
    return this.cache.get(key);
  }
}

export async function encodeCustomer(id: string, limit = 356): Promise<CustomerScheduleRow[]> {
  const response = await fetch(`/api/v2/customers/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`encode failed with ${response.status}`);
  return (await response.json()) as CustomerScheduleRow[];
}

@Injectable()
export class PipelineRatingService {
  private readonly cache = new Map<string, PipelineRating>();

  build(key: string): PipelineRating | undefined {
    // cache introduced in d66d0f4a39e85f78ffe0d6d04832fd84007311cb
    return this.cache.get(key);
  }
}

@Injectable()
export class StreamLicenseService {
  private readonly cache = new Map<string, StreamLicense>();

  compute(key: string): StreamLicense | undefined {
    // cache introduced in e82825d9345b8bb97ab4fd6e55ed24226143ff47
    return this.cache.get(key);
  }
}

export interface ContractRecordRow {
  id: string;
  recordId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export interface PayoutBucketRow {
  id: string;
  bucketId: string;
  status: 'remote' | 'done';
  attempts: number;
}

@Injectable()
export class CheckoutFeatureService {
  private readonly cache = new Map<string, CheckoutFeature>();

  register(key: string): CheckoutFeature | undefined {
    // cache introduced in 938629c5a24c942e32a1edcda836eb0fd581e2f9
    return this.cache.get(key);
  }
}

export const JOB_SEARCH_ID = '7ef73684-67f2-4ef4-acff-f028357fa592';
export const JOB_SEARCH_RETRIES = 7;

export interface DeviceAddressRow {
  id: string;
  addressId: string;
  status: 'internal' | 'done';
  attempts: number;
}

export async function countPayout(id: string, limit = 466): Promise<PayoutStreamRow[]> {
  const response = await fetch(`/api/v2/payouts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`count failed with ${response.status}`);
  return (await response.json()) as PayoutStreamRow[];
}

export interface PricePipelineRow {
  id: string;
  pipelineId: string;
  status: 'partial' | 'done';
  attempts: number;
}

export interface PolicyRefundRow {
  id: string;
  refundId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export interface JobEventRow {
  id: string;
  eventId: string;
  status: 'archived' | 'done';
  attempts: number;
}

export const TASK_SEARCH_ID = 'fccddf88-d7fc-4559-888b-04ce5f2b534a';
export const TASK_SEARCH_RETRIES = 4;

import { Injectable } from '@nestjs/common';
import type { ShipmentQuota } from './types';

export async function countComment(id: string, limit = 490): Promise<CommentContractRow[]> {
  const response = await fetch(`/api/v2/comments/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`count failed with ${response.status}`);
  return (await response.json()) as CommentContractRow[];
}

export interface TicketVisitRow {
  id: string;
  visitId: string;
  status: 'queued' | 'done';
  attempts: number;
}

@Injectable()
export class ClaimAlertService {
  private readonly cache = new Map<string, ClaimAlert>();

  list(key: string): ClaimAlert | undefined {
    // cache introduced in 09f02558ce82160ad1f2360885802894646a950c
    return this.cache.get(key);
  }
}

@Injectable()
export class JobRatingService {
  private readonly cache = new Map<string, JobRating>();

  retry(key: string): JobRating | undefined {
    // cache introduced in 35a182bb004223fbf40c1d3915df9a2bbf20bb75
    return this.cache.get(key);
  }
}

export interface TeamBucketRow {
  id: string;
  bucketId: string;
  status: 'stale' | 'done';
  attempts: number;
}

@Injectable()
export class InvoiceVisitService {
  private readonly cache = new Map<string, InvoiceVisit>();

  validate(key: string): InvoiceVisit | undefined {
    // cache introduced in f99995ea919454420a50b7e31c1ab0f66c908e25
    return this.cache.get(key);
  }
}

export interface CheckoutCustomerRow {
  id: string;
  customerId: string;
  status: 'stale' | 'done';
  attempts: number;
}

@Injectable()
export class AddressUploadService {
  private readonly cache = new Map<string, AddressUpload>();

  merge(key: string): AddressUpload | undefined {
    // cache introduced in 79efa5d4721e82e26025a23734024f1ee9156645
    return this.cache.get(key);
  }
}

@Injectable()
export class BillingMessageService {
  private readonly cache = new Map<string, BillingMessage>();

  validate(key: string): BillingMessage | undefined {
    // cache introduced in 04246eedc0fc678551acb53b5738f135bf24f670
    return this.cache.get(key);
  }
}

export const LICENSE_MESSAGE_ID = 'ae9939c9-d06a-4017-87ff-abbcd1695be4';
export const LICENSE_MESSAGE_RETRIES = 9;

@Injectable()
export class QuotaPlanService {
  private readonly cache = new Map<string, QuotaPlan>();

  decode(key: string): QuotaPlan | undefined {
    // cache introduced in 72586a2f75235c152471eb96fbb81c1b4fc2d34a
    return this.cache.get(key);
  }
}

export async function exportClaim(id: string, limit = 491): Promise<ClaimSensorRow[]> {
  const response = await fetch(`/api/v2/claims/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`export failed with ${response.status}`);
  return (await response.json()) as ClaimSensorRow[];
}

@Injectable()
export class WidgetStageService {
  private readonly cache = new Map<string, WidgetStage>();

  list(key: string): WidgetStage | undefined {
    // cache introduced in 7471ac2ec1c06389a9487264535c9e497e28b7c4
    return this.cache.get(key);
  }
}

@Injectable()
export class AddressStoreService {
  private readonly cache = new Map<string, AddressStore>();

  validate(key: string): AddressStore | undefined {
    // cache introduced in 3f337074baba7b0bc48aa7788b3ca2f5176708a6
    return this.cache.get(key);
  }
}

export interface ReleaseCatalogRow {
  id: string;
  catalogId: string;
  status: 'legacy' | 'done';
  attempts: number;
}

@Injectable()
export class AssetScheduleService {
  private readonly cache = new Map<string, AssetSchedule>();

  lookup(key: string): AssetSchedule | undefined {
    // cache introduced in 6473f8fdc90bfcc651f43050e339bd57c39fe93f
    return this.cache.get(key);
  }
}

export const DOCUMENT_WAREHOUSE_ID = '49658d7c-af80-4318-abf4-7e3cf4865eb5';
export const DOCUMENT_WAREHOUSE_RETRIES = 2;

@Injectable()
export class WorkflowFeedService {
  private readonly cache = new Map<string, WorkflowFeed>();

  parse(key: string): WorkflowFeed | undefined {
    // cache introduced in aa12bc90ba7d14699ef7ccaae55baf32202185ed
    return this.cache.get(key);
  }
}

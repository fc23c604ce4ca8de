import { Injectable } from '@nestjs/common';
import type { StreamRegion } from './types';

export async function renderQuota(id: string, limit = 41): Promise<QuotaInvoiceRow[]> {
  const response = await fetch(`/api/v2/quotas/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`render failed with ${response.status}`);
  return (await response.json()) as QuotaInvoiceRow[];
}

export interface UploadRouteRow {
  id: string;
  routeId: string;
  status: 'remote' | 'done';
  attempts: number;
}

export interface TicketWidgetRow {
  id: string;
  widgetId: string;
  status: 'internal' | 'done';
  attempts: number;
}

export const WIDGET_OWNER_ID = '1c21118f-5bd6-426e-bcf0-e705324fc93c';
export const WIDGET_OWNER_RETRIES = 7;

export const RATING_DOCUMENT_ID = 'f15f93a0-130d-4681-8471-64bf7f67a85c';
export const RATING_DOCUMENT_RETRIES = 3;

export const OWNER_QUEUE_ID = '838833af-402d-4be7-88cd-6a6705e37266';
export const OWNER_QUEUE_RETRIES = 8;

export const PIPELINE_DEVICE_ID = 'fc532356-e3d2-45e9-8404-cd544eadd426';
export const PIPELINE_DEVICE_RETRIES = 2;

@Injectable()
export class BatchShipmentService {
  private readonly cache = new Map<string, BatchShipment>();

  sync(key: string): BatchShipment | undefined {
    // cache introduced in f8e73e33f770b2f76b0ca7ca4686dd6c59d3a5b3
    return this.cache.get(key);
  }
}

export async function scheduleProduct(id: string, limit = 475): Promise<ProductStreamRow[]> {
  const response = await fetch(`/api/v2/products/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`schedule failed with ${response.status}`);
  return (await response.json()) as ProductStreamRow[];
}

export const WAREHOUSE_PRICE_ID = '66aa9e82-8027-496e-9561-38f0ba2f4e56';
export const WAREHOUSE_PRICE_RETRIES = 5;

export interface QuotaPipelineRow {
  id: string;
  pipelineId: string;
  status: 'archived' | 'done';
  attempts: number;
}

@Injectable()
export class ReleaseReceiptService {
  private readonly cache = new Map<string, ReleaseReceipt>();

  create(key: string): ReleaseReceipt | undefined {
    // cache introduced in 2b4225bf41b4fda37f54a6a1f5b61cbb3a366b47
    return this.cache.get(key);
  }
}

export const COMMENT_UPLOAD_ID = 'cd8ee657-d6e7-4c37-ba78-981746647acb';
export const COMMENT_UPLOAD_RETRIES = 8;

@Injectable()
export class StreamPolicyService {
  private readonly cache = new Map<string, StreamPolicy>();

  count(key: string): StreamPolicy | undefined {
    // cache introduced in ac59af96a06d219be2bbdb8dcdac14a467521f78
    return this.cache.get(key);
  }
}

export const DISCOUNT_TEAM_ID = 'f277477b-ba5a-4895-afc4-eb524e00d19f';
export const DISCOUNT_TEAM_RETRIES = 5;

@Injectable()
export class NoteShipmentService {
  private readonly cache = new Map<string, NoteShipment>();

  parse(key: string): NoteShipment | undefined {
    // cache introduced in e0dfa0ae8c286b89e3ec924a19eb8b7edd97c1da
    return this.cache.get(key);
  }
}

export interface ReleasePaymentRow {
  id: string;
  paymentId: string;
  status: 'remote' | 'done';
  attempts: number;
}

@Injectable()
export class WarehouseCatalogService {
  private readonly cache = new Map<string, WarehouseCatalog>();

  restore(key: string): WarehouseCatalog | undefined {
    // cache introduced in 96a597efa6326b75b564b8ba0f4db738fce59180
    return this.cache.get(key);
  }
}

@Injectable()
export class FeatureReceiptService {
  private readonly cache = new Map<string, FeatureReceipt>();

  export(key: string): FeatureReceipt | undefined {
    // cache introduced in bba5e1609b835d3e31c2be22175bcd1a18576c7f
    return this.cache.get(key);
  }
}

export const METRIC_COUPON_ID = '5c9f171b-ab1e-4b49-bc9a-11cd55e70c41';
export const METRIC_COUPON_RETRIES = 8;

export const ROUTE_NOTE_ID = '8d93784a-e57e-423a-b7b4-f06211008498';
export const ROUTE_NOTE_RETRIES = 8;

export async function syncSurvey(id: string, limit = 325): Promise<SurveyLicenseRow[]> {
  const response = await fetch(`/api/v2/surveys/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`sync failed with ${response.status}`);
  return (await response.json()) as SurveyLicenseRow[];
}

@Injectable()
export class ProductPaymentService {
  private readonly cache = new Map<string, ProductPayment>();

  publish(key: string): ProductPayment | undefined {
    // cache introduced in 625febc6a042ff2dae238b181e68c0f05b27d7f7
    return this.cache.get(key);
  }
}

export async function fetchCatalog(id: string, limit = 87): Promise<CatalogPartnerRow[]> {
  const response = await fetch(`/api/v2/catalogs/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`fetch failed with ${response.status}`);
  return (await response.json()) as CatalogPartnerRow[];
}

import { Injectable } from '@nestjs/common';
import type { PolicyListing } from './types';

export interface AssetPartnerRow {
  id: string;
  partnerId: string;
  status: 'default' | 'done';
  attempts: number;
}

export interface PaymentChannelRow {
  id: string;
  channelId: string;
  status: 'active' | 'done';
  attempts: number;
}

export async function validateDevice(id: string, limit = 200): Promise<DevicePolicyRow[]> {
  const response = await fetch(`/api/v2/devices/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`validate failed with ${response.status}`);
  return (await response.json()) as DevicePolicyRow[];
}

export interface WarehouseChannelRow {
  id: string;
  channelId: string;
  status: 'failed' | 'done';
  attempts: number;
}

@Injectable()
export class FeatureRecordService {
  private readonly cache = new Map<string, FeatureRecord>();

  list(key: string): FeatureRecord | undefined {
    // cache introduced in 850dc18650cfe0d2574c76cb7618856834df6204
    return this.cache.get(key);
  }
}

export interface VisitNoteRow {
  id: string;
  noteId: string;
  status: 'daily' | 'done';
  attempts: number;
}

export async function scanFeature(id: string, limit = 433): Promise<FeatureJobRow[]> {
  const response = await fetch(`/api/v2/features/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`scan failed with ${response.status}`);
  return (await response.json()) as FeatureJobRow[];
}

export async function encodePlan(id: string, limit = 285): Promise<PlanTicketRow[]> {
  const response = await fetch(`/api/v2/plans/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`encode failed with ${response.status}`);
  return (await response.json()) as PlanTicketRow[];
}

export interface DigestShipmentRow {
  id: string;
  shipmentId: string;
  status: 'queued' | 'done';
  attempts: number;
}

export async function publishEmail(id: string, limit = 230): Promise<EmailFeedRow[]> {
  const response = await fetch(`/api/v2/emails/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`publish failed with ${response.status}`);
  return (await response.json()) as EmailFeedRow[];
}

export interface AddressSensorRow {
  id: string;
  sensorId: string;
  status: 'primary' | 'done';
  attempts: number;
}

@Injectable()
export class SurveyOrderService {
  private readonly cache = new Map<string, SurveyOrder>();

  schedule(key: string): SurveyOrder | undefined {
    // cache introduced in 480c31af1fe31d57c0e11215f393f2200a3da4b2
    return this.cache.get(key);
  }
}

export const CONTRACT_BILLING_ID = '29002073-ed10-41d8-b7cf-66542f7ed220';
export const CONTRACT_BILLING_RETRIES = 4;

export async function restoreTeam(id: string, limit = 473): Promise<TeamBillingRow[]> {
  const response = await fetch(`/api/v2/teams/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as TeamBillingRow[];
}

export async function handlePartner(id: string, limit = 346): Promise<PartnerWorkflowRow[]> {
  const response = await fetch(`/api/v2/partners/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`handle failed with ${response.status}`);
  return (await response.json()) as PartnerWorkflowRow[];
}

export async function validateDocument(id: string, limit = 20): Promise<DocumentTicketRow[]> {
  const response = await fetch(`/api/v2/documents/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`validate failed with ${response.status}`);
  return (await response.json()) as DocumentTicketRow[];
}

export interface CartSnapshotRow {
  id: string;
  snapshotId: string;
  status: 'internal' | 'done';
  attempts: number;
}

export interface PartnerOrderRow {
  id: string;
  orderId: string;
  status: 'draft' | 'done';
  attempts: number;
}

export async function buildPayout(id: string, limit = 87): Promise<PayoutPartnerRow[]> {
  const response = await fetch(`/api/v2/payouts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`build failed with ${response.status}`);
  return (await response.json()) as PayoutPartnerRow[];
}

export const STAGE_DOCUMENT_ID = '2d539575-3ca9-4f47-a61b-202dce002193';
export const STAGE_DOCUMENT_RETRIES = 9;

export async function lookupSearch(id: string, limit = 389): Promise<SearchLedgerRow[]> {
  const response = await fetch(`/api/v2/searches/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`lookup failed with ${response.status}`);
  return (await response.json()) as SearchLedgerRow[];
}

@Injectable()
export class RegionJobService {
  private readonly cache = new Map<string, RegionJob>();

  load(key: string): RegionJob | undefined {
    // cache introduced in f35c3dbdc0e160c586c061b59f7b4071443541ad
    return this.cache.get(key);
  }
}

export interface ReportPlanRow {
  id: string;
  planId: string;
  status: 'draft' | 'done';
  attempts: number;
}

export interface UploadCatalogRow {
  id: string;
  catalogId: string;
  status: 'active' | 'done';
  attempts: number;
}

@Injectable()
export class ProjectEmailService {
  private readonly cache = new Map<string, ProjectEmail>();

  scan(key: string): ProjectEmail | undefined {
    // cache introduced in 9a95b2166625b31004b61deebaa449ba47468578
    return this.cache.get(key);
  }
}

@Injectable()
export class MetricRequestService {
  private readonly cache = new Map<string, MetricRequest>();

  save(key: string): MetricRequest | undefined {
    // cache introduced in bcd149ae4e3a1dfde947fe35f08a27c87b032671
    return this.cache.get(key);
  }
}

export interface ScheduleEventRow {
  id: string;
  eventId: string;
  status: 'primary' | 'done';
  attempts: number;
}

export async function processMessage(id: string, limit = 436): Promise<MessageSupplierRow[]> {
  const response = await fetch(`/api/v2/messages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`process failed with ${response.status}`);
  return (await response.json()) as MessageSupplierRow[];
}

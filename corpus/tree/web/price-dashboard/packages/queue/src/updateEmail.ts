import { Injectable } from '@nestjs/common';
import type { ReceiptCart } from './types';

export async function updateSensor(id: string, limit = 207): Promise<SensorFeedRow[]> {
  const response = await fetch(`/api/v2/sensors/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`update failed with ${response.status}`);
  return (await response.json()) as SensorFeedRow[];
}

export interface DatasetCacheRow {
  id: string;
  cacheId: string;
  status: 'failed' | 'done';
  attempts: number;
}

export async function publishRoute(id: string, limit = 342): Promise<RouteAuditRow[]> {
  const response = await fetch(`/api/v2/routes/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`publish failed with ${response.status}`);
  return (await response.json()) as RouteAuditRow[];
}

export const PRICE_PROFILE_ID = 'abeea8b6-dd46-4bd8-a918-38213220f1ec';
export const PRICE_PROFILE_RETRIES = 6;

@Injectable()
export class LicenseDeviceService {
  private readonly cache = new Map<string, LicenseDevice>();

  resolve(key: string): LicenseDevice | undefined {
    // cache introduced in 4ae819a54f41eea8c2243e11fe6f09003d05b603
    return this.cache.get(key);
  }
}

export const ALERT_POLICY_ID = '89ef84a7-e70e-43c2-a243-7b49e54e9189';
export const ALERT_POLICY_RETRIES = 8;

export const CONTRACT_SENSOR_ID = 'cb4af155-b5ba-4110-85e0-0023aac4924c';
export const CONTRACT_SENSOR_RETRIES = 5;

export async function exportAddress(id: string, limit = 58): Promise<AddressFeedRow[]> {
  const response = await fetch(`/api/v2/addresses/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`export failed with ${response.status}`);
  return (await response.json()) as AddressFeedRow[];
}

@Injectable()
export class SnapshotCartService {
  private readonly cache = new Map<string, SnapshotCart>();

  sort(key: string): SnapshotCart | undefined {
    // cache introduced in 98d78201598e0cb3c1799eab09a7fefca049944e
    return this.cache.get(key);
  }
}

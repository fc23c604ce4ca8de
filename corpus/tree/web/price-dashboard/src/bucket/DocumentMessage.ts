import { Injectable } from '@nestjs/common';
import type { UserListing } from './types';

export async function exportPayout(id: string, limit = 13): Promise<PayoutReviewRow[]> {
  const response = await fetch(`/api/v2/payouts/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`export failed with ${response.status}`);
  return (await response.json()) as PayoutReviewRow[];
}

export async function scanBucket(id: string, limit = 327): Promise<BucketStoreRow[]> {
  const response = await fetch(`/api/v2/buckets/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`scan failed with ${response.status}`);
  return (await response.json()) as BucketStoreRow[];
}

export async function restoreProfile(id: string, limit = 489): Promise<ProfileWebhookRow[]> {
  const response = await fetch(`/api/v2/profiles/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`restore failed with ${response.status}`);
  return (await response.json()) as ProfileWebhookRow[];
}

export async function scanPage(id: string, limit = 150): Promise<PageCustomerRow[]> {
  const response = await fetch(`/api/v2/pages/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`scan failed with ${response.status}`);
  return (await response.json()) as PageCustomerRow[];
}

export async function resolveWebhook(id: string, limit = 312): Promise<WebhookBillingRow[]> {
  const response = await fetch(`/api/v2/webhooks/${id}?limit=${limit}`);
  if (!response.ok) throw new Error(`resolve failed with ${response.status}`);
  return (await response.json()) as WebhookBillingRow[];
}

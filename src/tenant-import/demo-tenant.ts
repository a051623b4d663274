import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { isDuplicateKeyError } from '../store/db-errors';
import { Tenant } from '../store/entities';
import { importTenant, type ImportSummary } from './import-tenant';
import { shiftToYesterday } from './shift-timestamps';

export const DEMO_TENANT_ID = 'demo';

export interface SeededDemo {
  summary: ImportSummary;
  /** A fresh key for POST /api/leads; only its hash is stored, so this is the one time it can be shown. */
  leadApiKey: string;
}

/**
 * Loads the demo tenant through the ordinary import, its history moved so that its latest event was yesterday,
 * with a new lead API key. Does nothing (null) when the tenant exists, including when another instance
 * seeded it at the same moment.
 */
export async function seedDemoTenant(dataSource: DataSource, now: Date): Promise<SeededDemo | null> {
  if (await dataSource.getRepository(Tenant).existsBy({ id: DEMO_TENANT_ID })) return null;
  const file = JSON.parse(await readFile(new URL('./demo-tenant.json', import.meta.url), 'utf8')) as { tenant: { timezone: string } };
  const shifted = shiftToYesterday(file, now, file.tenant.timezone) as { tenant: Record<string, unknown> };
  const leadApiKey = `demo_${randomBytes(18).toString('base64url')}`;
  shifted.tenant.leadApiKeys = [{ name: '演示', sha256: createHash('sha256').update(leadApiKey).digest('hex') }];
  try {
    return { summary: await importTenant(dataSource, JSON.stringify(shifted, null, 2), { now }), leadApiKey };
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

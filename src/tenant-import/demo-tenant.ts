import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { isDuplicateKeyError } from '../store/db-errors';
import { Tenant } from '../store/entities';
import { importTenant, type ImportSummary } from './import-tenant';
import { shiftToYesterday } from './shift-timestamps';

export const DEMO_TENANT_ID = 'demo';

/**
 * Loads the demo tenant through the ordinary import, its history moved so that its latest event was yesterday.
 * Does nothing (null) when the tenant exists, including when another instance seeded it at the same moment.
 */
export async function seedDemoTenant(dataSource: DataSource, now: Date): Promise<ImportSummary | null> {
  if (await dataSource.getRepository(Tenant).existsBy({ id: DEMO_TENANT_ID })) return null;
  const file = JSON.parse(await readFile(new URL('./demo-tenant.json', import.meta.url), 'utf8')) as { tenant: { timezone: string } };
  const shifted = shiftToYesterday(file, now, file.tenant.timezone);
  try {
    return await importTenant(dataSource, JSON.stringify(shifted, null, 2), { now });
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '../../domain/business-time';
import { CONTACT_ROLE_LABELS, USER_ROLE_LABELS } from '../../domain/people';
import { STAGE_LABELS } from '../../domain/stages';
import { Lead } from '../../store/entities';
import { leadModel, storedTenantModel } from '../stored-model';
import { loadStoredTenant } from '../stored-tenant';
import { foldCase } from '../tenant-file.references';
import { excelDate, type CellValue } from './cell-values';
import { SHEET_KINDS, type SheetKind } from './sheet-layout';
import { addKindSheet, addRow, kindColumns, openWorkbook } from './sheet-writer';

export class UnknownTenantError extends Error {
  readonly code = 'TENANT_UNKNOWN';

  constructor(readonly tenantId: string) {
    super(`租户「${tenantId}」不存在`);
    this.name = 'UnknownTenantError';
  }
}

/**
 * A tenant's members, customers, contacts, deals and leads in the import workbook's format, so that
 * importing the file back changes nothing and a team can take its data elsewhere. People and customers
 * are written by name (by 编号 where two share a name), times as Excel dates in the tenant's zone.
 * Returns the rows written per sheet.
 */
export async function exportWorkbook(dataSource: DataSource, tenantId: string, output: Writable): Promise<Record<SheetKind, number>> {
  const stored = await loadStoredTenant(dataSource.manager, tenantId, { activities: [], commitments: [] });
  if (!stored.tenant) throw new UnknownTenantError(tenantId);
  const leads = await dataSource.getRepository(Lead).find({ where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const model = storedTenantModel(stored);
  const timeZone = stored.tenant.timezone ?? DEFAULT_TIME_ZONE;
  const member = nameOrId(model.users);
  const customer = nameOrId(model.customers);
  const date = (iso: string | null | undefined) => (iso ? excelDate(new Date(iso), timeZone) : null);
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const byCustomer = <T extends { customerId: string }>(list: T[], then: (item: T) => string) =>
    [...list].sort(
      (a, b) => customer(a.customerId).localeCompare(customer(b.customerId), 'zh-CN') || then(a).localeCompare(then(b), 'zh-CN'),
    );

  const rows: Record<SheetKind, Record<string, CellValue>[]> = {
    members: byName(model.users).map((u) => ({
      ...u,
      role: USER_ROLE_LABELS[u.role],
      managerId: u.managerId ? member(u.managerId) : null,
    })),
    customers: byName(model.customers).map((c) => ({
      ...c,
      aliases: c.aliases?.join('、') ?? null,
      ownerId: c.ownerId ? member(c.ownerId) : null,
    })),
    contacts: byCustomer(model.contacts, (c) => c.name).map((c) => ({
      ...c,
      customerId: customer(c.customerId),
      role: c.role ? CONTACT_ROLE_LABELS[c.role] : null,
    })),
    deals: byCustomer(model.deals, (d) => d.title ?? '').map((d) => ({
      ...d,
      customerId: customer(d.customerId),
      ownerId: member(d.ownerId),
      stage: STAGE_LABELS[d.stage],
      stageEnteredAt: date(d.stageEnteredAt),
      lastActivityAt: date(d.lastActivityAt),
    })),
    leads: leads.map(leadModel),
  };

  const workbook = openWorkbook(output);
  for (const kind of SHEET_KINDS) {
    const sheet = addKindSheet(workbook, kind);
    const columns = kindColumns(kind);
    for (const record of rows[kind])
      addRow(
        sheet,
        columns.map((col) => record[col.field] ?? null),
      ).commit();
    sheet.commit();
  }
  await workbook.commit();
  return Object.fromEntries(SHEET_KINDS.map((kind) => [kind, rows[kind].length])) as Record<SheetKind, number>;
}

/** How a sheet names a record: by its name, or by its id when another record has the same name. */
function nameOrId(records: readonly { id: string; name: string }[]): (id: string) => string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(foldCase(r.name), (counts.get(foldCase(r.name)) ?? 0) + 1);
  const names = new Map(records.map((r) => [r.id, r.name]));
  return (id) => {
    const name = names.get(id);
    return name !== undefined && counts.get(foldCase(name)) === 1 ? name : id;
  };
}

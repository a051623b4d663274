import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, expect } from 'vitest';
import { openDatabase } from '../../src/store/data-source';
import { ENTITIES } from '../../src/store/entities';
import { importTenant, TenantImportError, type ImportProblem } from '../../src/tenant-import/import-tenant';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** 1-based line of the first occurrence of `needle`, so that expected lines follow the fixture when it is edited. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture has no ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** A migrated SQLite database in a fresh temp dir for each test of the suite, removed after it. */
export function useTempSqlite(): () => DataSource {
  let dir = '';
  let dataSource: DataSource | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesbot-import-'));
    dataSource = await openDatabase(`sqlite:${join(dir, 'test.sqlite')}`);
  });
  afterEach(async () => {
    await dataSource?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dataSource!;
}

export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES) counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

/** Every row of every table, in a stable order: equal snapshots mean nothing was written. */
export async function snapshot(dataSource: DataSource): Promise<string[]> {
  const tables: string[] = [];
  for (const entity of ENTITIES) {
    const rows = (await dataSource.getRepository(entity).find()).map((row) => JSON.stringify(row)).sort();
    tables.push(`${entity.name}: ${rows.join('\n')}`);
  }
  return tables;
}

export async function importProblems(dataSource: DataSource, source: string): Promise<ImportProblem[]> {
  const error = await importTenant(dataSource, source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TenantImportError);
  return (error as TenantImportError).problems;
}

/** The same good file twice: rows created once, then nothing written at all. */
export async function expectSecondImportChangesNothing(dataSource: DataSource): Promise<void> {
  const source = fixture('good-tenant.json');
  const first = await importTenant(dataSource, source, { now: new Date('2026-03-05T00:00:00Z') });
  expect(first.tables.customers).toEqual({ created: 2, updated: 0, unchanged: 0, removed: 0 });
  expect(first.tables.stageTransitions.created).toBe(2);
  const counts = await rowCounts(dataSource);
  const before = await snapshot(dataSource);

  const second = await importTenant(dataSource, source, { now: new Date('2026-03-06T00:00:00Z') });
  for (const counts of Object.values(second.tables)) {
    expect(counts).toMatchObject({ created: 0, updated: 0, removed: 0 });
  }
  expect(second.tables.users.unchanged).toBe(2);
  expect(second.tables.customerSignals.unchanged).toBe(2);
  expect(await rowCounts(dataSource)).toEqual(counts);
  expect(await snapshot(dataSource)).toEqual(before);
}

/** Several problems in one file: each listed at its line, and not one row written. */
export async function expectBadFileWritesNothing(dataSource: DataSource): Promise<void> {
  const source = fixture('bad-tenant.json');
  const before = await rowCounts(dataSource);
  const problems = await importProblems(dataSource, source);
  expect(problems).toEqual([
    { line: lineOf(source, '"boss"'), path: 'users[1].role', message: '应为 rep/manager/admin 之一' },
    { line: lineOf(source, '李明二号'), path: 'users[2].id', message: 'id "liming" 重复,已在 users[0] 出现' },
    { line: lineOf(source, '"nobody"'), path: 'customers[0].ownerId', message: '用户 "nobody" 在文件和数据库中都不存在' },
    { line: lineOf(source, '"industy"'), path: 'customers[1].name', message: '缺少必填字段' },
    { line: lineOf(source, '"industy"'), path: 'customers[1].industy', message: '未知字段(拼写错误?)' },
    {
      line: lineOf(source, '"closing"'),
      path: 'deals[0].stage',
      message: '应为 lead/contact/requirement/demo/negotiation/won/lost 之一',
    },
    {
      line: lineOf(source, '"2026-03-01T09:00:00"'),
      path: 'deals[0].stageEnteredAt',
      message: '应为带时区偏移的 ISO 8601 时间,如 2026-03-01T09:00:00+08:00',
    },
  ]);
  expect(await rowCounts(dataSource)).toEqual(before);
}

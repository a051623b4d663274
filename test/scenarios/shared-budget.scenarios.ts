import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SharedMemberBudget } from '../../bots/wecom/shared-budget';
import { openDatabase } from '../../src/store/data-source';
import { sharedStates } from '../../src/store/platform-ports';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';

const NOW = new Date('2026-03-06T07:00:00Z');

/** The WeCom per-member budget kept in the database: `instances` data sources stand for as many bot processes. */
export function sharedBudgetScenarios(makeDatabase: TestDatabaseFactory, instances: number): void {
  let database: TestDatabase;
  let sources: DataSource[];

  beforeAll(async () => {
    database = await makeDatabase();
    sources = [];
    for (let i = 0; i < instances; i++) sources.push(await openDatabase(database.url));
  });
  afterAll(async () => {
    for (const source of sources ?? []) await source.destroy();
    await database?.drop();
  });

  it(`${instances} instance(s) sending 45 messages to one member at once: 30 go now, 15 get later slots, none twice`, async () => {
    const budgets = sources.map((source) => new SharedMemberBudget(sharedStates(source)));
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) => budgets[i % budgets.length].take('wecom/ww1/1000002/ZhangWei', `outbox:${i}`, NOW)),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(30);
    const waits = answers.flatMap((a) => (a.ok ? [] : [a.retryAfterMs]));
    expect(waits).toHaveLength(15);
    expect(waits.every((ms) => ms === 60_000)).toBe(true);
    // A deferred message coming back at its slot goes out without taking another.
    const deferred = answers.findIndex((a) => !a.ok);
    expect(await budgets[0].take('wecom/ww1/1000002/ZhangWei', `outbox:${deferred}`, new Date(NOW.getTime() + 60_000))).toEqual({
      ok: true,
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { teamLeadMetrics } from '../../src/domain/lead-metrics';
import { openDatabase } from '../../src/store/data-source';
import { Lead, LeadAssignment } from '../../src/store/entities';
import { teamLeadFacts } from '../../src/store/lead-metric-queries';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { leadRow, placementRow } from '../support/lead-rows';
import { EXPECTED, LEAD_FACTS, TEAM, WINDOW } from '../support/lead-metrics-set';

const T = 'acme';

/** The hand-computed lead set stored as leads and placements, read back through the store. */
describe('lead metrics from stored leads and placements on SQLite', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  const lead = (id: string, createdAt: Date, customerId?: string | null) => leadRow(T, id, createdAt, { customerId });
  const placement = (
    id: string,
    leadId: string,
    repId: string | null,
    assignedAt: Date,
    firstTouchAt: Date | null,
    returnedAt: Date | null = null,
  ) => placementRow(T, id, leadId, repId, assignedAt, firstTouchAt, returnedAt);

  beforeAll(async () => {
    database = await sqliteDatabase();
    dataSource = await openDatabase(database.url);
    const at = (iso: string) => new Date(iso);
    await dataSource.getRepository(Lead).insert([
      ...LEAD_FACTS.map((f) => lead(f.leadId, f.createdAt)),
      lead('L9', at('2026-03-15T00:00:00Z')),
      lead('L10', at('2026-03-17T00:00:00Z'), null), // a duplicate (撞单): no customer, counts for nobody
      lead('L11', at('2026-03-17T00:00:00Z')), // only ever in the pool
    ]);
    await dataSource.getRepository(LeadAssignment).insert([
      ...LEAD_FACTS.map((f) => placement(`a_${f.leadId}`, f.leadId, f.repId, f.assignedAt, f.firstTouchAt)),
      // First with r1, who never touched it; reassigned to r3 (another team), who did: it is r3's, not r1's.
      placement('a_L9_1', 'L9', 'r1', at('2026-03-15T00:00:00Z'), null, at('2026-03-16T00:00:00Z')),
      placement('a_L9_2', 'L9', 'r3', at('2026-03-16T00:00:00Z'), at('2026-03-16T02:00:00Z')),
      placement('a_L11', 'L11', null, at('2026-03-17T00:00:00Z'), null),
    ]);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('gives the hand-computed team and per-rep numbers', async () => {
    const facts = await teamLeadFacts(dataSource.manager, T, TEAM, { from: new Date('2026-02-01T00:00:00Z'), to: WINDOW.to });
    expect(facts.map((f) => f.leadId).sort()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    const report = teamLeadMetrics(facts, TEAM, WINDOW);
    expect(report.team).toEqual(EXPECTED.team);
    expect(report.byRep.get('r1')).toEqual(EXPECTED.r1);
    expect(report.byRep.get('r2')).toEqual(EXPECTED.r2);
  });
});

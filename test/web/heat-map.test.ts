import { describe, expect, it } from 'vitest';
import { loadRuleBook } from '../../src/flows/rule-book';
import type { OpenDealGate, TeamDeal } from '../../src/store/metric-queries';
import { heatCellDeals, heatMap, readHeatCell } from '../../src/web/heat-map';

const rules = loadRuleBook().forTenant('any');
const at = new Date('2026-12-01T02:00:00Z');
const deal = (id: string, ownerId: string, stage: TeamDeal['stage']): TeamDeal => ({
  id,
  customerId: `cus_${id}`,
  ownerId,
  stage,
  amount: null,
  stageEnteredAt: at,
  lastActivityAt: at,
});
const gate = (dealId: string, met: boolean[], overSilenceTimer: boolean): OpenDealGate => ({
  dealId,
  met,
  itemsDone: met.filter(Boolean).length,
  itemsRequired: met.length,
  overSilenceTimer,
});

describe('the rep × action heat map', () => {
  const reps = [
    { id: 'a', name: '甲' },
    { id: 'b', name: '乙' },
  ];
  // 甲 has two deals in 需求确认 (pain points met on one, the form on none, one over its timer) and one won deal.
  const deals = [deal('d1', 'a', 'requirement'), deal('d2', 'a', 'requirement'), deal('d3', 'a', 'won'), deal('d4', 'b', 'demo')];
  const gates = [gate('d1', [true, false], false), gate('d2', [false, false], true), gate('d4', [true, true], false)];

  it('counts, per stage and rep, the open deals with each gate item and with 按时跟进 done', () => {
    const map = heatMap(reps, deals, gates, rules);
    expect(map.map((s) => s.stage)).toEqual(['contact', 'requirement', 'demo', 'negotiation']);
    const requirement = map.find((s) => s.stage === 'requirement')!;
    expect(requirement.actions).toEqual(['客户痛点', '需求确认单', '按时跟进']);
    expect(requirement.rows).toEqual([
      {
        repId: 'a',
        rep: '甲',
        cells: [
          { done: 1, of: 2 },
          { done: 0, of: 2 },
          { done: 1, of: 2 },
        ],
      },
      { repId: 'b', rep: '乙', cells: [null, null, null] },
    ]);
    expect(map.find((s) => s.stage === 'demo')!.rows[1]!.cells).toEqual([
      { done: 1, of: 1 },
      { done: 1, of: 1 },
      { done: 1, of: 1 },
    ]);
  });

  it('lists the deals behind a cell, those without the action first', () => {
    const cell = readHeatCell('a~requirement~0', rules)!;
    expect(heatCellDeals(cell, deals, gates).map(({ deal, done }) => [deal.id, done])).toEqual([
      ['d2', false],
      ['d1', true],
    ]);
  });

  it('reads only cells the rules have', () => {
    expect(readHeatCell('a~requirement~2', rules)).toEqual({ repId: 'a', stage: 'requirement', action: 2 });
    for (const bad of ['a~requirement~3', 'a~won~0', 'a~requirement~-1', 'a~requirement', '~contact~0', 42]) {
      expect(readHeatCell(bad, rules)).toBeNull();
    }
  });
});

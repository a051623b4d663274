import { describe, expect, it } from 'vitest';
import {
  actionClosureRate,
  healthIndex,
  stageAdvanceRate,
  stageOrderCompliance,
  type TransitionFact,
  healthTrendText,
} from '../../src/domain/metrics';
import { latestOccurrence } from '../../src/jobs/cron-occurrence';

const NOW = new Date('2026-03-20T00:00:00Z');
const d = (iso: string) => new Date(`${iso}Z`);

describe('process metrics on a hand-computed set', () => {
  it('阶段跃迁率: 需求确认 → 方案演示 within 48 hours of entering', () => {
    const t: TransitionFact[] = [
      { dealId: 'a', from: 'contact', to: 'requirement', at: d('2026-03-10T00:00:00') },
      { dealId: 'a', from: 'requirement', to: 'demo', at: d('2026-03-12T00:00:00') }, // 48 h: hit
      { dealId: 'b', from: 'contact', to: 'requirement', at: d('2026-03-10T00:00:00') },
      { dealId: 'b', from: 'requirement', to: 'demo', at: d('2026-03-13T00:00:00') }, // 72 h: miss
      { dealId: 'c', from: 'contact', to: 'requirement', at: d('2026-03-19T00:00:00') }, // 24 h ago: pending
      { dealId: 'e', from: 'contact', to: 'requirement', at: d('2026-02-01T00:00:00') }, // before the window
    ];
    expect(stageAdvanceRate(t, { from: d('2026-03-09T00:00:00'), to: NOW }, NOW)).toEqual({
      value: 0.5,
      hits: 1,
      judged: 2,
      missedIds: ['b'],
    });
  });

  it('动作闭环率: kept when done no later than 2 h after due; done early is kept', () => {
    const due = d('2026-03-15T10:00:00');
    const rate = actionClosureRate(
      [
        { ownerId: 'r', commitmentId: 'p1', dealId: 'a', dueAt: due, doneAt: d('2026-03-15T07:30:00') }, // 2.5 h early: kept
        { ownerId: 'r', commitmentId: 'p2', dealId: 'a', dueAt: due, doneAt: d('2026-03-12T10:00:00') }, // 3 days early: kept
        { ownerId: 'r', commitmentId: 'p3', dealId: 'b', dueAt: due, doneAt: d('2026-03-15T12:00:00') }, // 2 h late: kept
        { ownerId: 'r', commitmentId: 'p4', dealId: 'c', dueAt: due, doneAt: d('2026-03-15T12:01:00') }, // late: missed
        { ownerId: 'r', commitmentId: 'p5', dealId: null, dueAt: due, doneAt: null }, // never: missed, even without a deal
        { ownerId: 'r', commitmentId: 'p6', dealId: 'e', dueAt: d('2026-03-19T23:00:00'), doneAt: null }, // inside its two hours: not judged
      ],
      NOW,
    );
    expect(rate).toEqual({ value: 0.6, hits: 3, judged: 5, missedIds: ['p4', 'p5'] });
  });

  it('health index = 0.6 × compliance + 0.3 × evidence + 0.1 × (1 − over the timer)', () => {
    const transitions: TransitionFact[] = [
      { dealId: 'a', from: null, to: 'lead', at: NOW }, // a creation, not a move
      { dealId: 'a', from: 'lead', to: 'contact', at: NOW }, // one step: ok
      { dealId: 'b', from: 'contact', to: 'demo', at: NOW }, // skipped 需求确认
      { dealId: 'c', from: 'demo', to: 'lost', at: NOW }, // to 丢单: ok
      { dealId: 'd', from: 'negotiation', to: 'won', at: NOW }, // ok
    ];
    expect(stageOrderCompliance(transitions).value).toBe(0.75);
    const health = healthIndex(transitions, [
      { dealId: 'a', itemsDone: 1, itemsRequired: 2, overSilenceTimer: false },
      { dealId: 'e', itemsDone: 2, itemsRequired: 2, overSilenceTimer: true },
      { dealId: 'f', itemsDone: 0, itemsRequired: 0, overSilenceTimer: null },
    ]);
    // 0.6 × 0.75 + 0.3 × 3/4 + 0.1 × (1 − 1/2) = 0.45 + 0.225 + 0.05
    expect(health.value).toBeCloseTo(0.725, 10);
    expect(health.weakDealIds).toEqual(['a', 'e']);
  });
});

describe('the catch-up window', () => {
  const friday = (hhmm: string) => new Date(`2026-03-06T${hhmm}:00+08:00`);
  it('finds Friday 15:00 from 15:40 and from 23:59, not before 15:00, nor on Saturday', () => {
    expect(latestOccurrence('0 15 * * 5', 'Asia/Shanghai', friday('15:40'), 24)?.toISO()).toBe('2026-03-06T15:00:00.000+08:00');
    expect(latestOccurrence('0 15 * * 5', 'Asia/Shanghai', friday('23:59'), 24)).not.toBeNull();
    expect(latestOccurrence('0 15 * * 5', 'Asia/Shanghai', friday('14:59'), 24)).toBeNull();
    expect(latestOccurrence('0 15 * * 5', 'Asia/Shanghai', new Date('2026-03-07T00:00:00+08:00'), 24)).toBeNull();
  });
  it('gives a briefing four hours', () => {
    expect(latestOccurrence('0 8 * * *', 'Asia/Shanghai', friday('12:00'), 4)).not.toBeNull();
    expect(latestOccurrence('0 8 * * *', 'Asia/Shanghai', friday('12:01'), 4)).toBeNull();
  });
  it('reads a restricted day of month and day of week as cron does: either day (the 1st, or any Monday)', () => {
    const monday9th = new Date('2026-03-09T09:30:00+08:00');
    expect(latestOccurrence('0 9 1 * 1', 'Asia/Shanghai', monday9th, 4)?.toISO()).toBe('2026-03-09T09:00:00.000+08:00');
    expect(latestOccurrence('0 9 1 * 1', 'Asia/Shanghai', new Date('2026-03-10T09:30:00+08:00'), 4)).toBeNull();
  });
  it('uses the tenant\u2019s zone: 15:00 in Shanghai is 07:00 UTC', () => {
    expect(latestOccurrence('0 15 * * 5', 'Asia/Shanghai', new Date('2026-03-06T07:05:00Z'), 1)?.toUTC().toISO()).toBe(
      '2026-03-06T07:00:00.000Z',
    );
  });
});

describe('health trend text', () => {
  it('shows today with the week so far and last week', () => {
    expect(healthTrendText([0.72, 0.75, 0.781], 0.7)).toBe('78 分(本周 72 → 75 → 78;上周 70 分,↑8)');
    expect(healthTrendText([0.6], 0.65)).toBe('60 分(上周 65 分,↓5)');
    expect(healthTrendText([0.5], 0.5)).toBe('50 分(上周 50 分,持平)');
    expect(healthTrendText([0.5], null)).toBe('50 分');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../src/domain/business-calendar';
import { LEAD_RULE_DEFAULTS } from '../../src/domain/lead-rules';
import { addWorkingHours, leadEscalations } from '../../src/domain/lead-timers';

const rules = LEAD_RULE_DEFAULTS.followUp;
const work = { timeZone: 'Asia/Shanghai', calendar: DEFAULT_CALENDAR };
const at = (iso: string) => new Date(iso);
const kinds = (assignment: Parameters<typeof leadEscalations>[0], now: string) =>
  leadEscalations(assignment, rules, work, at(now)).map((e) => e.kind);

describe('working hours (09:00–18:00, Monday to Friday, Asia/Shanghai)', () => {
  it.each([
    ['Monday 10:00 + 4h → Monday 14:00', '2026-03-02T10:00:00+08:00', '2026-03-02T14:00:00+08:00'],
    ['before opening: Monday 07:30 + 4h → Monday 13:00', '2026-03-02T07:30:00+08:00', '2026-03-02T13:00:00+08:00'],
    ['Friday 16:00 + 4h → Monday 11:00 (the weekend does not count)', '2026-03-06T16:00:00+08:00', '2026-03-09T11:00:00+08:00'],
    ['Saturday 10:00 + 4h → Monday 13:00', '2026-03-07T10:00:00+08:00', '2026-03-09T13:00:00+08:00'],
    ['after closing: Tuesday 19:00 + 4h → Wednesday 13:00', '2026-03-03T19:00:00+08:00', '2026-03-04T13:00:00+08:00'],
  ])('%s', (_what, start, due) => {
    expect(addWorkingHours(at(start), 4, rules.workingHours, work)).toEqual(at(due));
  });

  it('skips a public holiday', () => {
    const calendar = { ...DEFAULT_CALENDAR, holidays: ['2026-03-09'] };
    expect(addWorkingHours(at('2026-03-06T16:00:00+08:00'), 4, rules.workingHours, { ...work, calendar })).toEqual(
      at('2026-03-10T11:00:00+08:00'),
    );
  });
});

describe('lead escalations', () => {
  const friday = { id: 'lda_1', assignedAt: at('2026-03-06T16:00:00+08:00'), acceptedAt: null, firstTouchAt: null };

  it('not accepted: due after 4 working hours, exactly at the limit and not a minute before', () => {
    expect(kinds(friday, '2026-03-09T10:59:00+08:00')).toEqual([]);
    expect(leadEscalations(friday, rules, work, at('2026-03-09T11:00:00+08:00'))).toEqual([
      { key: 'lead:lda_1:not_accepted', kind: 'not_accepted', dueAt: at('2026-03-09T11:00:00+08:00') },
    ]);
  });

  it('accepted but not touched: due 24 hours after accepting', () => {
    const accepted = { ...friday, acceptedAt: at('2026-03-06T17:00:00+08:00') };
    expect(kinds(accepted, '2026-03-07T16:59:00+08:00')).toEqual([]);
    expect(kinds(accepted, '2026-03-07T17:00:00+08:00')).toEqual(['not_touched']);
  });

  it('untouched for 7 days: back to the pool; a touched lead never escalates', () => {
    const accepted = { ...friday, acceptedAt: at('2026-03-06T17:00:00+08:00') };
    expect(kinds(accepted, '2026-03-13T16:00:00+08:00')).toEqual(['not_touched', 'to_pool']);
    expect(kinds({ ...accepted, firstTouchAt: at('2026-03-07T09:00:00+08:00') }, '2026-03-20T09:00:00+08:00')).toEqual([]);
  });
});

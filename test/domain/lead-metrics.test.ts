import { describe, expect, it } from 'vitest';
import { hoursText, leadMetrics, median, teamLeadMetrics } from '../../src/domain/lead-metrics';
import { EXPECTED, LEAD_FACTS, TEAM, WINDOW } from '../support/lead-metrics-set';

describe('lead metrics on a hand-computed set', () => {
  it('线索激活率 and the median hours to first touch, for the team and per rep', () => {
    const report = teamLeadMetrics(LEAD_FACTS, TEAM, WINDOW);
    expect(report.team).toEqual(EXPECTED.team);
    expect(report.byRep.get('r1')).toEqual(EXPECTED.r1);
    expect(report.byRep.get('r2')).toEqual(EXPECTED.r2);
  });

  it('a touch a minute past the 7 days is a miss; an untouched lead is judged once its days run out', () => {
    const lead = LEAD_FACTS.find((l) => l.leadId === 'L4')!;
    const late = { ...lead, firstTouchAt: new Date(lead.firstTouchAt!.getTime() + 60_000) };
    expect(leadMetrics([late], WINDOW)).toMatchObject({ activated: 0, judged: 1, missedLeadIds: ['L4'] });
    const pending = LEAD_FACTS.find((l) => l.leadId === 'L6')!;
    expect(leadMetrics([pending], WINDOW)).toMatchObject({ activationRate: null, judged: 0 });
    expect(leadMetrics([pending], { from: WINDOW.from, to: new Date('2026-03-25T00:00:01Z') })).toMatchObject({
      judged: 1,
      missedLeadIds: ['L6'],
    });
  });

  it('median of an even count is the mean of the middle two; nothing gives null', () => {
    expect(median([216, 10, 168, 30])).toBe(99);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNull();
    expect(hoursText(20.04)).toBe('20 小时');
    expect(hoursText(null)).toBe('—');
  });
});

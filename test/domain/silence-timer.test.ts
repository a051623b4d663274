import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { commitmentBreach, silenceStart, stageBreaches, type TimedDeal } from '../../src/domain/silence-timer';
import { loadRuleBook } from '../../src/flows/rule-book';

const rules = loadRuleBook('rules').forTenant('demo');
/** An instant written as Beijing wall-clock time. */
const shanghai = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toJSDate();
const plus = (at: Date, hours: number, minutes = 0) => new Date(at.getTime() + (hours * 60 + minutes) * 60_000);

const deal = (stage: TimedDeal['stage'], enteredAt: Date, lastActivityAt: Date | null = null): TimedDeal => ({
  id: 'deal_1',
  stage,
  stageEnteredAt: enteredAt,
  lastActivityAt,
});

describe('stage silence timers', () => {
  // Entered on a Friday evening in Beijing: the boundary falls on Sunday evening, across two midnights.
  const entered = shanghai('2026-03-06T18:30');

  it.each([
    ['contact', 48],
    ['requirement', 72],
    ['demo', 24],
    ['negotiation', 48],
  ] as const)('%s: one minute before %i hours is no breach, exactly %i hours is', (stage, hours) => {
    expect(stageBreaches(rules, deal(stage, entered), plus(entered, hours, -1))).toEqual([]);
    expect(stageBreaches(rules, deal(stage, entered), plus(entered, hours))).toHaveLength(1);
  });

  it('47h59m after entering 初步接触 at 3月6日 18:30 Beijing time is not a breach; 3月8日 18:30 is', () => {
    expect(stageBreaches(rules, deal('contact', entered), shanghai('2026-03-08T18:29'))).toEqual([]);
    expect(stageBreaches(rules, deal('contact', entered), shanghai('2026-03-08T18:30'))).toHaveLength(1);
  });

  it('restarts on real activity: the timer counts from the latest of stage entry and last activity', () => {
    const activity = plus(entered, 30);
    const d = deal('contact', entered, activity);
    expect(silenceStart(d)).toEqual(activity);
    expect(stageBreaches(rules, d, plus(entered, 48))).toEqual([]);
    expect(stageBreaches(rules, d, plus(activity, 48))).toHaveLength(1);
  });

  it("activity before the stage was entered does not shorten the new stage's timer", () => {
    expect(silenceStart(deal('demo', entered, plus(entered, -5)))).toEqual(entered);
  });

  it('alerts the rep first and escalates 初步接触 to the manager when the silence goes on', () => {
    const first = stageBreaches(rules, deal('contact', entered), plus(entered, 48));
    expect(first).toEqual([expect.objectContaining({ recipients: ['rep'], markFollowUp: false })]);
    const later = stageBreaches(rules, deal('contact', entered), plus(entered, 72));
    expect(later.map((b) => b.recipients)).toEqual([['rep'], ['manager']]);
    expect(new Set(later.map((b) => b.key)).size).toBe(2);
  });

  it('方案演示 marks the deal 待跟进; 商务谈判 alerts rep and manager at once', () => {
    expect(stageBreaches(rules, deal('demo', entered), plus(entered, 24))[0]).toMatchObject({ recipients: ['rep'], markFollowUp: true });
    expect(stageBreaches(rules, deal('negotiation', entered), plus(entered, 48))[0].recipients).toEqual(['rep', 'manager']);
  });

  it('keys a breach by deal, stage and timer start: the same silence scanned later is the same breach, new silence a new one', () => {
    const at48 = stageBreaches(rules, deal('contact', entered), plus(entered, 48))[0].key;
    const at60 = stageBreaches(rules, deal('contact', entered), plus(entered, 60))[0].key;
    expect(at60).toBe(at48);
    const afterActivity = stageBreaches(rules, deal('contact', entered, plus(entered, 50)), plus(entered, 98))[0].key;
    expect(afterActivity).not.toBe(at48);
  });

  it('线索 and closed deals have no timer', () => {
    expect(stageBreaches(rules, deal('lead', entered), plus(entered, 1000))).toEqual([]);
    expect(stageBreaches(rules, deal('won', entered), plus(entered, 1000))).toEqual([]);
  });
});

describe('commitment due times', () => {
  const due = shanghai('2026-03-12T18:00');
  const commitment = { id: 'cmt_1', dealId: 'deal_1', dueAt: due, doneAt: null };

  it('is breached from the due minute on, not a minute before', () => {
    expect(commitmentBreach(commitment, plus(due, 0, -1))).toBeNull();
    expect(commitmentBreach(commitment, due)).toMatchObject({ kind: 'commitment', recipients: ['rep'] });
  });

  it('a done commitment or one without a due time is never breached', () => {
    expect(commitmentBreach({ ...commitment, doneAt: due }, plus(due, 5))).toBeNull();
    expect(commitmentBreach({ ...commitment, dueAt: null }, plus(due, 5))).toBeNull();
  });

  it('postponing makes a new breach key, so the new due time is alerted again', () => {
    const first = commitmentBreach(commitment, plus(due, 1))!.key;
    const postponed = commitmentBreach({ ...commitment, dueAt: plus(due, 24) }, plus(due, 25))!.key;
    expect(postponed).not.toBe(first);
  });
});

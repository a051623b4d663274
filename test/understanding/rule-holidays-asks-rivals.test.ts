import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { formatInstant, resolveDue } from '../../src/understanding/rules/due';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 28's constructions, probed with sentences of our own: holidays as deadlines (before one, the first day back
 * after one), a paper handed to the one who asked, the rep arriving at a time, a visit of theirs the rep arranges, an ask
 * whose deadline and deliverable follow in a clause of their own, and rivals in industrial gases, elevators, farm drones
 * and corporate training. `now` is Wednesday 2026-03-04 unless said.
 */
const ZONE = 'Asia/Shanghai';
const due = (text: string, now: string): string | null => {
  const dt = resolveDue(text, DateTime.fromISO(now, { setZone: true }).setZone(ZONE));
  return dt ? formatInstant(dt) : null;
};
const run = ruleRunner([
  { id: 'c1', name: '绿源冷链物流有限公司', aliases: ['绿源'] },
  { id: 'c2', name: '恒远精密机械有限公司', aliases: ['恒远'] },
]);

describe('holidays as deadlines', () => {
  it.each([
    ['国庆节前把样机调好', '2026-08-20T09:00:00+08:00', '2026-09-30T18:00:00+08:00'],
    ['元旦之前送到', '2026-12-10T09:00:00+08:00', '2026-12-31T18:00:00+08:00'],
    ['中秋前给个回复', '2026-09-01T09:00:00+08:00', '2026-09-24T18:00:00+08:00'],
    ['端午前发过去', '2026-06-01T09:00:00+08:00', '2026-06-18T18:00:00+08:00'],
    ['春节前把合同寄过去', '2026-12-20T09:00:00+08:00', '2027-02-05T18:00:00+08:00'],
  ])('%s said %s is the day before the holiday', (text, now, expected) => expect(due(text, now)).toBe(expected));
  it.each([
    // 端午 2026 is a Friday: off to Sunday, back on Monday.
    ['端午后第一个工作日去现场', '2026-06-10T09:00:00+08:00', '2026-06-22T18:00:00+08:00'],
    // 国庆: seven days off.
    ['国庆节后第一天上门', '2026-09-28T09:00:00+08:00', '2026-10-08T18:00:00+08:00'],
    // 清明 2026 is a Sunday: the Monday is off too; 节后 with no name is the holiday coming up.
    ['节后第一天把方案发他', '2026-04-02T09:00:00+08:00', '2026-04-07T18:00:00+08:00'],
  ])('%s said %s is the first workday back', (text, now, expected) => expect(due(text, now)).toBe(expected));
  it('节后 alone still has no date', () => expect(due('节后再联系', '2026-04-02T09:00:00+08:00')).toBeNull());
  it('a bare 五一 is the day itself', () => expect(due('五一那天值班', '2026-04-02T09:00:00+08:00')).toBe('2026-05-01T18:00:00+08:00'));
});

describe('promises in set 28’s shapes', () => {
  it('arriving at an hour is ours', () =>
    expect(run('绿源说明天上午有批货要验 让我们派人 我明早9点到')?.commitment?.due).toBe('2026-03-05T09:00:00+08:00'));
  it('arriving late is no promise', () => expect(run('收到,下午的会我晚点到').commitment).toBeNull());
  it('a paper to the one who spoke, by a date', () =>
    expect(run('恒远老板说要续签 下周五之前把补充协议给他').commitment?.due).toBe('2026-03-13T18:00:00+08:00'));
  it('their visit, arranged by the rep', () =>
    expect(run('恒远董事长下周三要来我们工厂看线 我负责安排').commitment?.due).toBe('2026-03-11T18:00:00+08:00'));
  it('an ask, then its deadline and deliverable in a clause of their own', () =>
    expect(run('绿源王总要我们把两家的报价对一对 周五前出个对比表').commitment?.due).toBe('2026-03-06T18:00:00+08:00'));
  it('a deadline of theirs after a plain remark is no ask of us', () =>
    expect(run('恒远质保要求三年 月底前准备签约').commitment).toBeNull());
});

describe('tags and rivals in set 28’s trades', () => {
  it.each([
    ['他们一半的氮气用的法液空', ['法液空']],
    ['物业在我们和奥的斯之间选', ['奥的斯']],
    ['合作社去年买了两台大疆的', ['大疆']],
    ['人力说想用时代光华的线上课', ['时代光华']],
  ])('%s names %j', (text, names) => expect(findCompetitors(text)).toEqual(names));
  it.each([
    ['验收机器的交机时间定在下月10号', 'delivery'],
    ['厂房年底前必须竣工', 'delivery'],
    ['要求4小时应急响应', 'after_sales'],
    ['方案要上股东会', 'approval'],
    ['业主大会表决通过了', 'approval'],
    ['说不然就换别的牌子了', 'churn_risk'],
    ['主任说端午后签合同', 'closing_soon'],
  ] as const)('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['总经理助理在对接', 'decision_maker'],
    ['我回去跟领导请示一下再答复', 'approval'],
    ['老板下单了 我明天下单给工厂', 'closing_soon'],
  ] as const)('%s is not %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('their own board still approves', () => expect(detectTags('他们采购要跟领导请示')).toContain('approval'));
});

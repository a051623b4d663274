import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { WorkCalendar } from '../../src/domain/business-calendar';
import { formatInstant, resolveDue } from '../../src/understanding/rules/due';
import { extractByRules } from '../../src/understanding/rule-extractor';
import { ruleRunner } from './rule-runner';

/** One test per rule of the contract's "Resolving due" section. */
const ZONE = 'Asia/Shanghai';
const due = (text: string, now: string, calendar?: WorkCalendar): string | null => {
  const dt = resolveDue(text, DateTime.fromISO(now, { setZone: true }).setZone(ZONE), calendar);
  return dt ? formatInstant(dt) : null;
};

// 2026-03-04 is a Wednesday.
const WED = '2026-03-04T10:15:00+08:00';
/** Wednesday 30 September, the day before a week off. */
const BEFORE_NATIONAL_DAY = '2026-09-30T10:00:00+08:00';
const NATIONAL_DAY: WorkCalendar = {
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: ['2026-09-27', '2026-10-10'],
};

describe('resolveDue', () => {
  it('N小时内 / N小时后: now + N hours to the minute', () => {
    expect(due('48小时内出方案', WED)).toBe('2026-03-06T10:15:00+08:00');
    expect(due('两小时后回电话', WED)).toBe('2026-03-04T12:15:00+08:00');
    expect(due('12小时内', '2026-08-31T16:50:00+08:00')).toBe('2026-09-01T04:50:00+08:00');
  });

  it('本周内 / 下周之内: the Sunday ending that week, at 18:00', () => {
    expect(due('本周内我把清单报过去', WED)).toBe('2026-03-08T18:00:00+08:00');
    expect(due('这周之内安排试机', WED)).toBe('2026-03-08T18:00:00+08:00');
    expect(due('下周内给方案', WED)).toBe('2026-03-15T18:00:00+08:00');
  });

  it('N天内 / N天后: now + N days at 18:00', () => {
    expect(due('3天内给方案', WED)).toBe('2026-03-07T18:00:00+08:00');
    expect(due('五天后再联系', WED)).toBe('2026-03-09T18:00:00+08:00');
  });

  it('N个工作日: the Nth workday after today on the tenant’s calendar, at 18:00', () => {
    expect(due('3个工作日内给方案', WED)).toBe('2026-03-09T18:00:00+08:00'); // Thu, Fri, Mon
    expect(due('3个工作日内给方案', BEFORE_NATIONAL_DAY)).toBe('2026-10-05T18:00:00+08:00');
    // Thursday 1 to Wednesday 7 October are off; Saturday the 10th is worked instead (调休).
    expect(due('3个工作日内给方案', BEFORE_NATIONAL_DAY, NATIONAL_DAY)).toBe('2026-10-10T18:00:00+08:00');
    expect(due('一个工作日内回复', BEFORE_NATIONAL_DAY, NATIONAL_DAY)).toBe('2026-10-08T18:00:00+08:00');
    // Calendar days are calendar days, holidays or not.
    expect(due('3天内给方案', BEFORE_NATIONAL_DAY, NATIONAL_DAY)).toBe('2026-10-03T18:00:00+08:00');
  });

  it('a bare date has 18:00', () => {
    expect(due('3月8日去拜访', WED)).toBe('2026-03-08T18:00:00+08:00');
    expect(due('15号前交', WED)).toBe('2026-03-15T18:00:00+08:00');
    expect(due('周五前报价', WED)).toBe('2026-03-06T18:00:00+08:00');
  });

  it('上午 without an hour is 12:00; 下午 and 晚上 without an hour are 18:00', () => {
    expect(due('明天上午确认', WED)).toBe('2026-03-05T12:00:00+08:00');
    expect(due('后天下午过去', WED)).toBe('2026-03-06T18:00:00+08:00');
    expect(due('晚上我再打个电话', WED)).toBe('2026-03-04T18:00:00+08:00');
  });

  it('下午3点, 15点, 3点半 are that hour', () => {
    expect(due('今天下午3点前回复', WED)).toBe('2026-03-04T15:00:00+08:00');
    expect(due('明天15点开会', WED)).toBe('2026-03-05T15:00:00+08:00');
    expect(due('明天3点半过去', WED)).toBe('2026-03-05T15:30:00+08:00');
    expect(due('晚上八点半', WED)).toBe('2026-03-04T20:30:00+08:00');
  });

  it('a bare hour 1–6 means the afternoon; 7–12 stays as written', () => {
    expect(due('我4点给他回电话', WED)).toBe('2026-03-04T16:00:00+08:00');
    expect(due('明天9点送过去', WED)).toBe('2026-03-05T09:00:00+08:00');
    expect(due('上午10点去', WED)).toBe('2026-03-04T10:00:00+08:00');
  });

  it('今天 / 明天 / 后天', () => {
    expect(due('今天发', WED)).toBe('2026-03-04T18:00:00+08:00');
    expect(due('明天发', WED)).toBe('2026-03-05T18:00:00+08:00');
    expect(due('后天发', WED)).toBe('2026-03-06T18:00:00+08:00');
  });

  it('本周X / 这周X: day X of the current Monday-start week, even if past', () => {
    expect(due('这周五去签合同', WED)).toBe('2026-03-06T18:00:00+08:00');
    expect(due('本周一', WED)).toBe('2026-03-02T18:00:00+08:00');
    // Sunday 2026-06-14 still belongs to the week that began Monday 06-08.
    expect(due('这周五前回复', '2026-06-14T21:10:00+08:00')).toBe('2026-06-12T18:00:00+08:00');
  });

  it('下周X: day X of the next week', () => {
    expect(due('下周三下午3点去工地', WED)).toBe('2026-03-11T15:00:00+08:00');
    expect(due('下周一', '2026-06-14T21:10:00+08:00')).toBe('2026-06-15T18:00:00+08:00');
  });

  it('a bare 周X / 星期X is the next day X after today, today excluded', () => {
    expect(due('周三再去', WED)).toBe('2026-03-11T18:00:00+08:00');
    expect(due('星期五', WED)).toBe('2026-03-06T18:00:00+08:00');
    expect(due('周一', WED)).toBe('2026-03-09T18:00:00+08:00');
    expect(due('周日', WED)).toBe('2026-03-08T18:00:00+08:00');
  });

  it('下周 alone is next Monday at 18:00', () => {
    expect(due('下周给他们做演示', WED)).toBe('2026-03-09T18:00:00+08:00');
    expect(due('下周', '2026-12-31T15:00:00+08:00')).toBe('2027-01-04T18:00:00+08:00');
  });

  it('月底: the last day of the current month at 18:00', () => {
    expect(due('月底前去拜访', WED)).toBe('2026-03-31T18:00:00+08:00');
    expect(due('月底', '2026-02-27T10:00:00+08:00')).toBe('2026-02-28T18:00:00+08:00');
  });

  it('下月初 / 下个月初: the 1st of next month at 18:00', () => {
    expect(due('下个月初再跟进', WED)).toBe('2026-04-01T18:00:00+08:00');
    expect(due('下月初', '2026-12-31T15:00:00+08:00')).toBe('2027-01-01T18:00:00+08:00');
  });

  it('no time expression gives null', () => {
    expect(due('我跟进一下信息科那边', WED)).toBeNull();
    expect(due('别家报价低8个点', WED)).toBeNull();
  });

  it('honours another tenant zone', () => {
    const now = DateTime.fromISO('2026-03-04T10:15:00+08:00').setZone('Asia/Tokyo');
    expect(formatInstant(resolveDue('明天', now)!)).toBe('2026-03-05T18:00:00+09:00');
  });
});

describe('due of a voice commitment (clauses split by spaces)', () => {
  const customers = [{ id: 'c1', name: '无锡华光锅炉股份有限公司', aliases: ['华光锅炉'] }];
  const run = ruleRunner(customers, WED);
  const commitmentDue = (text: string, now = WED): string | null | undefined => run(text, now).commitment?.due;

  it('a day and an hour said apart are read together', () => {
    // 2026-03-08 is a Sunday: 下周一 is tomorrow.
    expect(commitmentDue('华光锅炉 下周一 上午十点 技术交流 我带两个工程师过去', '2026-03-08T21:10:00+08:00')).toBe(
      '2026-03-09T10:00:00+08:00',
    );
  });

  it('a timed event of the rep lends its time to the action after it', () => {
    expect(commitmentDue('华光锅炉 嗯 下周三下午三点半 视频会 跟他们董事长汇报方案')).toBe('2026-03-11T15:30:00+08:00');
  });

  it('a bare 我 and fillers do not break the rep’s sentence', () => {
    expect(commitmentDue('华光锅炉上线时间想提前 我 嗯 下周一跟技术确认一下排期')).toBe('2026-03-09T18:00:00+08:00');
  });
});

describe('due of a commitment found by the third blind set', () => {
  const customers = [
    { id: 'c1', name: '无锡华光锅炉股份有限公司', aliases: ['华光锅炉'] },
    { id: 'c2', name: '开封启航培训学校', aliases: ['启航培训'] },
  ];
  const run = ruleRunner(customers, WED);
  const commitmentDue = (text: string, now = WED): string | null | undefined => run(text, now).commitment?.due;

  it('我 followed by a time is the subject even after 比 or 用 (voice text)', () => {
    expect(commitmentDue('华光锅炉的孙总说要跟销售易比一比我明天晚上把对比材料整理给他')).toBe('2026-03-05T18:00:00+08:00');
    expect(commitmentDue('华光锅炉担心质保期外的维修费用我明天带技术去现场')).toBe('2026-03-05T18:00:00+08:00');
  });

  it('the customer’s name is no action of the rep', () => {
    expect(commitmentDue('启航培训的排课系统下周一上线,我周日晚上八点远程帮他们导数据')).toBe('2026-03-08T20:00:00+08:00');
  });

  it('explaining to the customer is an action', () => {
    expect(commitmentDue('华光锅炉的货架交货要延期一周 我十五点前跟客户解释清楚')).toBe('2026-03-04T15:00:00+08:00');
  });
});

describe('due of a commitment on the tenant calendar', () => {
  const customers = [{ id: 'c1', name: '无锡华光锅炉股份有限公司', aliases: ['华光锅炉'] }];
  const text = '华光锅炉要一份报价,我3个工作日内发过去';
  const input = { id: 't', now: BEFORE_NATIONAL_DAY, sender: { id: 'u', name: '张伟' }, customers, text };

  it('the rules count working days on the calendar they are given, and on weekdays without one', () => {
    expect(extractByRules(input, { calendar: NATIONAL_DAY }).commitment?.due).toBe('2026-10-10T18:00:00+08:00');
    expect(extractByRules(input).commitment?.due).toBe('2026-10-05T18:00:00+08:00');
  });
});

/** Messages of our own wording about one customer, for the rules found by blind sets 16 and 17. */
const ownCustomers = [{ id: 'c1', name: '无锡华光锅炉股份有限公司', aliases: ['华光锅炉'] }];
const extractOwn = ruleRunner(ownCustomers, WED);
const commitment = (text: string, now = WED) => extractOwn(text, now).commitment;

describe('commitments and dues found by blind sets 16 and 17 (own wording)', () => {
  it('今天下班前 is a deadline today, not a report of the day, also when the customer asks it', () => {
    expect(commitment('华光锅炉的清单有错 今天下班前重新发一份')?.due).toBe('2026-03-04T18:00:00+08:00');
    expect(commitment('华光锅炉王总来电话 让我今天把样册寄过去')?.due).toBe('2026-03-04T18:00:00+08:00');
  });

  it('a 通知书 is a document, not someone speaking', () => {
    expect(commitment('华光锅炉的标中了,下午去拿中标通知书')?.due).toBe('2026-03-04T18:00:00+08:00');
  });

  it('对一下 is an action; what cannot be done (排不过来, 来不及) is no promise', () => {
    expect(commitment('华光锅炉的结算单 我明天上午跟仓库对一下')?.due).toBe('2026-03-05T12:00:00+08:00');
    expect(commitment('华光锅炉要下周一前装好 我们人手来不及')).toBeNull();
  });

  it('三号楼, 2号线 name a building or a line, not a day', () => {
    expect(due('五号楼的管道', WED)).toBeNull();
    expect(due('2号线明天停机检修', WED)).toBe('2026-03-05T18:00:00+08:00');
  });
});

describe('what the customer asks of us without 让我/要我们 (own wording)', () => {
  it('希望…看到/给 and 要一份 + a deliverable are asks of us, due at their deadline', () => {
    expect(commitment('华光锅炉的赵工 希望下周二前能看到样机')?.due).toBe('2026-03-10T18:00:00+08:00');
    expect(commitment('华光锅炉他们要一份资质证书,周五前')?.due).toBe('2026-03-06T18:00:00+08:00');
    expect(commitment('华光锅炉采购要一份同行的使用案例')).toMatchObject({ due: null });
    expect(commitment('华光锅炉问备件能不能下周一前先寄一批')?.due).toBe('2026-03-09T18:00:00+08:00');
  });

  it('the rep’s own time wins; terms asked, the deal’s schedule and what we cannot do are no asks', () => {
    expect(commitment('华光锅炉要一份报价,我明天上午发过去')?.due).toBe('2026-03-05T12:00:00+08:00');
    expect(commitment('华光锅炉问能不能给个优惠价')).toBeNull();
    expect(commitment('华光锅炉希望交期给到45天')).toBeNull();
    expect(commitment('华光锅炉的刘主任说开学前要交付')).toBeNull();
    expect(commitment('华光锅炉要求周一前到场 我们人手排不过来')).toBeNull();
  });

  it('让 + an action with us left out, and goods due at their warehouse, are asks of us', () => {
    expect(commitment('华光锅炉的采购挺客气 让先寄几本样册过去')).toMatchObject({ due: null });
    expect(commitment('华光锅炉说工期紧 下周五前必须到他们工地')?.due).toBe('2026-03-13T18:00:00+08:00');
  });

  it('主要是 (mainly) is no condition', () => {
    expect(commitment('华光锅炉需求确认了 主要是两条线 下周做方案演示')?.due).toBe('2026-03-09T18:00:00+08:00');
  });

  it('a deadline said after the ask, or after 让我们 + an action, is theirs for it', () => {
    expect(commitment('华光锅炉的钱总说让我们再核算一下 下周五之前出个报价')?.due).toBe('2026-03-13T18:00:00+08:00');
  });
});

describe('the rep’s reply and times said after the action (own wording)', () => {
  it('我说回去… then 给他回话 / 答复他 with a time goes on with the rep’s promise', () => {
    expect(commitment('华光锅炉嫌贵 我说回去商量一下 周四给他回话')?.due).toBe('2026-03-05T18:00:00+08:00');
    expect(commitment('华光锅炉问能不能加急,我说要跟车间评估下,明天下午两点前答复他')?.due).toBe('2026-03-05T14:00:00+08:00');
  });

  it('a tentative time in a clause of its own dates the action before it', () => {
    expect(commitment('华光锅炉需求定了,下一步约他们领导看样机,暂定下周三')?.due).toBe('2026-03-11T18:00:00+08:00');
  });

  it('到时候 is the time just named, even in the customer’s words', () => {
    expect(commitment('华光锅炉的周主任说下周三开论证会 到时候我带技术一起去')?.due).toBe('2026-03-11T18:00:00+08:00');
    expect(commitment('华光锅炉还没定 到时候我再联系')).toMatchObject({ due: null });
  });

  it('going to an appointment the customer set keeps its time', () => {
    expect(commitment('华光锅炉王总约了周五上午去谈,他们关心售后,我把样品准备好带过去')?.due).toBe('2026-03-06T12:00:00+08:00');
  });

  it('周末前 is that week’s Friday; 五一前 is the day before 1 May; 下班前 is today', () => {
    expect(due('周末前给报价', WED)).toBe('2026-03-06T18:00:00+08:00');
    expect(due('周末前给报价', '2026-03-07T10:00:00+08:00')).toBe('2026-03-13T18:00:00+08:00');
    expect(due('下周末之前', WED)).toBe('2026-03-13T18:00:00+08:00');
    expect(due('五一前装好', WED)).toBe('2026-04-30T18:00:00+08:00');
    expect(due('下班前发给你', WED)).toBe('2026-03-04T18:00:00+08:00');
  });
});

describe('moved visits, forwarded chats, run-on text and reports of the day (own wording)', () => {
  it('a visit of the rep’s moved to a new time (没去成 改到…) is due then; someone else’s move is not ours', () => {
    expect(commitment('华光锅炉的现场勘察今天没去成 改到周五上午了')?.due).toBe('2026-03-06T12:00:00+08:00');
    expect(commitment('华光锅炉王总出差了 验收改到下周')).toBeNull();
    expect(commitment('华光锅炉我们下周去 改到周三了')?.due).toBe('2026-03-11T18:00:00+08:00');
    // Done, then signing moved: nothing of ours is moved.
    expect(commitment('华光锅炉的报价发过去了 推到下周签')).toBeNull();
  });

  it('the rep’s 好的 in a forwarded chat makes the other side’s ask a promise', () => {
    expect(commitment('转发聊天:\n赵工:你们下周一前把图纸发我\n我:好的')?.due).toBe('2026-03-09T18:00:00+08:00');
    expect(commitment('转发聊天:\n赵工:你们下周一前把图纸发我\n我:这个得问下设计院')?.due ?? null).toBeNull();
  });

  it('in text with no punctuation a day ahead starts a clause', () => {
    expect(commitment('华光锅炉今天去了一趟见了设备部刘工他们想上一套余热回收下周二给他们出个方案')?.due).toBe('2026-03-10T18:00:00+08:00');
  });

  it('going there at a time after the customer’s words is the rep’s plan', () => {
    expect(commitment('华光锅炉采购说想看看样板工程,预算二十万左右,周五去看现场')?.due).toBe('2026-03-06T18:00:00+08:00');
    // Right after 王总说 it is still their words: their own trip.
    expect(commitment('华光锅炉王总说,明天去总部汇报')).toBeNull();
  });

  it('the part of the day the message is sent in reports it; a later part is ahead', () => {
    const nine = '2026-03-04T09:00:00+08:00';
    expect(commitment('华光锅炉:上午电话,王总说先不急', nine)).toBeNull();
    expect(commitment('华光锅炉下午去一趟', nine)?.due).toBe('2026-03-04T18:00:00+08:00');
    expect(commitment('华光锅炉下午去一趟', '2026-03-04T13:00:00+08:00')?.due).toBe('2026-03-04T18:00:00+08:00');
  });

  it('a promise named and then sent (…今天上午寄出去了) is done; a visit that met someone has happened', () => {
    expect(commitment('答应华光锅炉的资料,今天上午寄出去了')).toBeNull();
    expect(commitment('我今天去华光锅炉拜访,见到了设备部刘工', '2026-03-04T15:00:00+08:00')).toBeNull();
  });

  it('the customer’s deadline to see what we redo dates it', () => {
    expect(commitment('华光锅炉的样件要重做 客户说周五前一定要看到')?.due).toBe('2026-03-06T18:00:00+08:00');
  });
});

describe('done promises reported (own wording)', () => {
  const intent = (text: string) => extractOwn(text).intent;

  it('a reply, a proof sample or floor work done is a done promise', () => {
    expect(intent('华光锅炉的答复已经邮件发给刘工了')).toBe('complete_commitment');
    expect(intent('华光锅炉的打样寄过去了,等他们反馈')).toBe('complete_commitment');
    expect(intent('华光锅炉展厅的地板铺好了')).toBe('complete_commitment');
  });

  it('a contact who settles something (刘工把参数确认完了) did it, not the rep', () => {
    expect(intent('华光锅炉刘工把图纸都确认完了')).toBe('log_activity');
  });
});

describe('how often is no weekday, and whose 要求 it is (own wording)', () => {
  it.each(['每周三次', '一周三趟', '每星期二回'])('%s names no day', (text) => expect(due(text, WED)).toBeNull());

  it('every Wednesday is still a Wednesday', () => expect(due('周三上午到', WED)).toBe('2026-03-11T12:00:00+08:00'));

  it('a frequency before the customer’s deadline leaves the deadline the due', () => {
    expect(commitment('华光锅炉以后每周三次上门巡检,对方要求三天内出一份巡检报告')).toEqual({
      action: '出一份巡检报告',
      due: '2026-03-07T18:00:00+08:00',
    });
  });
});

describe('the deliverable said first, then 我 (own wording)', () => {
  it('drafting (拟, 起草) is an action of the rep', () => {
    expect(commitment('华光锅炉的框架协议我下周一前起草好')?.due).toBe('2026-03-09T18:00:00+08:00');
    expect(commitment('华光锅炉定了,合同我周五拟好')?.due).toBe('2026-03-06T18:00:00+08:00');
  });

  it('a deliverable before 我 stays in the action', () => {
    expect(commitment('华光锅炉嫌贵,报价我明天重新做')).toEqual({ action: '报价重新做', due: '2026-03-05T18:00:00+08:00' });
  });
});

describe('what is given to us is not our promise (own wording)', () => {
  it.each(['华光锅炉看完样品了,月底前给我们回话', '华光锅炉还在比价,周五给我个准信'])('%s -> no commitment', (text) =>
    expect(commitment(text)).toBeNull(),
  );

  it('our own giving still is', () => {
    expect(commitment('华光锅炉还在比价,周五前给他们报个最终价')?.due).toBe('2026-03-06T18:00:00+08:00');
  });
});

describe('a 把 plan said with today, a paper handed in on a day, what we quoted named as a thing (own wording)', () => {
  it.each<[string, string, string, string | null]>([
    [
      'a 把 clause with no 了 is a plan, even with a bare 今天',
      '华光锅炉图纸确认了,今天把清单整理出来发给刘工',
      '2026-03-04T08:30:00+08:00',
      '2026-03-04T18:00:00+08:00',
    ],
    [
      'a 把 clause with no 了 in the morning it is sent',
      '华光锅炉催得急,上午先把参数表回给他们',
      '2026-03-04T08:30:00+08:00',
      '2026-03-04T12:00:00+08:00',
    ],
    ['a paper handed in on a day, no subject, is the rep’s', '华光锅炉要竞谈,周五交技术方案', WED, '2026-03-06T18:00:00+08:00'],
    ['handed in on a date', '华光锅炉的比选12号交资料', WED, '2026-03-12T18:00:00+08:00'],
  ])('%s: %s', (_why, text, now, at) => expect(commitment(text, now)?.due).toBe(at));

  it.each<[string, string, string]>([
    ['with 了 the 把 clause reports what was done today', '今天把华光锅炉的清单发过去了', '2026-03-04T16:00:00+08:00'],
    ['goods handed over on a day are the deal’s schedule', '华光锅炉下周三交货', WED],
    ['their paper on a day is theirs', '华光锅炉说他们周五交验收报告', WED],
    ['what we quoted, named as a thing, is no promise', '华光锅炉嫌我们报的单价每小时高了两块', WED],
  ])('%s: %s -> no commitment', (_why, text, now) => expect(commitment(text, now)).toBeNull());
});

describe('a task by a deadline with no subject, an appointment they made, the latest time they set (own wording)', () => {
  it.each<[string, string, string | null]>([
    ['a task by a deadline with no subject is the rep’s', '华光锅炉:节能测算周五前给到赵工', '2026-03-06T18:00:00+08:00'],
    ['a task by a deadline with no subject is the rep’s', '华光锅炉下周招标,技术标书下周二前完成', '2026-03-10T18:00:00+08:00'],
    ['with 要 it is the deal’s schedule', '华光锅炉的设备月底前要交付', null],
    ['their own work by a deadline is theirs', '华光锅炉自己要在周五前完成内部评审', null],
    ['a deadline in their words is theirs', '华光锅炉的王总说周五前出结果', null],
    [
      'a promise the rep states wins over a bare deadline',
      '华光锅炉下周五前交比价文件,我周一前把参数表整理好',
      '2026-03-09T18:00:00+08:00',
    ],
    ['their buyer made the appointment and we go there', '华光锅炉的赵工约了周五上午去车间看设备', '2026-03-06T12:00:00+08:00'],
    ['the latest time they set for something we give', '华光锅炉赵工说方案最迟下周一要给到', '2026-03-09T18:00:00+08:00'],
    ['the latest time for what they give us is theirs', '华光锅炉赵工说最晚周五要给到我们结果', null],
    ['presenting to them (给…讲一下) is the rep’s', '华光锅炉可以做演示了,下周给他们设备科讲一下', '2026-03-09T18:00:00+08:00'],
    ['有没有 asks, it reports nothing done', '华光锅炉说预算还没批,我月底再问问有没有进展', '2026-03-31T18:00:00+08:00'],
  ])('%s: %s', (_why, text, at) => {
    const found = commitment(text);
    if (at === null) expect(found).toBeNull();
    else expect(found?.due).toBe(at);
  });
});

describe('asks to give a deliverable or hold something, a recipient after the verb, 递交 (blind set 20, own wording)', () => {
  it.each<[string, string, string | null | undefined]>([
    ['给个 + a deliverable asked of us', '华光锅炉的王总让我下周给个报价', '2026-03-09T18:00:00+08:00'],
    ['给一份 + a deliverable asked of us', '华光锅炉赵工让我们后天给一份清单', '2026-03-06T18:00:00+08:00'],
    ['their giving to us is theirs', '华光锅炉说下周给个答复', undefined],
    ['their giving to us is theirs', '华光锅炉下周给我们个说法', undefined],
    ['the one sent to, right after the verb', '华光锅炉的图纸我明天发王工', '2026-03-05T18:00:00+08:00'],
    ['the one answered, right after the verb', '华光锅炉要的参数我先问问厂里,后天回她', '2026-03-06T18:00:00+08:00'],
    ['the deliverable first, then the time and the one sent to', '华光锅炉问交期,报价今晚8点前发她', '2026-03-04T20:00:00+08:00'],
    ['someone before the verb is its subject', '华光锅炉王工明天发我们图纸', undefined],
    ['someone before the verb is its subject', '华光锅炉那边她明天回我', undefined],
    ['handing in papers at a time', '华光锅炉走竞争性磋商,下周三递交响应文件', '2026-03-11T18:00:00+08:00'],
    ['their own papers handed in are theirs', '华光锅炉他们下周三递交预算申请', undefined],
    ['holding goods for them, asked', '华光锅炉让我们先把那批货留着', null],
    ['reserving for them, asked', '华光锅炉让我们先预留两台样机', null],
    ['told no longer to reserve', '华光锅炉说不用给他们预留了', undefined],
    ['a guarantee they ask about is not given', '华光锅炉王总问能不能保证质量', undefined],
    ['a guarantee the rep gives is', '我保证明天把备件送到华光锅炉', '2026-03-05T18:00:00+08:00'],
  ])('%s: %s', (_why, text, at) => {
    const found = commitment(text);
    if (at === undefined) expect(found).toBeNull();
    else expect(found?.due).toBe(at);
  });
});

describe('a complaint’s time, asks by a day without us, events arranged, going over things, 回价, a bare ask (blind set 24, own wording)', () => {
  const SUNDAY = '2026-03-08T10:00:00+08:00';
  it.each<[string, string, string | null | undefined, string?]>([
    [
      'a complaint’s day dates what happened',
      '礼拜天一早华光锅炉打电话投诉锅炉熄火,已经让售后在查了,我明天上午过去',
      '2026-03-09T12:00:00+08:00',
      SUNDAY,
    ],
    ['a fault reported by phone is theirs', '周一华光锅炉来电报修,我周五去看', '2026-03-06T18:00:00+08:00'],
    ['handling a complaint is ours', '明天去华光锅炉处理投诉', '2026-03-05T18:00:00+08:00'],
    ['a call the rep makes is ours', '我明天打电话问一下华光锅炉的王工', '2026-03-05T18:00:00+08:00'],
    ['their ask by a day, us left out', '华光锅炉采购让下周把合同草稿发过去', '2026-03-09T18:00:00+08:00'],
    ['their ask by a deadline, us left out', '华光锅炉让周五前把样品寄过去', '2026-03-06T18:00:00+08:00'],
    ['a price cut is no ask', '华光锅炉下周让利两万', undefined],
    ['an event arranged, its time after it', '华光锅炉的现场培训约好了,周五下午2点在他们车间', '2026-03-06T14:00:00+08:00'],
    ['an event arranged, its time after it', '华光锅炉的验收定好了,下周一上午', '2026-03-09T12:00:00+08:00'],
    ['an event arranged with no time reports the arranging', '华光锅炉的演示约好了', undefined],
    ['going over something with them', '我明晚7点跟华光锅炉王工过一遍调试步骤', '2026-03-05T19:00:00+08:00'],
    ['gone over already', '上周跟华光锅炉王工过了一遍参数', undefined],
    ['a quote to send back by their deadline', '华光锅炉发来询价单,要求下周二前回价', '2026-03-10T18:00:00+08:00'],
    ['a quote to send back, no time', '华光锅炉要求我们回个价', null],
    ['a paper asked for right after 要', '新客户华光锅炉,老板直接要价目表', null],
    ['what a tender requires is no ask of us', '华光锅炉投标要资质', undefined],
  ])('%s: %s', (_why, text, at, now) => {
    const found = commitment(text, now);
    if (at === undefined) expect(found).toBeNull();
    else expect(found?.due).toBe(at);
  });
});

describe("a customer's words quoted: 我 in them is the speaker, their deadline is not the rep's promise (own wording)", () => {
  // Wednesday 2026-03-04.
  const run = ruleRunner([{ id: 'c1', name: '宁波港华机电有限公司', aliases: ['港华'] }]);
  it('the rep’s own promise after the quote keeps its day', () => {
    const out = run('港华的杜总原话:"价格我不卡,但设备必须3月20号前到厂。"我答应他周五前把方案发过去');
    expect(out.commitment?.due).toBe('2026-03-06T18:00:00+08:00');
    expect(out.commitment?.action).not.toContain('到厂');
  });
  it('a quote alone promises nothing of ours', () => {
    expect(run('港华杜总说:"我下周一前给你们回话"').commitment).toBeNull();
  });
  it('our promise without a quote is unchanged', () => {
    expect(run('港华杜总要求设备3月20号前到厂,我答应他周五前把方案发过去').commitment?.due).toBe('2026-03-06T18:00:00+08:00');
  });
});

describe('a month with its part (7月初, 九月中旬, 8月底) and asks to polish a paper (own wording)', () => {
  it.each([
    ['7月初交', '2026-07-01T18:00:00+08:00'],
    ['九月中旬前', '2026-09-15T18:00:00+08:00'],
    ['8月底之前', '2026-08-31T18:00:00+08:00'],
    ['1月初', '2027-01-01T18:00:00+08:00'],
  ])('%s -> %s', (text, expected) => expect(due(text, '2026-03-04T10:15:00+08:00')).toBe(expected));
  it('a month alone is no day', () => expect(due('三月份挺忙的', '2026-03-04T10:15:00+08:00')).toBeNull());

  const run = ruleRunner([{ id: 'c1', name: '宁波港华机电有限公司', aliases: ['港华'] }]);
  it('让我…把报告完善一下 by a month’s start is a promise with its day, the time left out of the action', () => {
    const out = run('港华杜总让我四月初把改造方案再细化一下');
    expect(out.commitment).toEqual({ action: '把改造方案细化一下', due: '2026-04-01T18:00:00+08:00' });
  });
  it('the buyer’s notice on a day is no promise of ours', () => {
    expect(run('港华的改造项目预算批了,4月初发招标公告').commitment).toBeNull();
  });
});

describe('their paper that comes out on a day lends no time to the rep’s next step (own wording)', () => {
  const run = ruleRunner([{ id: 'c1', name: '宁波港华机电有限公司', aliases: ['港华'] }]);
  it.each(['港华的招标文件估计周五挂出来,我先把业绩材料整理起来', '港华的中标结果下周一公示,我先把合同模板准备好'])('%s', (text) =>
    expect(run(text).commitment?.due ?? null).toBeNull(),
  );
});

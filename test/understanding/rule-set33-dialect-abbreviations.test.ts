import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { resolveDue } from '../../src/understanding/rules/due';
import { withDialectReadAsMandarin } from '../../src/understanding/rules/dialect';
import { DateTime } from 'luxon';
import { RULES_ALONE, ruleRunner } from './rule-runner';

/**
 * Blind set 33's constructions, probed with sentences of our own: dialect words read as Mandarin (签咗, 发畀, 冇得倾,
 * 今儿), English abbreviations reps mix in (RFQ, quote, capex), rivals that took or won the bid, money coming in,
 * orders held back, a subsidy not in, the middle and the last ten days of a month. `now` is Wednesday 2026-03-04.
 */
const run = ruleRunner([
  { id: 'c1', name: '佛山永利陶瓷有限公司', aliases: ['永利'] },
  { id: 'c2', name: '邯郸丰泽种业有限公司', aliases: ['丰泽'] },
]);
const NOW = DateTime.fromISO('2026-03-04T10:15:00+08:00', { setZone: true });

describe('dialect words read as Mandarin', () => {
  it.each([
    ['永利份合同签咗', '永利份合同签了'],
    ['报价单发畀佢哋啦', '报价单发给他们了'],
    ['暂时冇得倾', '暂时没得谈'],
    ['今儿去了趟丰泽', '今天去了趟丰泽'],
    ['俺也不晓得', '我也不知道'],
  ])('%s reads as %s', (written, read) => expect(withDialectReadAsMandarin(written)).toBe(read));
  it.each(['客户倾向用国产的', '后天寄点样品过去', '方案调整好了', '电话里说的'])('%s: a plain word is left as written', (text) =>
    expect(withDialectReadAsMandarin(text)).toBe(text),
  );
  it('a customer name holding a dialect character is left as written', () =>
    expect(withDialectReadAsMandarin('倾城家居说不要了', ['倾城家居'])).toBe('倾城家居说不要了'));
  it('a signing in Cantonese is the deal won', () => expect(run('永利嗰单今日签咗合同').stage).toBe('won'));
  it('a document sent in Cantonese is a promise done', () => expect(run('永利嘅报价单已经发畀李总啦').intent).toBe('complete_commitment'));
  it('a summary keeps what was written', () => expect(run('永利嗰单今日签咗合同').summary).toBe('永利嗰单今日签咗合同'));
});

describe('English abbreviations', () => {
  it.each([
    ['客户发来RFQ了 三个规格', 'price'],
    ['周五前给他们一个quote', 'price'],
    ['他们capex批下来了', 'budget'],
  ])('%s → %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it('a KPI is no decision maker', () => expect(detectTags('他们今年的KPI压力大')).not.toContain('decision_maker'));
});

describe('rivals that took or won it', () => {
  it('a rival let take the bid is a loss with churn', () => {
    const out = run('丰泽那个标没中,让先正达拿走了');
    expect(out.stage).toBe('lost');
    expect(out.tags).toEqual(expect.arrayContaining(['churn_risk', 'competitor']));
  });
  it('a rival that won is our loss', () => expect(run('永利开标了 我们第三 东鹏中了').stage).toBe('lost'));
  it('we won ourselves is no loss', () => expect(run('永利开标了 我们中了').stage).toBe('won'));
  it('a sample let taken away is no loss', () => expect(run('永利让司机把样品拿走了').stage).toBeNull());
  // The learned reader doubts this switch (most 换X的 in unseen text are to goods or the customer's own machines).
  it('a switch to a rival named at once is churn', () =>
    expect(run('丰泽想换先正达的种子', undefined, RULES_ALONE).tags).toContain('churn_risk'));
  it('the rival they leave is no churn', () => expect(run('丰泽想换掉现在用的先正达').tags).not.toContain('churn_risk'));
  it('going back to the broker they had is churn', () => expect(run('永利话继续用返原来嗰家').tags).toContain('churn_risk'));
});

describe('money, orders held back, subsidies', () => {
  it.each(['钱已经打过来了', '设备的钱下周能回一半'])('%s: payment', (text) => expect(detectTags(text)).toContain('payment'));
  it('Mr 钱 calling is no payment', () => expect(detectTags('钱总打过来电话问进度')).not.toContain('payment'));
  it('an order held back is churn', () => expect(detectTags('采购计划先压着不动')).toContain('churn_risk'));
  it('money held back is payment, not churn', () => {
    const tags = detectTags('尾款先压着,等复测');
    expect(tags).toContain('payment');
    expect(tags).not.toContain('churn_risk');
  });
  it('a subsidy not in is the budget', () => expect(detectTags('补贴还没下来,先不订')).toContain('budget'));
  it('a subsidy policy awaited is no budget', () => expect(detectTags('等补贴政策出来再说')).not.toContain('budget'));
});

describe('the middle and the last ten days of a month', () => {
  const due = (text: string) => resolveDue(text, NOW)?.toISODate() ?? null;
  it('月中之前 is the 15th', () => expect(due('月中之前把清单给他')).toBe('2026-03-15'));
  it('a bare 月中 stays vague', () => expect(due('月中再联系')).toBeNull());
  it('下旬 is the 21st', () => expect(due('下旬送样过去')).toBe('2026-03-21'));
  it('下个月下旬 is next month’s 21st', () => expect(due('下个月下旬交货')).toBe('2026-04-21'));
  it('5月下旬 is May 21st', () => expect(due('5月下旬上会')).toBe('2026-05-21'));
  it('a holiday naming goods is no day', () => expect(due('国庆礼盒的方案下旬定')).toBe('2026-03-21'));
});

/**
 * Blind set 46's phone-typed messages, probed with sentences of our own: Shanghainese, northern and Cantonese time and
 * person words (明朝, 后儿, 下昼, 阿拉, 老细), 老版 typed for 老板, a stage moved with 去, leads described then named with 叫
 * or written in Latin letters, asks by a part of the day or within hours. `now` is Wednesday 2026-03-04.
 */
describe('phone-typed messages (set 46)', () => {
  it.each([
    ['明朝上午送到', '明天上午送到'],
    ['我后儿过去', '我后天过去'],
    ['下昼再同佢倾下', '下午再同他谈下'],
    ['从阿拉这里调货', '从我们这里调货'],
    ['要同老细商量下', '要同老板商量下'],
  ])('%s reads as %s', (written, read) => expect(withDialectReadAsMandarin(written)).toBe(read));
  it.each(['阿拉伯客户要报价', '伊拉克项目暂停了', '明朝代的家具风格'])('%s: a plain word is left as written', (text) =>
    expect(withDialectReadAsMandarin(text)).toBe(text),
  );
  it('老版 typed for 老板 puts the decision maker in play', () => expect(run('永利老版说预算不是问题').tags).toContain('decision_maker'));
  it('an old version (老版本) is no boss', () => expect(run('永利还在用老版本的系统').tags).not.toContain('decision_maker'));
  it('推去 before a stage asks to move it', () => expect(run('永利嗰单推去商务谈判啦').stage).toBe('negotiation'));
  it('改去 before a place is no stage', () => expect(run('永利说展会不去了,改去广交会').intent).not.toBe('stage_change'));
  it('a party described then named with 叫 is a lead', () => {
    const out = run('宁波一家外贸公司 叫博远进出口 想做户外家具的OEM');
    expect([out.intent, out.customerName]).toEqual(['create_lead', '博远进出口']);
  });
  it('a place the rep went to, named with 叫, is no lead', () => expect(run('今天去了一家店叫永利 聊了聊').intent).not.toBe('create_lead'));
  it('a company in Latin letters is the lead’s name', () =>
    expect(run('展会加的波兰客户 Domus Meble 要办公椅 先录个线索').customerName).toBe('Domus Meble'));
  it('an acronym alone is no name', () => expect(run('新线索 深圳优创电子 要PO HQ的报价').customerName).toBe('深圳优创电子'));
  it('goods asked for by a part of tomorrow are ours to send', () =>
    expect(run('永利的李经理讲断货了，想从阿拉这里调200箱，明朝上午要送到').commitment?.due).toBe('2026-03-05T12:00:00+08:00'));
  it('goods due without anyone asking stay the deal’s schedule', () => expect(run('永利那批货下个月初要交货').commitment).toBeNull());
  it('a plan asked for within hours is ours', () =>
    expect(run('永利王经理问我们能不能24小时内把维保方案发给他').commitment?.due).toBe('2026-03-05T10:15:00+08:00'));
  it('a question with no deadline stays theirs', () => expect(run('永利王经理问我们能不能给个阶梯价').commitment).toBeNull());
});

/**
 * Blind set 46's rivals, churn, replies and goods' dates, probed with sentences of our own: a maker abroad named by its
 * place, a channel or platform as a rival, a threat after failed work, a season's work no longer ours, a deal moved out
 * of lost, a titled colleague's order acknowledged, a goods' date set as a deadline. `now` is Wednesday 2026-03-04.
 */
describe('rivals, churn, replies and goods’ dates (set 46)', () => {
  it.each([
    ['说越南那边同款沙发便宜15%', 'competitor'],
    ['最后还是选了越南那家厂', 'competitor'],
    ['印度工厂报价比我们低两成', 'competitor'],
    ['周总说再不行就找科丝美诗', 'churn_risk'],
    ['今年礼盒不用我们做了', 'churn_risk'],
  ])('%s is %s', (text, tag) => expect(run(`永利${text}`).tags).toContain(tag));
  it.each([
    ['越南那边的客户很多 想开拓一下', 'competitor'],
    ['他们选了越南的路线去团建', 'competitor'],
    ['周总要求3天内把资质发过去，不然就找三一的租赁商', 'churn_risk'],
    ['运维他们自己有电工，暂时不用我们做维保', 'churn_risk'],
  ])('%s is not %s', (text, tag) => expect(run(`永利${text}`).tags).not.toContain(tag));
  it('a used-car platform is a rival', () => expect(run('永利那单黄了 人家在优信拍上收了').competitors).toEqual(['优信拍']));
  it('a deal lost to a rival is churn', () => expect(run('永利那单黄了 人家在优信拍上收了 改丢单吧').tags).toContain('churn_risk'));
  it('a deal moved out of lost, a rival named, is no churn', () =>
    expect(run('永利又回头找咱了 说优信拍那边车况水分大 从丢单改回初步接触').tags).not.toContain('churn_risk'));
  it('a titled colleague’s order acknowledged is a reply', () => expect(run('周总 收到 下午我把柜号发群里').intent).toBe('other'));
  it('a titled person who got something is a report', () => expect(run('王总 收到了 永利明天发货').intent).toBe('log_activity'));
  it('a goods’ date set by them as a deadline is asked of us', () =>
    expect(run('永利老板说预算不是问题 就是货期要卡死在6月5号前').commitment?.due).toBe('2026-06-05T18:00:00+08:00'));
  it('a goods’ date agreed is no ask', () => expect(run('永利的交货期定在5月20日').commitment).toBeNull());
  it('a goods’ date moved earlier with no deadline is no ask', () => expect(run('永利的交期要求提前两周').commitment).toBeNull());
});

describe('conditions, signings and shipments typed in a hurry (set 46)', () => {
  it('a deed named as the condition of a payment is not done yet', () =>
    expect(run('永利那套设备 调试完了才能付第二笔款').intent).toBe('log_activity'));
  it('a deed done, then what it showed, is still done', () =>
    expect(run('永利的方案发过去了 才知道他们换人了').intent).toBe('complete_commitment'));
  it('签掉了 is a signing reported', () => expect(run('永利合同今朝签掉了').stage).toBe('won'));
  it('a question whether it was signed reports nothing', () => expect(run('永利把旧的签掉了吗').stage).toBeNull());
  it('a share of the order shipped first is delivery talk', () => expect(detectTags('下个礼拜先发一半货')).toContain('delivery'));
  it('a message sent first is no shipment', () => expect(detectTags('我先发个消息问问')).not.toContain('delivery'));
});

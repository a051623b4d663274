import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 72–75's constructions for intent, customer, due and amount, probed with sentences of our own: a rough figure
 * is no count asked, a deed followed by how long ago, the team's dinner asked about, weather chatter, a stage change asked
 * at the end, needs settled 清楚, an answer sent back, goods handed over as agreed; new leads met at a meeting, turned up
 * (冒出来一个) or on the phone, their site or district said before the name, parties counted in digits; a trailing time for
 * what was asked, a clock sharpening a part of the day, the rep's own time over a lent one; a rival's goods' price and a
 * sum over years.
 */
const run = ruleRunner([
  { id: 'c1', name: '南宁恒通物流有限公司', aliases: ['恒通物流', '恒通'] },
  { id: 'c2', name: '柳州华森机械有限公司', aliases: ['华森机械', '华森'] },
]);

describe('intent', () => {
  it.each([['恒通的单子丢了 对手降了十几个点'], ['华森那边压价 砍了二十几个点']])('%s reports, not asks', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
  it('a count asked is still a question', () => {
    expect(run('恒通这个月丢了几个单?').intent).toBe('query');
  });
  it.each([['恒通的方案发了一周了 王总一直没回'], ['报价发过去三天了 华森还没动静']])('%s reports the wait', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
  it('a deed done without how long ago is done', () => {
    expect(run('恒通的方案已经发过去了').intent).toBe('complete_commitment');
  });
  it.each([['晚上聚餐在哪 有人知道吗'], ['年会什么时候开']])('%s is chit-chat', (text) => expect(run(text).intent).toBe('other'));
  it('a customer’s event asked about is no chit-chat', () => {
    expect(run('恒通的年会什么时候开').intent).not.toBe('other');
  });
  it('weather on the road is chit-chat', () => {
    expect(run('今天风太大 车差点开沟里 明天继续').intent).toBe('other');
  });
  it.each([['恒通 需求确认完了 改一下阶段'], ['华森方案演示做完了 更新下阶段']])('%s asks for a stage change', (text) =>
    expect(run(text).intent).toBe('stage_change'),
  );
  it('a stage changed by the customer is no ask', () => {
    expect(run('恒通改一下阶段的定义 他们内部在调整').intent).not.toBe('stage_change');
  });
  it('needs settled with the customer are no deed of ours', () => {
    expect(run('恒通开了需求会 需求基本都确认清楚了').intent).toBe('log_activity');
  });
  it('an answer promised, sent back, is done', () => {
    expect(run('答应恒通确认的货期已经回过去了').intent).toBe('complete_commitment');
  });
  it.each([['恒通那批货架全部交货了 比约定提前3天'], ['华森的设备交付完了 按合同时间']])('%s is done', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it('goods handed over with payment still owed report the deal', () => {
    expect(run('恒通那批货架全部交货了,尾款还没付').intent).toBe('log_activity');
  });
});

describe('a new customer named', () => {
  it.each([
    ['新线索 城西大学城的南宁博睿检测科技 要两台设备', '南宁博睿检测科技'],
    ['新线索 展会上认识的 隆安县绿源养殖专业合作社 想要饲料', '隆安县绿源养殖专业合作社'],
    ['加个线索 横县茉莉花基地 花香生态农业 要专用肥', '花香生态农业'],
    ['百色那边新冒出来一个 百色市金岭矿业有限公司 要上一套除尘', '百色市金岭矿业有限公司'],
    ['县里交流会加了个新的 大化县红水养殖场 想试用', '大化县红水养殖场'],
    ['景区边上新开了个民宿 运营方叫山水文旅 想做订房系统', '山水文旅'],
    ['转介绍来的 华光电子(玉林),人事李经理想给新入职的80个大学生做培训', '华光电子'],
  ])('%s names %s', (text, name) => expect(run(text).customerName).toBe(name));
  it('a call from a party named with its suffix and contact is a lead', () => {
    const got = run('刚接到个电话 南宁市第三人民医院后勤李主任想了解冷链车');
    expect(got.intent).toBe('create_lead');
    expect(got.customerName).toBe('南宁市第三人民医院');
  });
  it('a call from a customer we have is no lead', () => {
    expect(run('刚接到个电话 恒通李经理说货到了').intent).not.toBe('create_lead');
  });
  it('a WeChat friend added is no lead marker', () => {
    expect(run('恒通的李经理加了个微信').intent).not.toBe('create_lead');
  });
  it.each([['今天跑了3家物流公司 都说先不换车'], ['去毕节跑市场 好几家农资店都在观望']])('%s names no one', (text) => {
    const got = run(text);
    expect(got.customerName).toBeNull();
    expect(got.customerId).toBeNull();
  });
});

describe('the rep’s due', () => {
  it.each([
    ['恒通王总说方案认可了 要我们做个现场演示 下周四上午', '2026-03-12T12:00:00+08:00'],
    ['华森李主任让我们去汇报一次 时间定在下周二下午两点半', '2026-03-10T14:30:00+08:00'],
    ['我今天下午问下工厂 5点前回复恒通', '2026-03-04T17:00:00+08:00'],
    ['恒通问能不能月底前到货 我说要评估下 明天给他答复', '2026-03-05T18:00:00+08:00'],
    ['恒通的答疑截止到20号 我准备问两个问题 我明天上午把疑问提交上去', '2026-03-05T12:00:00+08:00'],
  ])('%s is due %s', (text, due) => expect(run(text).commitment?.due).toBe(due));
  it('a day said as what tomorrow is lends its day to the part of it after', () => {
    expect(run('明天周四了 上午先去趟恒通送资料', '2026-03-04T21:30:00+08:00').commitment?.due).toBe('2026-03-05T12:00:00+08:00');
  });
  it('the tender papers out on a day lend the rep no time', () => {
    expect(run('恒通下个月初发招标文件 我先去拜访一下设计院').commitment?.due).toBeNull();
  });
  it('the rep going on a day is still due', () => {
    expect(run('恒通下个月初开会 我下周二先去拜访一下设计院').commitment?.due).toBe('2026-03-10T18:00:00+08:00');
  });
  it('after a holiday with no day named is vague', () => {
    expect(run('恒通说要等规划 我五一后再去').commitment?.due).toBeNull();
  });
  it('the holiday itself is a day', () => {
    expect(run('恒通说要等规划 我五一前再去一趟').commitment?.due).toBe('2026-04-30T18:00:00+08:00');
  });
  it.each([
    ['恒通范主任让我们下周一来讲方案', '2026-03-09T18:00:00+08:00'],
    ['恒通王局长让我们先出个300户的试点方案', null],
    ['华森采购说预算压到135万了 让我们按这个数重新报', null],
    ['恒通说液压漏油 要我们派售后 我说24小时内到', '2026-03-05T10:15:00+08:00'],
  ])('%s is a promise due %s', (text, due) => {
    const got = run(text).commitment;
    expect(got).not.toBeNull();
    expect(got?.due ?? null).toBe(due);
  });
  it('arriving said of their goods is no promise', () => {
    expect(run('恒通说他们的货三天内到').commitment).toBeNull();
  });
  it('a part of the day alone keeps its hour', () => {
    expect(run('我今天下午问下工厂 再回复恒通').commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });
});

describe('figures', () => {
  it('what a rival’s goods cost is no amount of ours', () => {
    expect(findAmount('对方说三一二手的才四十来万', ['三一'])).toBeNull();
  });
  it('our own price stays', () => {
    expect(findAmount('我们二手的才四十来万', ['三一'])).toBe(400000);
  });
  it.each([
    ['框架协议签了 216万三年', 2160000],
    ['合同120万两年', 1200000],
  ])('%s is %s', (text, amount) => expect(findAmount(text)).toBe(amount));
});

describe('a tender won in part', () => {
  it('our own lots won beside a rival given another is the deal won', () => {
    expect(run('恒通招标开标了 我们中了两个包 另外一个包给了科尼').stage).toBe('won');
  });
  it('a lot lost to a rival beside our own lots won is the deal won', () => {
    expect(run('恒通招标开标了 我们中了两个包 另外一个包输给了科尼').stage).toBe('won');
  });
  it('a win of an earlier round does not offset this round lost', () => {
    expect(run('恒通上次我们中了 这次输给了科尼').stage).toBe('lost');
  });
  it('a lot given to a rival with no win of ours is still our loss', () => {
    expect(run('恒通招标开标了 最后给了科尼').stage).toBe('lost');
  });
});

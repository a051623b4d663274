import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { matchCustomer } from '../../src/understanding/rules/customer-match';
import { ruleRunner } from './rule-runner';

/**
 * General forms found on sets 92–95, probed with sentences of our own: a party met anywhere and named with who speaks for
 * it, a lead's place said with 的 before its name, a customer's own project, deals gone, a price multiplied out, the next
 * step asked mid-message, an appointment's time then where we go, the bot or a day off talked about, Minnan words.
 */

const run = ruleRunner([
  { id: 'c1', name: '西吉县薯源农产品专业合作社', aliases: ['西吉薯源', '薯源合作社'] },
  { id: 'c2', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'c3', name: '石家庄市疾病预防控制中心', aliases: ['石家庄疾控'] },
  { id: 'c4', name: '海原县牛羊产业合作社', aliases: ['海原合作社'] },
]);

describe('a party met anywhere and named with who speaks for it is a lead', () => {
  it.each([
    ['昨晚同学聚会上碰到宁波恒锐模具的采购孙经理 他们明年要换一批注塑机', '宁波恒锐模具'],
    ['高铁上遇到了泉州德盛纺织的老板陈总 说想上一套染整设备', '泉州德盛纺织'],
    ['在4S店等保养的时候认识了嘉兴美途物流的车队王经理 聊了会冷藏车', '嘉兴美途物流'],
  ])('%s -> %s', (text, name) => {
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name, customerId: null, stage: 'lead' });
  });

  it('one of our customers met so is a report about it', () => {
    expect(run('今天在展会上碰到华信的王总 聊了下二期的事')).toMatchObject({ intent: 'log_activity', customerId: 'c2' });
  });

  it('the place a customer is named by is no name of it (西吉县城 is not 西吉薯源)', () => {
    expect(matchCustomer('今天在西吉县城吃饭', [{ id: 'c1', name: '西吉县薯源农产品专业合作社', aliases: ['西吉薯源'] }])).toBeNull();
    expect(run('西吉薯源那边今天回话了').customerId).toBe('c1');
  });

  it('an alias that is its place and kind only stays whole (海原合作社 is no 合作社)', () => {
    expect(run('上一条记错了 不是薯源合作社 帮我删掉').customerId).toBe('c1');
  });
});

describe("a lead's place said with 的 before its name", () => {
  it.each([
    ['新线索 漳浦的 顺丰源食品 做肉脯的 联系人郑经理', '顺丰源食品'],
    ['录个客户 安溪茶乡的 铁观音合作社 想要包装机', '铁观音合作社'],
  ])('%s -> %s', (text, name) => expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name }));
});

describe("a customer's own new project is theirs, no lead", () => {
  it('石家庄疾控又有个新项目 …', () => {
    expect(run('石家庄疾控这边又有个新项目 要两台生物安全柜 刘科长让我下周报个价')).toMatchObject({
      intent: 'log_activity',
      customerId: 'c3',
      customerName: null,
    });
  });
  it('a new project with no customer named is still a lead marker', () => {
    expect(run('有个新项目 邢台第三医院 要做手术室净化 联系人贾主任').intent).toBe('create_lead');
  });
});

describe('deals gone', () => {
  it.each(['华信那单复盘了 主要输在交期上', '华信这单基本没了 他们集团统一采购', '华信项目没了 预算砍了'])('%s is lost', (text) =>
    expect(run(text).stage).toBe('lost'),
  );
  it.each(['华信那边库存没了 要补货', '华信的单子没了吗'])('%s is no loss', (text) => expect(run(text).stage).not.toBe('lost'));

  it('the winner named as its own (第一名是X的) is a rival', () => {
    expect(findCompetitors('开标了 中标候选人第一名是远大的 我们排第二')).toContain('远大');
  });
});

describe('figures', () => {
  it.each([
    ['报了2.6万元/台 ×8 他们说要商量', 208000],
    ['按4500元/吨*20报的', 90000],
    ['单价1.2万/套×15套,合计18万', 180000],
  ])('a price multiplied out: %s -> %d', (text, amount) => expect(findAmount(text)).toBe(amount));

  it('a monthly fee is what the deal is worth', () => {
    expect(findAmount('保洁费最后谈到每月六万五 合同下周签')).toBe(65000);
  });

  it('goods described by how they run name no rival (全自动线报的是…)', () => {
    expect(findCompetitors('方案发了 半自动线报的是八十万')).toEqual([]);
  });
});

describe('asks and appointments', () => {
  it('the next step asked mid-message is a question', () => {
    expect(run('华信 接下来该怎么推进 王总一直说再等等').query?.subject).toBe('playbook');
  });
  it('someone else asking it is no question', () => {
    expect(run('王总问我们下一步怎么推进 我说先试用').intent).not.toBe('query');
  });
  it('a price quoted over (报过去了) is a deed done', () => {
    expect(run('华信的最终价报过去了 王总说考虑两天').intent).toBe('complete_commitment');
  });
  it("the appointment's time, then where we go, is a promise at that time", () => {
    expect(run('华信王总约了周五上午10点 去他们车间看试机').commitment?.due).toBe('2026-03-06T10:00:00+08:00');
  });
});

describe('talk that is no report', () => {
  it.each(['系统今天是不是有点卡 发了半天', '机器人又没反应了', '我后天请假 有急事打我电话'])('%s is other', (text) =>
    expect(run(text).intent).toBe('other'),
  );
  it("the customer's system being slow is theirs", () => {
    expect(run('华信说他们的系统很卡 想换一套').intent).toBe('log_activity');
  });
});

describe('Minnan words read as Mandarin', () => {
  it('头家 is the boss, 叫阮 is 叫我', () => {
    const out = run('华信林经理讲伊头家同意了 叫阮下礼拜二过去签');
    expect(out.tags).toContain('decision_maker');
    expect(out.commitment?.due).toBe('2026-03-10T18:00:00+08:00');
  });
  it('阮 as a surname stays', () => expect(run('华信阮经理说下周来看样').contacts[0]?.name).toBe('阮经理'));
});

describe('more of sets 92-93', () => {
  it('someone coming to us is their visit, no promise of ours', () => {
    expect(run('华信的研发中心下周要来我司看测试系统 一共五个人').commitment).toBeNull();
  });
  it('work begun today is under way: the promise is what is due after it', () => {
    expect(run('华信的标书我今天开始做,下周三前把技术部分弄完').commitment?.due).toBe('2026-03-11T18:00:00+08:00');
  });
  it('the next step asked, then the stage named after it, is that stage', () => {
    expect(run('华信那个可以往前推一步了,到商务谈判')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
  });
  it.each(['这个机器人都能干点啥', '你都能干啥'])('%s asks for help', (text) => expect(run(text).intent).toBe('help'));
  it('what is left to do on a deal asks the playbook', () => {
    expect(run('华信这单还能做点啥').query?.subject).toBe('playbook');
  });
  it("the team told what to do is a manager's order, no report", () => {
    expect(run('各位这周重点盯一下月底要签的单子 别掉链子').intent).toBe('other');
  });
  it('a test machine mended is a deed done; half a proposal is not', () => {
    expect(run('华信的测试机修好了 换了个传感器').intent).toBe('complete_commitment');
    expect(run('华信的方案做了一半').intent).not.toBe('complete_commitment');
  });
  it('a quote of something asked for (让我先报个试点的价) is a promise with no time', () => {
    expect(run('华信王总让我先报个样机的价').commitment).toMatchObject({ due: null });
  });
  it('the appointment made (院长那边约上了) is a deed done', () => {
    expect(run('华信院长那边约上了').intent).toBe('complete_commitment');
  });
  it('sent to someone said before the verb (给王总发过去了) is our deed, not theirs', () => {
    expect(run('华信的检测报告给王总发过去了').intent).toBe('complete_commitment');
  });
  it('the stage named, then the move asked for, is that stage', () => {
    expect(run('华信 下一步是谈判了 帮我挪过去')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
  });
});

describe('forms of set 97', () => {
  it.each([
    ['新线索 顺德的美嘉塑胶 做家电外壳 联系人李经理', '美嘉塑胶'],
    ['录个客户 坪山那边的恒通精密五金 想上冲压线', '恒通精密五金'],
  ])("a lead's place written against its name with 的: %s -> %s", (text, name) => expect(run(text).customerName).toBe(name));
  it('a size after the name is no name', () => {
    expect(run('建个线索:增城的华越服装厂 约800人 想上考勤系统').customerName).toBe('华越服装厂');
  });
  it('线索+1: is a lead marker', () => expect(run('线索+1:佛山南海 和顺五金 想换冲床 联系人陈总').intent).toBe('create_lead'));
  it("the lead's phone number to follow is no promise", () => {
    expect(run('新线索 江门的富达包装 要两台打包机 联系人吴经理 电话回头补').commitment).toBeNull();
  });
  it('a move written as an arrow is asked for', () => {
    expect(run('华信 需求确认→方案演示 昨天讲完了')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
  });
  it('goods lost in transit (丢了好几票货) are no lost deal', () => expect(run('华信说旺季丢了好几票货 想换物流').stage).toBeNull());
  it('records listed to look at (列出来我看看) is a question', () => {
    expect(run('这个月签的单子都列出来我看看').intent).toBe('query');
  });
});

describe('forms of sets 98-99', () => {
  it('a time ahead, then 把 and the deed with 了, is a promise, not a deed done', () => {
    const out = run('我明天去把华信的资质资料交了');
    expect(out.intent).toBe('log_activity');
    expect(out.commitment?.due).toBe('2026-03-05T18:00:00+08:00');
  });
  it('a promise made (我答应了周五前…) is a promise', () => {
    expect(run('华信要我们降5个点 我答应了周五前给他书面回复').commitment).toMatchObject({
      action: '给他书面回复',
      due: '2026-03-06T18:00:00+08:00',
    });
  });
  it('who owns a customer, asked before more is said, is a question', () => {
    expect(run('查下湖南省儿童医院是谁在跟 我想去拜访').query?.subject).toBe('owner');
  });
  it('a stage moved by someone else is no request; the move asked after it is', () => {
    expect(run('华信怎么被降到需求确认了?帮我改回商务谈判').stage).toBe('negotiation');
  });
  it('a tracking number to follow is no promise', () => expect(run('华信的样品已经寄出了 顺丰单号回头发群里').commitment).toBeNull());
  it('阶断 typed for 阶段', () => expect(run('华信在哪个阶断了').intent).toBe('query'));
  it('a customer asking our goods in place by a date is delivery talk', () => {
    expect(run('华信要求4月底前装机 我们报价76万').tags).toContain('delivery');
    expect(run('华信希望6月中旬前能投用').tags).toContain('delivery');
  });
  it('others besides us are rivals (除了我们还有X和Y)', () => {
    expect(findCompetitors('要做三家比选 除了我们还有达安和圣湘')).toEqual(['达安', '圣湘']);
  });
  it('a maker coming to sell too is a rival (X也来推过, X也要投)', () => {
    expect(findCompetitors('听说洪城环境也要投')).toContain('洪城环境');
  });
  it.each([
    ['华信 最多给到46.5 明天上午回他', '2026-03-05T12:00:00+08:00'],
    ['华信预算收紧了 我周五前重新配一版方案', '2026-03-06T18:00:00+08:00'],
    ['华信合同签了 排产的事我周一跟工厂对', '2026-03-09T18:00:00+08:00'],
  ])('an answer, a proposal made again, a check with the factory are promises: %s', (text, due) =>
    expect(run(text).commitment?.due).toBe(due),
  );
});

describe('forms of sets 100-101', () => {
  it('Sichuan 咋个, 啥子 and 没得 read as 怎么, 什么 and 没有', () => {
    expect(run('咋个把一个单子改到别的阶段喃').intent).toBe('help');
    expect(run('华信那边问无人机啥子价格').tags).toContain('price');
    expect(run('华信说暂时没得谈').tags).toContain('churn_risk');
  });
  it('how far a deal got (现在到哪步了) asks its status', () => {
    expect(run('华信那单 现在到哪步了').query?.subject).toBe('deal_status');
  });
  it('a lead named after 开了个 is named without 个', () => {
    expect(run('刚加了个微信 自己开了个东坡丰年农机专业合作社 先录个线索').customerName).toBe('东坡丰年农机专业合作社');
  });
  it('their deadline for a deliverable of ours (两周内要方案) is our promise, due then', () => {
    expect(run('华信说两周内要方案').commitment?.due).toBe('2026-03-18T18:00:00+08:00');
  });
  it('work about to begin (我明天就开始弄) leaves the promise at their deadline', () => {
    expect(run('华信王总说下周五前要收到我们的报价 我明天就开始弄').commitment?.due).toBe('2026-03-13T18:00:00+08:00');
  });
  it.each([
    ['华信要两台 周一我再跑一趟', '2026-03-09T18:00:00+08:00'],
    ['华信要我们派人过去 我后天上午到', '2026-03-06T12:00:00+08:00'],
  ])('a trip (跑一趟) or an arrival (上午到) is a promise: %s', (text, due) => expect(run(text).commitment?.due).toBe(due));
});

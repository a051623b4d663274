import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 47's constructions, probed with sentences of our own: leads registered with 线索登记一下:, called in by a
 * company's 采购, opened just now or named from 贵阳; 有啥X没 and 支持语音吗 asked; a customer's progress over a period;
 * work tried many times; our goods failing; a subsidy granted; 让点; our own 请示; a rival going for the deal named after
 * it; a check handed to our staff; goods required in place; a year's sum; 最后改用X了; an appointment to go and sign.
 */
const run = ruleRunner(
  [
    { id: 'c1', name: '广州汇美化妆品有限公司', aliases: ['汇美'] },
    { id: 'c2', name: '新疆昌吉绿野棉业有限公司', aliases: ['绿野', '绿野棉业'] },
  ],
  '2026-03-10T10:00:00+08:00',
);

describe('leads of set 47', () => {
  it('线索登记一下: then the name', () => {
    const out = run('线索登记一下：芜湖江城钢构，吴总，做厂房钢结构的');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('芜湖江城钢构');
  });
  it('线索不错 is no marker', () => expect(run('线索不错，吴总挺有兴趣').intent).not.toBe('create_lead'));
  it('a call from a company named from 贵阳, its 采购 speaking', () => {
    const out = run('刚接到个电话，贵阳黔南桥梁工程公司的采购，要钢桥面的重防腐漆');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('贵阳黔南桥梁工程公司');
  });
  it('a company just opened, though visited, is a lead', () => {
    const out = run('下午顺路拜访了苏州吴中湖畔雅居酒店，刚开业，洗涤厂还没定');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('苏州吴中湖畔雅居酒店');
  });
  it('a company visited, not new, is a visit', () => expect(run('下午拜访了苏州吴中湖畔雅居酒店，聊了聊布草').intent).toBe('log_activity'));
  it('a name opening the message with a contact who wants to 配 goods', () => {
    const out = run('东营德馨口腔 开了第三家分店 陈总想配一套数字化设备');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('东营德馨口腔');
  });
  it('a clause with 了 after the contact is no name', () =>
    expect(run('今天农机展上碰到鹤岗北岭家庭农场的赵老板，种了5000亩大豆').customerName).toBe('鹤岗北岭家庭农场'));
});

describe('questions of set 47', () => {
  it('有啥话术没 asks', () => expect(run('客户老说别家便宜 有啥话术没').intent).toBe('query'));
  it('有啥优惠没 asked by the customer is reported', () => expect(run('汇美王总问有啥优惠没').intent).toBe('log_activity'));
  it('支持语音吗 asks for help', () => expect(run('这个bot支持语音吗').intent).toBe('help'));
  it('a customer progress over a period is its timeline', () => {
    const out = run('汇美这周有什么新进展');
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('timeline');
  });
  it('what a deal lacks this month is its status', () => expect(run('汇美那单这个月能签下来吗,还差啥').query?.subject).toBe('deal_status'));
});

describe('deeds and promises of set 47', () => {
  it('work tried three times is no deed done', () =>
    expect(run('汇美打样做了三次客户还是嫌光泽度不够,我周三带技术再去调一次').intent).toBe('log_activity'));
  it('a sample made and sent is done', () => expect(run('汇美的打样做了,发过去了').intent).toBe('complete_commitment'));
  it('a check handed to our staff by a day is a promise', () =>
    expect(run('汇美说导出有点问题,我周一前让工程师远程看一下').commitment?.due).toBe('2026-03-16T18:00:00+08:00'));
  it('我看一下再说 is no promise', () => expect(run('汇美说导出有点问题,我看一下再说').commitment).toBeNull());
  it('goods required in place by their date are asked of us', () =>
    expect(run('绿野棉业他们要求3月28号前8台机器全部到位').commitment?.due).toBe('2026-03-28T18:00:00+08:00'));
  it('an appointment to go and sign is ours', () =>
    expect(run('汇美王经理说审批走完了，约本周五下午3点半去他们公司签').commitment?.due).toBe('2026-03-13T15:30:00+08:00'));
  it('their coming to sign is no promise', () =>
    expect(run('汇美王经理说审批走完了，约本周五下午3点半来我们公司签').commitment).toBeNull());
});

describe('signals, figures and rivals of set 47', () => {
  it.each([
    ['绿野那边先到的一台机子喷头堵了', 'after_sales'],
    ['还问坏了多久能修好', 'after_sales'],
    ['赣丰补贴批了', 'budget'],
    ['问能不能再让点', 'price'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['他们老设备老出故障想换', 'after_sales'],
    ['等补贴政策出来', 'budget'],
    ['我说要请示一下，明天上午给他答复', 'approval'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('260万一年 is the year worth', () => expect(findAmount('框架协议签了！260万一年，账期60天')).toBe(2600000));
  it('2万一个月 is a monthly rate', () => expect(findAmount('服务费2万一个月')).toBeNull());
  it('a rival going for the deal named after it', () => expect(findCompetitors('云帆的展台华艺展览也在抢')).toContain('华艺展览'));
  it('想再便宜点 names no rival', () => expect(findCompetitors('报价28.8万他们觉得高了，想再便宜点')).toEqual([]));
  it('最后改用X了 is lost', () => expect(run('汇美最后改用大疆了').stage).toBe('lost'));
  it('改用X wanted is open', () => expect(run('汇美还是想改用大疆').stage).toBeNull());
});

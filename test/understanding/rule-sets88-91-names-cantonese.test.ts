import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/** General forms found on sets 88–91: a lead's name not known yet, names said around a description, short aliases, Cantonese. */

const run = ruleRunner([
  { id: 'c1', name: '广西贵港东湖糖业有限责任公司', aliases: ['东湖糖业'] },
  { id: 'c2', name: '佛山市第三中学', aliases: ['佛山三中'] },
  { id: 'c3', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'c4', name: '中山市华彩灯饰有限公司', aliases: ['华彩'] },
]);

describe('a lead whose name is not known yet is a lead without a name (the rep is asked for it)', () => {
  it.each([
    '新客户 佛山南海那边一个做门窗的 公司名还没问到 想要两台切割机',
    '线索:顺德一家家电配件厂 叫什么名字他没讲 想做模具',
    '新线索 江门那边做五金的 还没问到厂名 下周去看看',
  ])('%s', (text) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBeNull();
    expect(out.customerId).toBeNull();
  });

  it('a name to go by until then (某) is kept', () => {
    expect(run('新线索 南海某铝材厂 名字还不知道 想换挤压机').customerName).toBe('南海某铝材厂');
  });

  it('one of our customers named as where the lead is does not make it that customer', () => {
    const out = run('线索 华信旁边新开的一家酒店 名字还没打听到 想装空调');
    expect(out).toMatchObject({ intent: 'create_lead', customerId: null, customerName: null });
  });

  it('a rival whose name was forgotten is no lead', () => {
    expect(run('华信说他们还在跟另外一家谈 叫啥忘了')).toMatchObject({ intent: 'log_activity', customerId: 'c3', customerName: null });
  });
});

describe('leads said in more words', () => {
  it.each([
    ['新增一条线索 醴陵市城市管理和综合执法局 智慧城管一期', '醴陵市城市管理和综合执法局'],
    ['有个线索:天津渤海湾造船厂,在招差旅服务商', '天津渤海湾造船厂'],
  ])('%s', (text, name) => {
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name });
  });

  it('有个线索 with its name not known yet is a lead to ask about', () => {
    expect(run('有个线索 宜春那边做锂电的 名字还不知道 是朋友介绍的')).toMatchObject({ intent: 'create_lead', customerName: null });
  });

  it('a question about how to record one registers nothing', () => {
    expect(run('有个线索想问一下怎么录').intent).toBe('help');
  });
});

describe('a new party’s name said around its description', () => {
  it('一家叫X的<kind>: X', () => {
    expect(run('新线索 东莞一家叫恒丰的五金厂 要报价').customerName).toBe('恒丰');
  });

  it('where it is (X那边) is no name; the registered name after it is', () => {
    expect(run('新客户 江门那边做铝型材的 江门市新会区华兴铝业有限公司 想换挤压机').customerName).toBe('江门市新会区华兴铝业有限公司');
  });

  it('和 inside a name (太和, 协和, 和平) is no word before it', () => {
    expect(run('十堰市太和医院消毒供应中心要扩建,这个客户帮我建一下')).toMatchObject({
      intent: 'create_lead',
      customerName: '十堰市太和医院',
    });
    expect(run('跟协和医院的王主任聊了 下周送样').customerName).toBe('协和医院');
    expect(run('今天去了和平医院 见了设备科李科长').customerName).toBe('和平医院');
    expect(run('今晚谁还在公司?楼下奶茶我请了').customerName).toBeNull();
  });

  it('met somewhere (碰到, 碰上) is no part of the name, nor the command to record it', () => {
    expect(run('在展会上碰到佛山市南海区鸿源五金制品有限公司的采购 先记个线索').customerName).toBe('佛山市南海区鸿源五金制品有限公司');
    expect(run('今天在码头碰上茂名港华石化码头有限公司的设备经理 他们要换几台泵 记个线索').customerName).toBe('茂名港华石化码头有限公司');
  });
});

describe('an alias is shortened as a name is', () => {
  it('南华 for 南华糖业: the alias’s first word names the customer', () => {
    expect(run('东湖覃科长说周五前要报价').customerId).toBe('c1');
  });

  it('a place heading an alias (佛山三中) is no short form of it', () => {
    expect(run('佛山那边有个新项目 下周去看').customerId).toBeNull();
  });
});

describe('Cantonese asks and reports', () => {
  it('系边个跟紧 asks who owns it', () => {
    expect(run('华彩嗰单系边个跟紧?')).toMatchObject({ intent: 'query', customerId: 'c4', query: { subject: 'owner' } });
  });

  it('点用 asks how to use the bot', () => {
    expect(run('点用呢个机器人?').intent).toBe('help');
  });

  it('点做 asks what to do next', () => {
    expect(run('华彩下一步点做好?')).toMatchObject({ intent: 'query', query: { subject: 'playbook' } });
  });

  it('Mandarin words holding 点用 or 点做 stay Mandarin', () => {
    expect(run('华彩说这个功能一点用都没有,要我们改').intent).toBe('log_activity');
    expect(run('华彩让我们重点做好售后,下周三前给方案').intent).toBe('log_activity');
  });
});

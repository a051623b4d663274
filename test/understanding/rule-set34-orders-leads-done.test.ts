import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 34's remaining constructions, probed with sentences of our own: a record handed to a colleague and an export
 * mailed out (orders the bot does not carry out), what was talked about asked, a new lead told as 有个新的线索 or as a
 * place newly opened and called X, a check of ours done (验X搞定了), and a price stated as a figure between a date and
 * the rep's own promise.
 */
const run = ruleRunner([
  { id: 'c1', name: '杭州绿源物业管理有限公司', aliases: ['绿源', '绿源物业'] },
  { id: 'c2', name: '苏州恒通仓储有限公司', aliases: ['恒通', '恒通仓储'] },
]);

describe('orders to hand a record over or to mail an export', () => {
  it.each(['把绿源转给小王跟进', '麻烦把恒通仓储交给李娜负责', '帮我导出这季度的商机清单发我邮箱', '把上月的拜访记录下载下来发到邮箱'])(
    '%s -> other',
    (text) => {
      expect(run(text).intent).toBe('other');
    },
  );

  it('a deed told, or a how-to, is not an order', () => {
    expect(run('方案已经转给绿源王总了').intent).not.toBe('other');
    expect(run('怎么把客户转给同事跟进?').intent).toBe('help');
  });
});

describe('what was talked about, and with whom', () => {
  it.each(['恒通之前都谈过什么', '绿源上次聊过啥', '这个月我和哪几家聊过'])('%s -> query', (text) => {
    expect(run(text).intent).toBe('query');
  });

  it('a report of a talk is still a report', () => {
    expect(run('今天和绿源王总聊了两个小时 谈了续约的事').intent).toBe('log_activity');
  });
});

describe('new leads told by a marker or by a place newly opened', () => {
  it('有个新的线索 then the name', () => {
    const r = run('有个新的线索 嘉兴南湖区第二中学 后勤处想换保洁外包 下周去看看');
    expect(r.intent).toBe('create_lead');
  });

  it('a place newly opened and called X', () => {
    const r = run('昆山有个新开的物流园叫顺达物流园 想找保安外包 联系人陈主任');
    expect(r.intent).toBe('create_lead');
    expect(r.customerName).toBe('顺达物流园');
  });

  it('/lead then the name registers it', () => {
    expect(run('/lead 无锡新吴区的宏利电子 两个厂区 王总 要做保洁').intent).toBe('create_lead');
  });

  it('a place newly opened that calls us over is no name', () => {
    expect(run('绿源新开的小区叫我们去看看').customerName).toBeNull();
  });
});

describe('a check of ours done, and a stated price', () => {
  it('验X搞定了 completes a promise; 验收 is theirs', () => {
    expect(run('恒通的验货搞定了，50托都看过了').intent).toBe('complete_commitment');
    expect(run('绿源的验收搞定了').intent).not.toBe('complete_commitment');
  });

  it('a price stated between a date and the promise takes no date', () => {
    const r = run('绿源的招标下周五开标 分包商那边报价是120万 今天下午我跟分包商再核一下', '2026-03-04T10:15:00+08:00');
    expect(r.commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });
});

describe('what was talked about is the timeline', () => {
  it.each(['恒通之前都谈过什么', '这个月我和哪几家聊过'])('%s -> timeline', (text) => {
    expect(run(text).query?.subject).toBe('timeline');
  });
});

describe('a deal that can be closed, with the outcome said', () => {
  it('可以关了 then the outcome moves the stage', () => {
    const r = run('恒通这单可以关了 赢单');
    expect(r.intent).toBe('stage_change');
    expect(r.stage).toBe('won');
  });

  it('a question whether it can be closed moves nothing', () => {
    expect(run('恒通这单可以关了吗').intent).not.toBe('stage_change');
  });
});

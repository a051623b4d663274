import { describe, expect, it } from 'vitest';
import { checkMove, mayConfirmMove, nextStage } from '../../src/domain/stage-moves';

describe('stage transitions', () => {
  it.each([
    ['lead', 'contact'],
    ['contact', 'requirement'],
    ['requirement', 'demo'],
    ['demo', 'negotiation'],
  ] as const)('moves one step forward from %s to %s, through the gate', (from, to) => {
    expect(checkMove(from, to, null)).toEqual({ allowed: true, kind: 'forward', gated: true });
  });

  it('refuses skipping a stage and says which stage comes next', () => {
    const check = checkMove('requirement', 'negotiation', null);
    expect(check).toEqual({ allowed: false, reason: expect.stringContaining('不能跳过阶段') });
    expect(check.allowed === false && check.reason).toContain('「方案演示」');
  });

  it('wins only from 商务谈判', () => {
    expect(checkMove('negotiation', 'won', null)).toEqual({ allowed: true, kind: 'won', gated: true });
    expect(checkMove('demo', 'won', null)).toEqual({ allowed: false, reason: expect.stringContaining('只有「商务谈判」') });
  });

  it('loses from any open stage with a reason, and asks for one without', () => {
    for (const from of ['lead', 'contact', 'requirement', 'demo', 'negotiation'] as const) {
      expect(checkMove(from, 'lost', '预算被砍')).toEqual({ allowed: true, kind: 'lost', gated: false });
    }
    expect(checkMove('demo', 'lost', null)).toEqual({ allowed: false, reason: '标记丢单需要说明原因。' });
  });

  it('goes back one stage with a reason, never two, never without a reason', () => {
    expect(checkMove('demo', 'requirement', '客户要重新评估')).toEqual({ allowed: true, kind: 'back', gated: false });
    expect(checkMove('demo', 'requirement', null)).toEqual({ allowed: false, reason: expect.stringContaining('需要说明原因') });
    expect(checkMove('demo', 'contact', '客户要重新评估')).toEqual({
      allowed: false,
      reason: expect.stringContaining('只能退回上一阶段「需求确认」'),
    });
  });

  it('refuses any move of a closed deal and a move to the stage it is in', () => {
    expect(checkMove('won', 'lost', '退货')).toMatchObject({ allowed: false });
    expect(checkMove('lost', 'contact', '复活')).toMatchObject({ allowed: false });
    expect(checkMove('demo', 'demo', null)).toEqual({ allowed: false, reason: '这个商机已经在「方案演示」阶段了。' });
  });

  it('商务谈判 leads to 赢单 and closed stages lead nowhere', () => {
    expect(nextStage('negotiation')).toBe('won');
    expect(nextStage('won')).toBeNull();
    expect(nextStage('lost')).toBeNull();
  });

  it("only the owner or the owner's manager may confirm a move", () => {
    const owner = { id: 'zhangwei', managerId: 'liming' };
    expect(mayConfirmMove('zhangwei', owner)).toBe(true);
    expect(mayConfirmMove('liming', owner)).toBe(true);
    expect(mayConfirmMove('wangfang', owner)).toBe(false);
    expect(mayConfirmMove('admin', owner)).toBe(false);
  });
});

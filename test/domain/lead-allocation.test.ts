import { describe, expect, it } from 'vitest';
import { allocateLead, winRate, type RepRecord } from '../../src/domain/lead-allocation';
import { LEAD_RULE_DEFAULTS } from '../../src/domain/lead-rules';
import type { LeadScore } from '../../src/domain/lead-scoring';

const rules = LEAD_RULE_DEFAULTS.allocation;
const rep = (id: string, name: string, won: number, lost: number, openFollowUps: number, region = '浙江'): RepRecord => ({
  id,
  name,
  region,
  won,
  lost,
  openFollowUps,
});

// 30-day win rates by hand: 8/11 = 72.7%, 7/9 = 77.8%, 2/3 = 66.7%, 3/4 = 75.0%, 1/5 = 20.0%.
// Team mean (浙江 reps with a rate) = (8/11 + 7/9 + 2/3 + 3/4 + 1/5) / 5 = 62.4%.
const zhejiang = [
  rep('zhangwei', '张伟', 8, 3, 6),
  rep('wangfang', '王芳', 7, 2, 9),
  rep('zhaolei', '赵磊', 2, 1, 7),
  rep('qianjin', '钱进', 3, 1, 8),
  rep('sunli', '孙丽', 1, 4, 1),
];
const reps = [...zhejiang, rep('newbie', '新人', 0, 0, 0), rep('liuyang', '刘洋', 9, 0, 0, '江苏')];
const score = (total: number, parts = { region: 30, industry: 25, budget: 20, urgency: total - 75 }): LeadScore => ({ total, parts });

describe('lead allocation', () => {
  it('win rate is won / (won + lost) of deals closed in the window, none without a closed deal', () => {
    expect(winRate({ won: 8, lost: 3 })).toBeCloseTo(0.7273, 4);
    expect(winRate({ won: 0, lost: 0 })).toBeNull();
  });

  it('≥ 85: of the three best closers above 65% in the region (王芳, 钱进, 张伟), the one with the fewest open follow-ups', () => {
    const allocation = allocateLead({ score: score(88), region: '浙江', excluded: [] }, reps, rules);
    expect(allocation).toMatchObject({ rule: 'top', repId: 'zhangwei', facts: { openFollowUps: 6, candidates: 3 } });
    // 赵磊 (66.7%, 7 open) is fourth by win rate and not compared; 孙丽 (1 open) is below 65%; 刘洋 is in 江苏.
    expect(allocation.reason).toBe(
      '评分 88(地域 30/行业 25/预算 20/紧急 13);张伟近30天成单率 72.7%,高于团队均值 10.3 个百分点,当前待跟进 6 个,三人中最少',
    );
  });

  it('≥ 85 without the rep who returned it: 赵磊 moves into the three and has the fewest open', () => {
    const allocation = allocateLead({ score: score(88), region: '浙江', excluded: [{ id: 'zhangwei', name: '张伟' }] }, reps, rules);
    expect(allocation.repId).toBe('zhaolei');
    expect(allocation.reason).toBe(
      '评分 88(地域 30/行业 25/预算 20/紧急 13);已排除此前退回或被改派的张伟;赵磊近30天成单率 66.7%,高于团队均值 4.2 个百分点,当前待跟进 7 个,三人中最少',
    );
  });

  it('≥ 85 with nobody above 65% in the region falls back to the fewest open follow-ups, and says so', () => {
    const weak = [rep('a', '甲', 1, 1, 3), rep('b', '乙', 0, 2, 2)];
    const allocation = allocateLead({ score: score(90), region: '浙江', excluded: [] }, weak, rules);
    expect(allocation).toMatchObject({ rule: 'region', repId: 'b' });
    expect(allocation.reason).toBe(
      '评分 90(地域 30/行业 25/预算 20/紧急 15);浙江没有近30天成单率高于 65% 的销售;乙当前待跟进 2 个,在浙江的 2 名销售中最少',
    );
  });

  it('60–84: the rep of the region with the fewest open follow-ups, whatever the win rate', () => {
    const allocation = allocateLead(
      { score: score(72, { region: 30, industry: 25, budget: 15, urgency: 2 }), region: '浙江', excluded: [] },
      reps,
      rules,
    );
    expect(allocation).toMatchObject({ rule: 'region', repId: 'newbie' });
    expect(allocation.reason).toBe('评分 72(地域 30/行业 25/预算 15/紧急 2);新人当前待跟进 0 个,在浙江的 6 名销售中最少');
  });

  it('< 60: the pool, owned by nobody', () => {
    const allocation = allocateLead(
      { score: score(52, { region: 0, industry: 25, budget: 15, urgency: 12 }), region: '浙江', excluded: [] },
      reps,
      rules,
    );
    expect(allocation).toMatchObject({ rule: 'pool', repId: null });
    expect(allocation.reason).toBe('评分 52(地域 0/行业 25/预算 15/紧急 12);低于 60 分,进入公海,每周汇总给经理');
  });

  it('a region with no rep left goes to the pool', () => {
    const allocation = allocateLead({ score: score(75), region: '广东', excluded: [] }, reps, rules);
    expect(allocation).toMatchObject({ rule: 'pool', repId: null });
    expect(allocation.reason).toContain('广东,没有可分配的销售');
  });
});

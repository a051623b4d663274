import type { AllocationRules } from './lead-rules';
import { scoreText, type LeadScore } from './lead-scoring';

/**
 * Who gets a lead, and the reason a manager reads. Definitions, as the numbers are counted:
 * - 30-day win rate: won / (won + lost) over the rep's deals that reached 赢单 or 丢单 in the last
 *   `winRateDays` days (by the time of that stage move); no closed deal in the window means no rate.
 * - open follow-ups (待跟进): the rep's open deals (线索 to 商务谈判) plus the leads assigned to the
 *   rep and not yet accepted — everything that is waiting for the rep's next move.
 * - team mean: the mean win rate of the reps of the lead's region who have a rate.
 */
export interface RepRecord {
  id: string;
  name: string;
  region: string | null;
  won: number;
  lost: number;
  openFollowUps: number;
}

export type AllocationRule = 'top' | 'region' | 'pool';

export interface Allocation {
  rule: AllocationRule;
  /** Null: the nurture pool (公海). */
  repId: string | null;
  reason: string;
  /** The numbers behind the reason, kept with the assignment. */
  facts: { winRate: number | null; teamWinRate: number | null; openFollowUps: number | null; candidates: number };
}

export interface AllocationRequest {
  score: LeadScore;
  region: string | null;
  /** Reps who returned this lead or had it reassigned: never offered it again. */
  excluded: readonly { id: string; name: string }[];
}

export function winRate(rep: Pick<RepRecord, 'won' | 'lost'>): number | null {
  const closed = rep.won + rep.lost;
  return closed > 0 ? rep.won / closed : null;
}

export function allocateLead(request: AllocationRequest, reps: readonly RepRecord[], rules: AllocationRules): Allocation {
  const { score, region } = request;
  const head = scoreText(score) + excludedNote(request.excluded);
  if (score.total < rules.poolBelow) return pool(`${head};低于 ${rules.poolBelow} 分,进入公海,每周汇总给经理`);
  const team = reps.filter((rep) => region !== null && rep.region === region);
  const regional = team.filter((rep) => !request.excluded.some((e) => e.id === rep.id));
  if (regional.length === 0) return pool(`${head};${region ?? '地区不明'},没有可分配的销售,进入公海`);

  if (score.total >= rules.topScore) {
    const closers = regional
      .filter((rep) => winRate(rep) !== null)
      .filter((rep) => winRate(rep)! > rules.topWinRateAbove)
      .sort((a, b) => winRate(b)! - winRate(a)! || a.openFollowUps - b.openFollowUps || a.id.localeCompare(b.id))
      .slice(0, rules.topCandidates);
    if (closers.length > 0) {
      const chosen = leastLoaded(closers);
      const rate = winRate(chosen)!;
      // The whole region's mean, a rep who returned the lead included: excluding someone does not change the team.
      const rated = team.flatMap((rep) => winRate(rep) ?? []);
      const mean = rated.reduce((sum, rate) => sum + rate, 0) / rated.length;
      const gap = percentPoints(rate - mean);
      const among =
        closers.length === 1 ? `是${region}唯一成单率高于 ${percent(rules.topWinRateAbove, 0)} 的销售` : `${count(closers.length)}人中最少`;
      return {
        rule: 'top',
        repId: chosen.id,
        reason:
          `${head};${chosen.name}近${rules.winRateDays}天成单率 ${percent(rate)},` +
          `${gap >= 0 ? '高于' : '低于'}团队均值 ${Math.abs(gap).toFixed(1)} 个百分点,当前待跟进 ${chosen.openFollowUps} 个,${among}`,
        facts: { winRate: rate, teamWinRate: mean, openFollowUps: chosen.openFollowUps, candidates: closers.length },
      };
    }
  }

  const chosen = leastLoaded(regional);
  const fallback =
    score.total >= rules.topScore ? `${region}没有近${rules.winRateDays}天成单率高于 ${percent(rules.topWinRateAbove, 0)} 的销售;` : '';
  const among = regional.length === 1 ? `是${region}唯一可分配的销售` : `在${region}的 ${regional.length} 名销售中最少`;
  return {
    rule: 'region',
    repId: chosen.id,
    reason: `${head};${fallback}${chosen.name}当前待跟进 ${chosen.openFollowUps} 个,${among}`,
    facts: { winRate: winRate(chosen), teamWinRate: null, openFollowUps: chosen.openFollowUps, candidates: regional.length },
  };
}

function pool(reason: string): Allocation {
  return { rule: 'pool', repId: null, reason, facts: { winRate: null, teamWinRate: null, openFollowUps: null, candidates: 0 } };
}

/** Fewest open follow-ups; ties go to the better win rate, then the id, so the choice is reproducible. */
export function leastLoaded(reps: readonly RepRecord[]): RepRecord {
  return [...reps].sort(
    (a, b) => a.openFollowUps - b.openFollowUps || (winRate(b) ?? -1) - (winRate(a) ?? -1) || a.id.localeCompare(b.id),
  )[0];
}

function excludedNote(excluded: AllocationRequest['excluded']): string {
  return excluded.length > 0 ? `;已排除此前退回或被改派的${excluded.map((e) => e.name).join('、')}` : '';
}

/** 0.7234 → `72.3%`. */
function percent(share: number, digits = 1): string {
  return `${(Math.round(share * 10 ** (digits + 2)) / 10 ** digits).toFixed(digits)}%`;
}

/** A difference of shares in percentage points, to one decimal. */
function percentPoints(difference: number): number {
  return Math.round(difference * 1000) / 10;
}

const CHINESE_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

function count(n: number): string {
  return CHINESE_COUNTS[n] ?? String(n);
}

import { z } from 'zod';
import { STAGE_LABELS, STAGES, type Stage } from '../../domain/stages';
import { loadWordFile } from '../words/word-file';

/** What reps call each stage: its label, the other names in words/stages.json, and its code. */

const stageFile = loadWordFile(
  'stages.json',
  z.object({
    version: z.literal(1),
    note: z.string(),
    stages: z.record(z.enum(STAGES), z.object({ names: z.array(z.string().min(1)), short: z.array(z.string().min(1)) })),
    moveWords: z.array(z.string().min(1)),
    lostThings: z.array(z.string().min(1)),
  }),
);

/** Things a rep can lose (车钥匙丢了, 快递给弄丢了): their 丢了 reports no lost deal. */
export const LOST_THINGS: readonly string[] = stageFile.lostThings;

/** English verbs of moving a deal (pls move到商务谈判), read before 到/成/为/to as 推到/改成 are. */
export const MOVE_WORDS: readonly string[] = stageFile.moveWords;

/** Every name of a stage, label first, the code last. */
export const STAGE_NAMES: ReadonlyArray<[Stage, string[]]> = STAGES.map((stage) => [
  stage,
  [STAGE_LABELS[stage], ...(stageFile.stages[stage]?.names ?? []), stage],
]);

/** Short names reps use for a stage in a question (在演示的有哪些). */
export const STAGE_SHORT_NAMES: ReadonlyArray<[Stage, string[]]> = STAGES.map((stage) => [stage, stageFile.stages[stage]?.short ?? []]);

/** Names that say the stage by themselves (方案演示, 赢单, won), not the short ones that are also plain words (需求, 演示, 签约). */
export const STAGE_FULL_NAMES: ReadonlyArray<[Stage, string[]]> = STAGE_NAMES.map(([stage, names]) => [
  stage,
  names.filter((name) => name === STAGE_LABELS[stage] || name === stage || name.length >= 3),
]);

/**
 * The customer's own business taken by someone (他们的订单被越南那边抢了, 客户的市场被抢了): their trouble, not our deal lost.
 * Tested on the text before 被.
 */
const THEIR_BUSINESS_BEFORE = /(?:他们|客户|对方|人家|自己)(?:的)?(?:订单|生意|市场|客户|份额|业务)(?:也|都)?$/;

export function theirBusinessTaken(before: string): boolean {
  return THEIR_BUSINESS_BEFORE.test(before);
}

import { z } from 'zod';
import { SIGNAL_TAGS, type SignalTag } from './signals';
import { STAGES, type Stage } from './stages';

/**
 * The tenant's playbook (话术): short advice per deal stage and per customer signal, from the rules
 * file's `playbook` section. `怎么谈` about a customer is answered from its stage and recent signals.
 */

const tips = z.array(z.string().min(1).max(200)).min(1);
export const playbookSchema = z.strictObject({
  stages: z.partialRecord(z.enum(STAGES), tips).default({}),
  signals: z.partialRecord(z.enum(SIGNAL_TAGS), tips).default({}),
});
export type Playbook = z.infer<typeof playbookSchema>;

/** A tenant's file replaces whole entries of the default: one stage's or one signal's advice is read in one place. */
export function mergePlaybook(base: Playbook | undefined, override: Playbook | undefined): Playbook {
  return {
    stages: { ...base?.stages, ...override?.stages },
    signals: { ...base?.signals, ...override?.signals },
  };
}

export interface PlaybookAdvice {
  /** The stage's advice, then each signal's, in the taxonomy's order. */
  sections: { topic: Stage | SignalTag; tips: readonly string[] }[];
}

export function adviceFor(playbook: Playbook, stage: Stage | null, signals: readonly SignalTag[]): PlaybookAdvice {
  const sections: PlaybookAdvice['sections'] = [];
  const stageTips = stage ? playbook.stages[stage] : undefined;
  if (stage && stageTips) sections.push({ topic: stage, tips: stageTips });
  for (const tag of SIGNAL_TAGS) {
    const signalTips = playbook.signals[tag];
    if (signals.includes(tag) && signalTips) sections.push({ topic: tag, tips: signalTips });
  }
  return { sections };
}

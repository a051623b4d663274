/**
 * A forwarded chat (吴工:那你们周三前给个交付计划吧 / 我:好的): the rep's assent to the line just before
 * makes what the other side asked for the rep's promise.
 */

import { INTENT_WORDS } from './intent';
import { inOrder } from './text';

/** A line opened by who speaks (吴工:, 我:). */
const SPEAKER = /^([^:,.;!?\s]{1,8}):/;
const REP = /^(?:我|本人)$/;
/** The whole reply is assent, not a counter-offer (我:好的, 我:没问题, 我:收到). */
const ASSENT = new RegExp(`^(?:${inOrder(INTENT_WORDS.assent)})[,.!~了吧呢哈啊嗯]*$`, 'i');

/**
 * What the other side asked in the turn the rep assented to, or null. Line breaks are gone by now
 * (normalised to spaces), so turns are found by their speaker marks among the clauses.
 */
export function assentedRequest(sentences: string[][]): string | null {
  let turn: { rep: boolean; text: string[] } | null = null;
  for (const clause of sentences.flat()) {
    const speaker = clause.match(SPEAKER);
    if (!speaker) {
      turn?.text.push(clause);
      continue;
    }
    const said = clause.slice(speaker[0].length);
    const rep = REP.test(speaker[1]);
    if (rep && turn && !turn.rep && ASSENT.test(said)) return turn.text.join(',');
    turn = { rep, text: [said] };
  }
  return null;
}

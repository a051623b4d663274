import { helpCard } from '../../cards/help.card';
import type { Effect } from '../pipeline/effects';
import type { Understood } from '../understanding/chooser';
import type { FlowContext } from './flow-context';
import { fileMessage } from './file-message';

const SMALL_TALK_REPLY = '收到。要记录跟进,直接告诉我今天和哪个客户聊了什么、答应了客户什么,我来记。';

/** A rep's text, already understood: routes it to the use case its intent names. */
export async function handleText(ctx: FlowContext, text: string, receivedAt: Date, understood: Understood): Promise<Effect[]> {
  const { extraction, source } = understood;
  switch (extraction.intent) {
    case 'help':
      return [{ type: 'send-card', to: ctx.actor.id, card: helpCard() }];
    case 'other':
      return [{ type: 'send-text', to: ctx.actor.id, text: SMALL_TALK_REPLY }];
    case 'query':
      // Queries get their own cards with the stage rules; until then the help card shows what works.
      return [{ type: 'send-card', to: ctx.actor.id, card: helpCard() }];
    case 'log_activity':
    case 'stage_change':
    case 'complete_commitment':
    case 'create_lead':
      return fileMessage(ctx, { text, extraction, understoodBy: source, receivedAt });
  }
}

import { helpCard } from '../../cards/help.card';
import type { Effect } from '../pipeline/effects';
import type { Understood } from '../understanding/chooser';
import { answerQuery } from './answer-query';
import { askStageMove } from './ask-stage-move';
import { fileMessage } from './file-message';
import type { FlowContext } from './flow-context';
import { intakeFromMessage } from './intake-lead';
import { recordReturnReason } from './lead-action';
import { undoLastRecord } from './undo-last';

const SMALL_TALK_REPLY = '收到。要记录跟进,直接告诉我今天和哪个客户聊了什么、答应了客户什么,我来记。';

/** A rep's text, already understood: routes it to the use case its intent names. */
export async function handleText(ctx: FlowContext, text: string, receivedAt: Date, understood: Understood): Promise<Effect[]> {
  const { extraction, source, cutAt } = understood;
  // A long message is stored whole; the readers here, like understanding, read only its first part.
  const read = text.slice(0, cutAt);
  const message = { text, extraction, understoodBy: source, receivedAt, cutAt };
  // Statements written by form (退回原因:…, 演示方式:远程) come with the extraction, read where it was understood.
  if (extraction.returnReason) return recordReturnReason(ctx, extraction.returnReason);
  const asked = extraction.intent === 'query' || extraction.intent === 'help' || extraction.intent === 'undo';
  if (!asked && extraction.intent !== 'create_lead' && extraction.evidence) return fileMessage(ctx, message);
  switch (extraction.intent) {
    case 'undo':
      return undoLastRecord(ctx, extraction.customerId);
    case 'help':
      return [{ type: 'send-card', to: ctx.actor.id, card: helpCard() }];
    case 'other':
      return [{ type: 'send-text', to: ctx.actor.id, text: SMALL_TALK_REPLY }];
    case 'query':
      return answerQuery(ctx, extraction, read);
    case 'stage_change':
      return askStageMove(ctx, message);
    case 'log_activity':
    case 'complete_commitment':
      return fileMessage(ctx, message);
    case 'create_lead':
      return intakeFromMessage(ctx, message);
  }
}

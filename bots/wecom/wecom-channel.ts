import type { Card } from '../../cards/card';
import type { Clock } from '../../src/clock';
import { log } from '../../src/log';
import type { CardNotes, Delivery, DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import type { CardStore } from '../../src/pipeline/ports';
import { deliveryOutcome as outcome } from '../kit/api-failure';
import type { SendAnswer, WecomApiClient } from './api-client';
import { RESPONSE_CODE_INVALID } from './api-errors';
import { CardRenderError, renderCard, renderClosedCard } from './card-render';
import { withOpenablePageLinks } from '../../cards/page-links';
import type { CorpDirectory } from './corp-directory';
import type { SharedMemberBudget } from './shared-budget';
import type { WecomCorp } from './wecom-config';

/** What WeCom needs kept about a card between calls (the card record's platformState). */
interface WecomCardState {
  /** The latest unused response code for update_template_card (valid once, 72 h). */
  responseCode?: string | null;
  /** A response code an update carried whose answer never came: a later 60140 for it means that update went through. */
  presentedCode?: string | null;
}

/** WeCom refuses text over 2048 bytes (45002). */
const MAX_TEXT_BYTES = 2048;

export interface WecomChannelDeps {
  clock: Clock;
  cards: CardStore;
  directory: CorpDirectory;
  api: WecomApiClient;
  budget: SharedMemberBudget;
  /** PUBLIC_BASE_URL: page links on cards open there; null: cards carry none. */
  publicBaseUrl: string | null;
}

/**
 * Delivers outbox rows through the tenant's WeCom app: texts and cards with message/send, card updates
 * with update_template_card. Sends stay within the member's budget; what is over it goes back to the
 * outbox with the time of its slot.
 */
export class WecomChannel implements OutboundChannel {
  constructor(private readonly deps: WecomChannelDeps) {}

  async deliver(item: Delivery): Promise<DeliveryOutcome> {
    const corp = await this.deps.directory.corpFor(item.tenantId);
    if (!corp) return permanent(`tenant ${item.tenantId} has no configured WeCom corp (settings.wecom.corpId or WECOM_CORPS_FILE)`);
    const { message, to } = item;
    // `conversationId` is ignored: a self-built app's bot has no group chats, so everything goes to the member.
    try {
      switch (message.type) {
        case 'text':
          return await this.send(item, corp, to, { msgtype: 'text', text: { content: truncateBytes(message.text, MAX_TEXT_BYTES) } });
        case 'card':
          return await this.sendCard(item, corp, to, message.card);
        case 'card-update':
          return await this.updateCard(item, corp, to, message.card, message.responseCode);
      }
    } catch (error) {
      if (error instanceof CardRenderError) return permanent(error.message);
      throw error;
    }
  }

  private async sendCard(item: Delivery, corp: WecomCorp, to: string, card: Card): Promise<DeliveryOutcome> {
    const templateCard = renderCard(withOpenablePageLinks(card, this.deps.publicBaseUrl), corp.cardUrl);
    return this.send(item, corp, to, { msgtype: 'template_card', template_card: templateCard }, (answer) => {
      // The send's response code allows one update before any tap; a tap brings a fresh one.
      const state: WecomCardState = { responseCode: answer.response_code ?? null };
      return { platformCardId: card.id, platformState: state };
    });
  }

  /**
   * Shows a used card as used: with the tap's response code, else the one kept from the send. Without a
   * usable code (none, or expired/used: 60140) the closed card goes out as a new message instead, so the
   * member still sees the outcome.
   */
  private async updateCard(item: Delivery, corp: WecomCorp, to: string, card: Card, tapCode?: string): Promise<DeliveryOutcome> {
    const record = await this.deps.cards.find(item.tenantId, card.id);
    const state = (record?.platformState ?? {}) as WecomCardState;
    const code = tapCode ?? state.responseCode ?? null;
    if (code) {
      const update = { userids: [to], response_code: code, template_card: renderClosedCard(card) };
      const result = await this.presentCode(corp, { tenantId: item.tenantId, id: card.id }, state, update);
      if (result !== 'code spent') return result;
      log.info({ outboxId: item.id, cardId: card.id }, 'wecom response code spent; sending the closed card as a new message');
    }
    return this.send(item, corp, to, {
      msgtype: 'template_card',
      template_card: renderCard(withOpenablePageLinks(card, this.deps.publicBaseUrl), corp.cardUrl),
    });
  }

  /**
   * One update_template_card call. Its code is marked on the card record before the call and cleared
   * once WeCom answers, so a 60140 for a code still marked is our own earlier call having spent it (its
   * answer was lost): the card is already updated, and sending it again as a message would show it twice.
   */
  private async presentCode(
    corp: WecomCorp,
    key: { tenantId: string; id: string },
    kept: WecomCardState,
    update: { response_code: string } & Record<string, unknown>,
  ): Promise<DeliveryOutcome | 'code spent'> {
    const code = update.response_code;
    // One card's messages go out one at a time (the outbox lane), so nothing changes its state in between.
    let state = kept;
    const mark = (changes: WecomCardState) => {
      state = { ...state, ...changes };
      return this.deps.cards.keep(key.tenantId, key.id, { platformState: state });
    };
    const presentedBefore = kept.presentedCode === code;
    if (!presentedBefore) await mark({ presentedCode: code });
    const answer = await this.deps.api.updateTemplateCard(corp, update);
    // No answer (a time-out, a gateway error): the code may be spent, so the mark stays for the retry.
    if (!answer.ok && answer.errcode === undefined) return outcome(answer);
    const refused = !answer.ok && answer.errcode === RESPONSE_CODE_INVALID;
    const updated = answer.ok || (refused && presentedBefore);
    // A kept code is used up once it worked or WeCom calls it spent; another refusal (45009) leaves it good.
    const keptCodeUsed = (updated || refused) && kept.responseCode === code;
    await mark({ presentedCode: null, ...(keptCodeUsed ? { responseCode: null } : {}) });
    if (updated) return { ok: true };
    return refused ? 'code spent' : outcome(answer);
  }

  private async send(
    item: Delivery,
    corp: WecomCorp,
    to: string,
    message: Record<string, unknown>,
    notesOf?: (answer: SendAnswer) => CardNotes,
  ): Promise<DeliveryOutcome> {
    const slot = await this.deps.budget.take(`wecom/${corp.corpId}/${corp.agentId}/${to}`, `outbox:${item.id}`, this.deps.clock.now());
    if (!slot.ok)
      return {
        ok: false,
        deferred: true,
        reason: `over WeCom's per-member budget (30/min, 1000/h) for ${to}; queued`,
        retryAfterMs: slot.retryAfterMs,
      };
    const answer = await this.deps.api.sendMessage(corp, { touser: to, ...message });
    if (answer.ok && answer.invaliduser)
      return permanent(`WeCom did not deliver to ${answer.invaliduser}: unknown or outside the app's visible range`);
    if (answer.ok && notesOf) return { ok: true, card: notesOf(answer) };
    return outcome(answer);
  }
}

function permanent(reason: string): DeliveryOutcome {
  return { ok: false, retryable: false, reason };
}

/** Cuts to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  let out = '';
  let size = Buffer.byteLength('…', 'utf8');
  for (const char of text) {
    size += Buffer.byteLength(char, 'utf8');
    if (size > max) break;
    out += char;
  }
  return `${out}…`;
}

import { In } from 'typeorm';
import type { CardContext } from '../../cards/card';
import {
  CHANGE_DEAL_ACTION,
  DEAL_ACTION_PREFIX,
  DOCUMENT_ACTION_PREFIX,
  documentOfAction,
  evidenceAskCard,
  evidenceDealCard,
  type DealChoice,
} from '../../cards/evidence-ask.card';
import { DOCUMENT_LABELS } from '../domain/stage-rules';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import type { InboundBody } from '../pipeline/inbound-event';
import { type CardRecord, Customer, Deal } from '../store/entities';
import { visibleOwnerIds } from '../store/visibility';
import type { CardActionHandler, CardActions } from './card-actions';
import type { FlowContext } from './flow-context';
import { recordEvidence } from './record-evidence';
import { stageEffectsAfterEvidence } from './follow-up-stage';

type FileBody = Extract<InboundBody, { kind: 'file' }>;

const NO_DEAL_REPLY = '收到文件。你名下还没有进行中的商机,暂时没法把它记到商机上。';
const STALE_REPLY = '这个商机已经不在进行中了,材料没有记录。';

/**
 * A photo or file arrived: asks what it is, naming the deal it will be attached to. When nothing
 * (the file's name, a single open deal) tells which deal it is about, asks for the deal first.
 */
export async function askWhatFileIs(ctx: FlowContext, file: FileBody, receivedAt: Date): Promise<Effect[]> {
  const candidates = await candidateDeals(ctx, `${file.fileName ?? ''} ${file.recognizedText ?? ''}`);
  if (candidates.deals.length === 0) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
  const context = {
    fileKind: file.fileKind,
    fileName: file.fileName ?? null,
    mediaId: file.mediaId ?? null,
    inboxId: ctx.inboxId,
    receivedAt: receivedAt.toISOString(),
  };
  if (!candidates.named && candidates.deals.length > 1) return [askWhichDeal(ctx, context, candidates.deals)];
  return [askWhatKind(ctx, context, candidates.deals[0], candidates.openDeals > 1)];
}

type FileContext = CardContext & { fileName: string | null; fileKind: FileBody['fileKind'] };

function askWhatKind(ctx: FlowContext, file: FileContext, choice: DealChoice, otherDeals: boolean): Effect {
  const card = evidenceAskCard({
    fileName: file.fileName,
    fileKind: file.fileKind,
    deal: { customerName: choice.customerName, title: choice.title, stage: choice.stage },
    otherDeals,
  });
  return { type: 'send-card', to: ctx.actor.id, card, context: { ...file, dealId: choice.id } };
}

function askWhichDeal(ctx: FlowContext, file: FileContext, deals: readonly DealChoice[]): Effect {
  return { type: 'send-card', to: ctx.actor.id, card: evidenceDealCard(file.fileName, deals), context: { ...file } };
}

/** The file the card is about, as its context keeps it; `dealId` is the deal a 这份材料是? card attaches to. */
function fileOf(record: CardRecord): { dealId: string; file: FileContext } {
  const { dealId, ...rest } = record.context;
  const file: FileContext = {
    ...rest,
    fileName: typeof rest.fileName === 'string' ? rest.fileName : null,
    fileKind: rest.fileKind === 'image' ? 'image' : 'file',
  };
  return { dealId: String(dealId), file };
}

/** 换商机: the rep chooses the deal first. */
const changeDeal: CardActionHandler = async ({ ctx, record, close }) => {
  const { deals } = await candidateDeals(ctx, '');
  return [close('cancelled', '已改为选择商机'), askWhichDeal(ctx, fileOf(record).file, deals)];
};

/** A deal of 这份材料属于哪个商机?: asks what the file is, for that deal. */
const chooseDeal: CardActionHandler = async ({ ctx, record, actionId, close }) => {
  const { deals } = await candidateDeals(ctx, '');
  const chosen = deals.find((deal) => deal.id === actionId.slice(DEAL_ACTION_PREFIX.length));
  if (!chosen) return [close('cancelled', '未记录'), { type: 'send-text', to: ctx.actor.id, text: STALE_REPLY }];
  return [close('done', `已选择 ${chosen.customerName}`), askWhatKind(ctx, fileOf(record).file, chosen, false)];
};

/** A kind of document on 这份材料是?: the file is attached to the deal as that evidence. */
const attachFile: CardActionHandler = async ({ ctx, record, actionId, close }) => {
  const { dealId, file } = fileOf(record);
  const document = documentOfAction(actionId);
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: dealId });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  if (!document || !deal || !customer || !isOpenStage(deal.stage))
    return [close('cancelled', '未记录'), { type: 'send-text', to: ctx.actor.id, text: STALE_REPLY }];
  const evidence = [{ kind: 'document' as const, document, fromFile: true, fileName: file.fileName, covers: [] }];
  const at = new Date(String(file.receivedAt));
  const inboxId = typeof file.inboxId === 'number' ? file.inboxId : null;
  const proposal = await stageEffectsAfterEvidence(ctx, deal, customer, () => recordEvidence(ctx, deal, evidence, { inboxId, at }));
  return [close('done', `已作为${DOCUMENT_LABELS[document]}记到 ${customer.name}`), ...proposal];
};

/** The buttons of 这份材料是? (a kind of document, 换商机) and of 这份材料属于哪个商机? (a deal). */
export const evidenceAskActions: CardActions = {
  exact: { [CHANGE_DEAL_ACTION]: changeDeal },
  prefixed: { [DOCUMENT_ACTION_PREFIX]: attachFile, [DEAL_ACTION_PREFIX]: chooseDeal },
};

/**
 * The open deals a file may belong to (the actor's own first, most recently active first), whether
 * the file's name or text names one of their customers (which narrows them to that one), and how many
 * open deals there are in all.
 */
async function candidateDeals(ctx: FlowContext, hint: string): Promise<{ deals: DealChoice[]; named: boolean; openDeals: number }> {
  const owners = await visibleOwnerIds(ctx.em, ctx.actor);
  const deals = (await ctx.em.find(Deal, { where: { tenantId: ctx.tenant.id, ...(owners ? { ownerId: In(owners) } : {}) } })).filter(
    (deal) => isOpenStage(deal.stage),
  );
  if (deals.length === 0) return { deals: [], named: false, openDeals: 0 };
  const customers = await ctx.em.find(Customer, { where: { tenantId: ctx.tenant.id, id: In(deals.map((d) => d.customerId)) } });
  const named = customers.find((c) => [c.name, ...c.aliases].some((name) => hint.includes(name)));
  const mine = (deal: Deal) => Number(deal.ownerId === ctx.actor.id);
  const ranked = deals
    .filter((deal) => !named || deal.customerId === named.id)
    .sort((a, b) => mine(b) - mine(a) || (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0));
  const nameOf = new Map(customers.map((c) => [c.id, c.name]));
  const choices = ranked.map((deal) => ({
    id: deal.id,
    customerName: nameOf.get(deal.customerId) ?? '',
    title: deal.title,
    stage: deal.stage,
  }));
  return { deals: choices, named: named !== undefined, openDeals: deals.length };
}

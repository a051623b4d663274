import { In } from 'typeorm';
import { documentOfAction, evidenceAskCard } from '../../cards/evidence-ask.card';
import { DOCUMENT_LABELS } from '../domain/stage-rules';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import type { InboundBody } from '../pipeline/inbound-event';
import { type CardRecord, Customer, Deal } from '../store/entities';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';
import { recordEvidence } from './record-evidence';
import { stageEffectsAfterEvidence } from './follow-up-stage';

type FileBody = Extract<InboundBody, { kind: 'file' }>;

const NO_DEAL_REPLY = '收到文件。你名下还没有进行中的商机,暂时没法把它记到商机上。';
const STALE_REPLY = '这个商机已经不在进行中了,材料没有记录。';

/** A photo or file arrived: asks what it is, naming the deal it will be attached to. */
export async function askWhatFileIs(ctx: FlowContext, file: FileBody, receivedAt: Date): Promise<Effect[]> {
  const likely = await likelyDeal(ctx, `${file.fileName ?? ''} ${file.recognizedText ?? ''}`);
  if (!likely) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
  const card = evidenceAskCard({
    fileName: file.fileName ?? null,
    fileKind: file.fileKind,
    deal: { customerName: likely.customer.name, title: likely.deal.title, stage: likely.deal.stage },
  });
  const context = {
    dealId: likely.deal.id,
    fileName: file.fileName ?? null,
    mediaId: file.mediaId ?? null,
    inboxId: ctx.inboxId,
    receivedAt: receivedAt.toISOString(),
  };
  return [{ type: 'send-card', to: ctx.actor.id, card, context }];
}

type Close = (state: 'done' | 'cancelled', outcome: string) => Effect;

/** A tap on 这份材料是?: the file becomes evidence of that kind on the deal. */
export async function evidenceAskAction(ctx: FlowContext, record: CardRecord, actionId: string, close: Close): Promise<Effect[]> {
  const document = documentOfAction(actionId);
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  if (!document || !deal || !customer || !isOpenStage(deal.stage)) return [close('cancelled', '未记录'), { type: 'send-text', to: ctx.actor.id, text: STALE_REPLY }];
  const fileName = typeof record.context.fileName === 'string' ? record.context.fileName : null;
  const evidence = [{ kind: 'document' as const, document, fromFile: true, fileName, covers: [] }];
  const at = new Date(String(record.context.receivedAt));
  const inboxId = typeof record.context.inboxId === 'number' ? record.context.inboxId : null;
  const proposal = await stageEffectsAfterEvidence(ctx, deal, customer, () => recordEvidence(ctx, deal, evidence, { inboxId, at }));
  return [close('done', `已作为${DOCUMENT_LABELS[document]}记到 ${customer.name}`), ...proposal];
}

/**
 * The deal a file is most likely about: the one whose customer the file's name mentions, else the
 * actor's most recently active open deal.
 */
async function likelyDeal(ctx: FlowContext, hint: string): Promise<{ deal: Deal; customer: Customer } | null> {
  const owners = await visibleOwnerIds(ctx.em, ctx.actor);
  const deals = (
    await ctx.em.find(Deal, { where: { tenantId: ctx.tenant.id, ...(owners ? { ownerId: In(owners) } : {}) } })
  ).filter((deal) => isOpenStage(deal.stage));
  if (deals.length === 0) return null;
  const customers = await ctx.em.find(Customer, { where: { tenantId: ctx.tenant.id, id: In(deals.map((d) => d.customerId)) } });
  const named = customers.find((c) => [c.name, ...c.aliases].some((name) => hint.includes(name)));
  const mine = (deal: Deal) => Number(deal.ownerId === ctx.actor.id);
  const ranked = deals
    .filter((deal) => !named || deal.customerId === named.id)
    .sort((a, b) => mine(b) - mine(a) || (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0));
  const deal = ranked[0] ?? deals[0];
  return { deal, customer: customers.find((c) => c.id === deal.customerId)! };
}

import { DOCUMENT_KINDS, DOCUMENT_LABELS, type DocumentKind } from '../src/domain/stage-rules';
import { shortCompanyName } from '../src/domain/company-name';
import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card } from './card';

export const DOCUMENT_ACTION_PREFIX = 'doc:';
export const DEAL_ACTION_PREFIX = 'deal:';
export const CHANGE_DEAL_ACTION = 'change-deal';
const MAX_DEALS = 5;

export interface EvidenceAskFacts {
  fileName: string | null;
  fileKind: 'image' | 'file' | 'voice' | 'video';
  deal: { customerName: string; title: string | null; stage: Stage };
  /** Offer 换商机 when the rep has other open deals the file could belong to. */
  otherDeals: boolean;
}

export interface DealChoice {
  id: string;
  customerName: string;
  title: string | null;
  stage: Stage;
}

const BUTTON_LABELS: Record<DocumentKind, string> = { ...DOCUMENT_LABELS, other: '其他' };

/** 这份材料是?: one button per kind of document; the tap attaches the file to the likely deal. */
export function evidenceAskCard(facts: EvidenceAskFacts): Card {
  const { deal } = facts;
  return {
    id: newCardId(),
    kind: 'evidence-ask',
    title: '这份材料是?',
    fields: [
      { label: '文件', value: facts.fileName ?? (facts.fileKind === 'image' ? '图片' : '文件') },
      { label: '记到', value: `${deal.customerName} · ${deal.title ?? '未命名商机'} · ${STAGE_LABELS[deal.stage]}` },
    ],
    buttons: [
      ...DOCUMENT_KINDS.map((kind) => ({
        actionId: `${DOCUMENT_ACTION_PREFIX}${kind}`,
        label: BUTTON_LABELS[kind],
        style: 'secondary' as const,
      })),
      ...(facts.otherDeals ? [{ actionId: CHANGE_DEAL_ACTION, label: '换商机', style: 'secondary' as const }] : []),
    ],
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

/** 这份材料属于哪个商机?: asked first when nothing tells which deal a file is about, or after 换商机. */
export function evidenceDealCard(fileName: string | null, deals: readonly DealChoice[]): Card {
  const shown = deals.slice(0, MAX_DEALS);
  return {
    id: newCardId(),
    kind: 'evidence-ask',
    title: '这份材料属于哪个商机?',
    fields: [
      { label: '文件', value: fileName ?? '图片/文件' },
      ...(deals.length > MAX_DEALS
        ? [{ label: '提示', value: `只列出最近跟进的 ${MAX_DEALS} 个;其他商机请在文件名里写上客户名后重发` }]
        : []),
    ],
    buttons: shown.map((deal) => ({
      actionId: `${DEAL_ACTION_PREFIX}${deal.id}`,
      label: `${deal.customerName} · ${deal.title ?? STAGE_LABELS[deal.stage]}`,
      short: `${shortCompanyName(deal.customerName)}·${STAGE_LABELS[deal.stage]}`,
      style: 'secondary' as const,
    })),
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

export function documentOfAction(actionId: string): DocumentKind | null {
  const kind = actionId.slice(DOCUMENT_ACTION_PREFIX.length);
  return actionId.startsWith(DOCUMENT_ACTION_PREFIX) && (DOCUMENT_KINDS as readonly string[]).includes(kind)
    ? (kind as DocumentKind)
    : null;
}

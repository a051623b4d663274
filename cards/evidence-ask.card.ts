import { DOCUMENT_KINDS, DOCUMENT_LABELS, type DocumentKind } from '../src/domain/stage-rules';
import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card } from './card';

export const DOCUMENT_ACTION_PREFIX = 'doc:';

export interface EvidenceAskFacts {
  fileName: string | null;
  fileKind: 'image' | 'file' | 'voice' | 'video';
  deal: { customerName: string; title: string | null; stage: Stage };
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
    buttons: DOCUMENT_KINDS.map((kind) => ({ actionId: `${DOCUMENT_ACTION_PREFIX}${kind}`, label: BUTTON_LABELS[kind], style: 'secondary' as const })),
    links: [],
    state: 'open',
  };
}

export function documentOfAction(actionId: string): DocumentKind | null {
  const kind = actionId.slice(DOCUMENT_ACTION_PREFIX.length);
  return actionId.startsWith(DOCUMENT_ACTION_PREFIX) && (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : null;
}

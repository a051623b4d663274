import { parseEvidence, statedReason } from '../domain/evidence-parser';
import { fitText, TEXT_LENGTHS } from '../domain/value-limits';
import type { Extraction } from './extraction';

/** 退回原因:… — a rep's answer to why they returned a lead. */
const RETURN_REASON = /^\s*退回原因\s*[::]\s*(.+)$/s;

/**
 * Statements a rep writes by form rather than by free speech (痛点:1.…, 演示方式:远程, 第二轮报价,
 * 退回原因:…, a move's 因为预算砍了), read once where a message is understood, whichever path understood it, so
 * the flows act on the extraction alone and never re-read the text. Fields appear only when present.
 */
export function withStatements(extraction: Extraction, text: string): Extraction {
  const evidence = parseEvidence(text, extraction.competitors);
  const returnReason = text.match(RETURN_REASON)?.[1].trim();
  // A reason is read only for a move (改成丢单,预算砍了); elsewhere the words after a clause are no reason.
  const reason = extraction.stage ? statedReason(text) : null;
  return {
    ...extraction,
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(returnReason ? { returnReason: fitText(returnReason, TEXT_LENGTHS.reason) } : {}),
    ...(reason ? { reason: fitText(reason, TEXT_LENGTHS.reason) } : {}),
  };
}

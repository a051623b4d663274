import type { Evidence } from '../domain/deal-evidence';
import { DEMO_FORM_LABELS, PRICE_SENSITIVITY_LABELS } from '../domain/deal-evidence';
import { CONTACT_ROLE_LABELS } from '../domain/people';
import { DOCUMENT_LABELS, LETTER_TERM_LABELS } from '../domain/stage-rules';

/** How records read for people on the pages and in the exported workbook. */

export const CONFIRMED_BY: Record<string, string> = { card: '卡片确认', message: '消息确认', import: '导入', system: '系统' };

export const PLATFORM_LABELS: Record<string, string> = { wecom: '企业微信', dingtalk: '钉钉', console: '控制台' };

/** A piece of evidence in a line: what it is and what it says. */
export function evidenceText(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'decision_chain':
      return `决策链:${evidence.people.map((p) => `${p.name}(${CONTACT_ROLE_LABELS[p.role]})`).join('、')}`;
    case 'pain_points':
      return `客户痛点:${evidence.points.join('、')}`;
    case 'document': {
      const covers = evidence.covers.length > 0 ? `(含${evidence.covers.map((t) => LETTER_TERM_LABELS[t]).join('、')})` : '';
      return [`${DOCUMENT_LABELS[evidence.document]}${covers}`, evidence.fileName].filter(Boolean).join(' ');
    }
    case 'demo_form':
      return `演示方式:${DEMO_FORM_LABELS[evidence.form]}`;
    case 'customer_feedback':
      return `客户反馈:${evidence.keywords.join('、')}`;
    case 'quote_round':
      return `报价${evidence.round !== null ? `第${evidence.round}轮` : ''}${evidence.competitors.length > 0 ? `,竞品:${evidence.competitors.join('、')}` : ''}`;
    case 'price_sensitivity':
      return `价格敏感度:${PRICE_SENSITIVITY_LABELS[evidence.level]}${evidence.reason ? `(${evidence.reason})` : ''}`;
  }
}

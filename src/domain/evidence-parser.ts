import type { Evidence, DemoForm, PriceSensitivity } from './deal-evidence';
import type { ContactRole } from './people';
import { LETTER_TERMS, type LetterTerm } from './stage-rules';
import { fitText, TEXT_LENGTHS } from './value-limits';
import { parseChineseNumber } from './chinese-numerals';

/**
 * Evidence statements reps type in chat (`痛点:1.换模慢 2.能耗高`, `演示方式:远程`, `第二轮报价,竞品是力士乐`).
 * One message may hold several; each labelled part runs until the next label.
 */

const LABELS = /(决策链|痛点|演示方式|演示形式|客户反馈|反馈|确认函|价格敏感度?|(?:丢单|退回)?原因)\s*[::]/g;
const LIST_SEPARATORS = /\s*(?:\d+\s*[.、)]|[,，、;；。]|\s)\s*/;

const ROLE_WORDS: Array<[RegExp, ContactRole]> = [
  [/(?:是|为)?(?:使用人|使用者|用户|用的人)$/, 'user'],
  [/(?:是|为)?影响人$/, 'influencer'],
  [/(?:是|为)?(?:决策人|拍板的?人?|拍板|签字的?人?)$/, 'decision_maker'],
];

const DEMO_FORMS: Array<[RegExp, DemoForm]> = [
  [/现场/, 'onsite'],
  [/远程|线上|视频会/, 'remote'],
  [/录屏|录像|视频演示/, 'recorded'],
];

const SENSITIVITY: Record<string, PriceSensitivity> = { 高: 'high', 中: 'medium', 低: 'low' };

const TERM_WORDS: Record<LetterTerm, RegExp> = {
  payment_terms: /付款|账期|预付|回款|分期/,
  delivery_period: /交期|交货|货期|交付/,
  acceptance_criteria: /验收/,
};

export function parseEvidence(text: string, knownCompetitors: readonly string[] = []): Evidence[] {
  const parts = labelledParts(text);
  const found: Evidence[] = [];

  const chain = parts.get('决策链');
  if (chain) {
    const people = splitList(chain).flatMap((item) => {
      const role = ROLE_WORDS.find(([pattern]) => pattern.test(item));
      // A name becomes a contact: cut to what the contacts' column keeps.
      return role ? [{ name: fitText(item.replace(role[0], ''), TEXT_LENGTHS.personName), role: role[1] }] : [];
    });
    if (people.length > 0) found.push({ kind: 'decision_chain', people: people.filter((p) => p.name.length > 0) });
  }

  const pains = parts.get('痛点');
  if (pains) {
    const points = splitList(pains);
    if (points.length > 0) found.push({ kind: 'pain_points', points });
  }

  const demo = parts.get('演示方式') ?? parts.get('演示形式') ?? text.match(/(现场|远程|录屏)演示/)?.[1];
  const form = demo ? DEMO_FORMS.find(([pattern]) => pattern.test(demo))?.[1] : undefined;
  if (form) found.push({ kind: 'demo_form', form });

  const feedback = parts.get('客户反馈') ?? parts.get('反馈');
  if (feedback) {
    const keywords = splitList(feedback);
    if (keywords.length > 0) found.push({ kind: 'customer_feedback', keywords });
  }

  const round = text.match(/第\s*([一二两三四五六七八九十\d]+)\s*轮报价|报价第\s*([一二两三四五六七八九十\d]+)\s*轮/);
  if (round) {
    const named = text.match(/竞品(?:是|为|有|[::])\s*([^,，;；。]+)/)?.[1];
    const competitors = [...new Set([...(named ? splitList(named.replace(/和|跟|与/g, '、')) : []), ...knownCompetitors])];
    found.push({ kind: 'quote_round', round: parseChineseNumber(round[1] ?? round[2]), competitors });
  }

  const sensitivity = text.match(/价格敏感度?\s*[::]?\s*(?:是|为)?\s*([高中低])/);
  if (sensitivity) found.push({ kind: 'price_sensitivity', level: SENSITIVITY[sensitivity[1]], reason: statedReason(text) });

  const letter = parts.get('确认函');
  if (letter) {
    const covers = LETTER_TERMS.filter((term) => TERM_WORDS[term].test(letter));
    found.push({ kind: 'document', document: 'confirmation_letter', fromFile: false, fileName: null, covers });
  }
  return found;
}

/**
 * The reason a message gives (因为…, 原因:…), or else what follows its first clause:
 * `华信丢了,客户选了力士乐` → `客户选了力士乐`; `华信丢了` → null.
 */
export function statedReason(text: string): string | null {
  const explicit = text.match(/(?:因为|由于|原因\s*(?:是|为|[::]))\s*(.+)$/)?.[1];
  const rest =
    explicit ??
    text
      .split(/[,，;；。]/)
      .slice(1)
      .join(',');
  const reason = rest.trim().replace(/[,，;；。!！]+$/, '');
  return reason.length > 0 ? reason : null;
}

function labelledParts(text: string): Map<string, string> {
  const marks = [...text.matchAll(LABELS)];
  const parts = new Map<string, string>();
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    parts.set(mark[1], text.slice(mark.index + mark[0].length, end).trim());
  });
  return parts;
}

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(LIST_SEPARATORS)
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    ),
  ];
}

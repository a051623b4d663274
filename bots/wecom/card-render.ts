import type { Card, CardButton, CardField } from '../../cards/card';

/**
 * WeCom's template-card limits (message/send, /document/path/90236). Counts and byte sizes are
 * enforced with errcodes; the character lengths are WeCom's display recommendations, past which the
 * client shows the text cut with "…": the layout below keeps what carries the point within them.
 */
export const WECOM_CARD_LIMITS = {
  title: 36,
  desc: 44,
  subTitle: 160,
  keyname: 5,
  value: 30,
  fields: 6,
  buttons: 6,
  buttonText: 10,
  buttonKeyBytes: 1024,
  jumps: 3,
  jumpTitle: 18,
  replaceText: 30,
} as const;

const TASK_ID = /^[A-Za-z0-9_@-]{1,128}$/;
const STYLE: Record<CardButton['style'], number> = { primary: 1, secondary: 2, danger: 3 };
const STATE_TEXT = { open: '处理中', done: '已完成', cancelled: '已取消' } as const;

export type TemplateCard = Record<string, unknown>;

export class CardRenderError extends Error {
  readonly code = 'CARD_UNRENDERABLE';
}

/**
 * A neutral card as WeCom's template_card: `button_interaction` when it has buttons, `text_notice`
 * otherwise. The layout keeps every word within WeCom's display recommendations, so the client cuts
 * nothing: a field fits as a key–value row, or as its narrow `row` (a deal: short name, silence,
 * amount, owner) with the rest on a line of the quote area, or whole as a line of the quote area.
 * Page links are buttons that open the page (or the jump list of a text_notice), and the card opens
 * the first.
 */
export function renderCard(card: Card, fallbackUrl: string): TemplateCard {
  const buttons = usableButtons(card.buttons);
  if (buttons.length === 0) return textNotice(card, fallbackUrl);
  const labels = new Set(buttons.map((button) => button.label));
  const linkButtons = card.links
    .filter((link) => !labels.has(link.label) && fits(link.label, WECOM_CARD_LIMITS.buttonText))
    .slice(0, WECOM_CARD_LIMITS.buttons - buttons.length)
    .map((link) => ({ text: link.label, style: STYLE.secondary, type: 1, url: link.url }));
  return {
    card_type: 'button_interaction',
    ...content(card),
    ...(card.links[0] ? { card_action: { type: 1, url: card.links[0].url } } : {}),
    task_id: taskId(card),
    button_list: [
      ...buttons.map((button) => ({ text: buttonText(button), style: STYLE[button.style], key: button.actionId })),
      ...linkButtons,
    ],
  };
}

/**
 * A used card for update_template_card: same task, its buttons greyed out under `replace_text`
 * (the note, e.g. "已撤销 · 张伟 · 3月4日 周三 10:20"). WeCom wants a button list even then, so the
 * closed card carries one inert button.
 */
export function renderClosedCard(card: Card): TemplateCard {
  const replaceText = cut(card.note ?? STATE_TEXT[card.state], WECOM_CARD_LIMITS.replaceText);
  return {
    card_type: 'button_interaction',
    ...content(card),
    task_id: taskId(card),
    button_list: [{ text: STATE_TEXT[card.state], style: 2, key: card.state }],
    replace_text: replaceText,
  };
}

function textNotice(card: Card, fallbackUrl: string): TemplateCard {
  const jumps = card.links
    .slice(0, WECOM_CARD_LIMITS.jumps)
    .map((link) => ({ type: 1, title: cut(link.label, WECOM_CARD_LIMITS.jumpTitle), url: link.url }));
  return {
    card_type: 'text_notice',
    ...content(card),
    ...(jumps.length > 0 ? { jump_list: jumps } : {}),
    // Required on text_notice (42045): the card's first link, else the configured page.
    card_action: { type: 1, url: card.links[0]?.url ?? fallbackUrl },
  };
}

type Row = { keyname: string; value: string };

/**
 * Title, subtitle, rows and the quote area. Rows past the sixth go to the quote area too; the quote
 * area has no length recommendation in WeCom's docs, and each of its lines is one field.
 */
function content(card: Card): TemplateCard {
  const rows: Row[] = [];
  const lines: string[] = [];
  for (const field of card.fields) {
    const fitted = rows.length < WECOM_CARD_LIMITS.fields ? rowOf(field) : null;
    if (!fitted) lines.push(`${field.label}:${field.value}`);
    else {
      rows.push(fitted.row);
      if (fitted.rest) lines.push(`${fitted.row.keyname}:${fitted.rest}`);
    }
  }
  return {
    main_title: {
      title: cut(card.title, WECOM_CARD_LIMITS.title),
      ...(card.state !== 'open' && card.note ? { desc: cut(card.note, WECOM_CARD_LIMITS.desc) } : {}),
    },
    ...(lines.length > 0 ? { quote_area: { type: 0, quote_text: lines.join('\n') } } : {}),
    ...(card.subtitle ? { sub_title_text: cut(card.subtitle, WECOM_CARD_LIMITS.subTitle) } : {}),
    ...(rows.length > 0 ? { horizontal_content_list: rows } : {}),
  };
}

/** The field as a row that fits whole: itself, else its narrow `row` and the rest; null when neither fits. */
function rowOf(field: CardField): { row: Row; rest?: string } | null {
  const { keyname, value } = WECOM_CARD_LIMITS;
  if (fits(field.label, keyname) && fits(field.value, value) && !field.value.includes('\n'))
    return { row: { keyname: field.label, value: field.value } };
  if (field.row && fits(field.row.label, keyname) && fits(field.row.value, value))
    return { row: { keyname: field.row.label, value: field.row.value }, rest: field.row.rest };
  return null;
}

/** The label when it fits a WeCom button, else its short form; cut only when neither fits. */
function buttonText(button: CardButton): string {
  const max = WECOM_CARD_LIMITS.buttonText;
  return fits(button.label, max) || !button.short ? cut(button.label, max) : cut(button.short, max);
}

function fits(text: string, max: number): boolean {
  return Array.from(text.trim()).length <= max;
}

/** Buttons WeCom accepts: a key of at most 1024 bytes, each key once, at most 6. */
function usableButtons(buttons: readonly CardButton[]): CardButton[] {
  const seen = new Set<string>();
  return buttons
    .filter((button) => {
      const bytes = Buffer.byteLength(button.actionId, 'utf8');
      if (bytes === 0 || bytes > WECOM_CARD_LIMITS.buttonKeyBytes || seen.has(button.actionId)) return false;
      seen.add(button.actionId);
      return true;
    })
    .slice(0, WECOM_CARD_LIMITS.buttons);
}

function taskId(card: Card): string {
  if (!TASK_ID.test(card.id))
    throw new CardRenderError(`card id ${JSON.stringify(card.id)} cannot be a WeCom task_id ([A-Za-z0-9_@-]{1,128})`);
  return card.id;
}

/** At most `max` characters (code points, so no surrogate pair is split), ending in "…" when cut. */
export function cut(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

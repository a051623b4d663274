import type { Card, CardButton } from '../../cards/card';

/** Button slots in card-template.json; the card catalogue never needs more than six. */
export const BUTTON_SLOTS = 6;
/** DingTalk refuses cardParamMap values over 1 KB. */
const PARAM_MAX_BYTES = 1_000;
const TITLE_MAX_CHARS = 60;
const BUTTON_MAX_CHARS = 20;
/** Robot markdown: DingTalk advises staying well under 5,000 characters. */
const MARKDOWN_MAX_BYTES = 4_000;

export type CardParamMap = Record<string, string>;

/**
 * DingTalk's public MarkdownButton template (shipped with its official Stream SDKs, usable by any
 * org): a title, a markdown body, a tips line and buttons. The default, so no template has to be
 * built in the card designer; see docs/decisions.md for what is and is not confirmed about it.
 */
export const BUILTIN_CARD_TEMPLATE_ID = '1366a1eb-bc54-4859-ac88-517c56a9acb1.schema';

/** A card with buttons as the variables of the template `templateId`: the built-in one, or ours (card-template.json). */
export function cardParamMap(templateId: string, card: Card): CardParamMap {
  return templateId === BUILTIN_CARD_TEMPLATE_ID ? markdownButtonParams(card) : customTemplateParams(card);
}

const BUTTON_COLORS: Record<CardButton['style'], string> = { primary: 'blue', secondary: 'gray', danger: 'red' };

/**
 * The MarkdownButton template's variables. A button with `request: true` calls back over the stream
 * with its `params`, and its `id` in actionIds: the action goes in both, so either one identifies the
 * tap. Page links are buttons too (a `url` opens the page), which leaves the markdown to the fields.
 * When that makes the buttons too long for one variable, `params` alone carries the action, and then
 * the links go back in the markdown.
 */
function markdownButtonParams(card: Card): CardParamMap {
  const buttons = (withId: boolean, withLinks: boolean) =>
    JSON.stringify({
      msgButtons: [
        ...card.buttons.map((button) => ({
          text: buttonText(button),
          color: BUTTON_COLORS[button.style],
          ...(withId ? { id: button.actionId } : {}),
          request: true,
          params: { actionId: button.actionId },
        })),
        ...(withLinks ? card.links.map((link) => ({ text: cutChars(link.label, BUTTON_MAX_CHARS), color: 'gray', url: link.url })) : []),
      ],
    });
  const layouts = [
    { withId: true, withLinks: true },
    { withId: false, withLinks: true },
    { withId: true, withLinks: false },
    { withId: false, withLinks: false },
  ];
  const chosen = layouts.find((l) => bytes(buttons(l.withId, l.withLinks)) <= PARAM_MAX_BYTES) ?? layouts[3]!;
  return {
    title: cutChars(card.title, TITLE_MAX_CHARS),
    markdown: fittedBody(card, card.subtitle ? [card.subtitle] : [], PARAM_MAX_BYTES, !chosen.withLinks),
    tips: cutBytes(card.note ?? '', PARAM_MAX_BYTES),
    sys_full_json_obj: buttons(chosen.withId, chosen.withLinks),
  };
}

/** The label when it fits a button, else its short form; cut only when neither fits. */
function buttonText(button: CardButton): string {
  return [...button.label].length <= BUTTON_MAX_CHARS || !button.short
    ? cutChars(button.label, BUTTON_MAX_CHARS)
    : cutChars(button.short, BUTTON_MAX_CHARS);
}

/**
 * A card with buttons as the variables of card-template.json. Every value is a string, as the
 * card API requires: booleans are "true"/"false"; lists live in the markdown `body`.
 */
function customTemplateParams(card: Card): CardParamMap {
  const params: CardParamMap = {
    title: cutChars(card.title, TITLE_MAX_CHARS),
    subtitle: cutBytes(card.subtitle ?? '', PARAM_MAX_BYTES),
    body: fittedBody(card, [], PARAM_MAX_BYTES),
    note: cutBytes(card.note ?? '', PARAM_MAX_BYTES),
    state: card.state,
    lastMessage: cutChars(card.title, TITLE_MAX_CHARS),
    has_buttons: String(card.buttons.length > 0),
  };
  for (let slot = 1; slot <= BUTTON_SLOTS; slot++) Object.assign(params, buttonParams(slot, card.buttons[slot - 1]));
  return params;
}

function buttonParams(slot: number, button: CardButton | undefined): CardParamMap {
  return {
    [`btn${slot}_visible`]: String(button !== undefined),
    [`btn${slot}_text`]: button ? buttonText(button) : '',
    [`btn${slot}_action`]: button?.actionId ?? '',
    [`btn${slot}_style`]: button?.style ?? 'secondary',
  };
}

/** A page opened from a card: DingTalk's own link scheme, in the side panel on the desktop client (pc_slide). */
export function dingtalkPageLink(url: string): string {
  return `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(url)}&pc_slide=true`;
}

/** A card without buttons as a robot markdown message (no template or callback needed). */
export function cardMarkdown(card: Card): { title: string; text: string } {
  const head = [`#### ${card.title}`, ...(card.subtitle ? [card.subtitle] : [])];
  const tail = card.note ? [`> ${card.note}`] : [];
  const budget = MARKDOWN_MAX_BYTES - bytes([...head, ...tail].join('\n\n'));
  const text = [...head, fittedBody(card, [], budget), ...tail].filter(Boolean).join('\n\n');
  return { title: cutChars(card.title, TITLE_MAX_CHARS), text };
}

/**
 * `head` and the fields within `maxBytes`: whole, else with each field that has a narrow `row` as that
 * row and its rest (a deal by its short name: six deals fit where five did), else cut as "…还有 N 条".
 */
function fittedBody(card: Card, head: readonly string[], maxBytes: number, withLinks = true): string {
  const whole = [...head, ...bodyLines(card, false, withLinks)].join('\n\n');
  return bytes(whole) <= maxBytes ? whole : fitLines([...head, ...bodyLines(card, true, withLinks)], maxBytes);
}

/** Fields as markdown lines (a multi-line value becomes a list), then links; `narrow`: fields by their rows. */
function bodyLines(card: Card, narrow: boolean, withLinks: boolean): string[] {
  const lines: string[] = [];
  for (const field of card.fields) {
    if (narrow && field.row) {
      lines.push([`**${field.row.label}**:${field.row.value}`, ...(field.row.rest ? [field.row.rest] : [])].join(' · '));
      continue;
    }
    const values = field.value.split('\n').filter((line) => line.trim() !== '');
    if (values.length <= 1) lines.push(`**${field.label}**:${values[0] ?? ''}`);
    else lines.push(`**${field.label}**`, ...values.map((value) => `- ${value}`));
  }
  if (withLinks) for (const link of card.links) lines.push(`[${link.label}](${link.url})`);
  return lines;
}

/** Joins lines within `maxBytes`; what does not fit is cut as "…还有 N 条". */
export function fitLines(lines: readonly string[], maxBytes: number): string {
  const joined = lines.join('\n\n');
  if (bytes(joined) <= maxBytes) return joined;
  for (let keep = lines.length - 1; keep >= 0; keep--) {
    const text = [...lines.slice(0, keep), `…还有 ${lines.length - keep} 条`].join('\n\n');
    if (bytes(text) <= maxBytes) return text;
  }
  return '';
}

function cutChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function cutBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  let out = '';
  for (const char of text) {
    if (bytes(`${out}${char}…`) > maxBytes) break;
    out += char;
  }
  return `${out}…`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

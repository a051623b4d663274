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
 * tap, unless that makes the buttons too long for one variable; then `params` alone carries it.
 */
function markdownButtonParams(card: Card): CardParamMap {
  const buttons = (withId: boolean) =>
    JSON.stringify({
      msgButtons: card.buttons.map((button) => ({
        text: cutChars(button.label, BUTTON_MAX_CHARS),
        color: BUTTON_COLORS[button.style],
        ...(withId ? { id: button.actionId } : {}),
        request: true,
        params: { actionId: button.actionId },
      })),
    });
  const withIds = buttons(true);
  return {
    title: cutChars(card.title, TITLE_MAX_CHARS),
    markdown: fitLines([...(card.subtitle ? [card.subtitle] : []), ...bodyLines(card)], PARAM_MAX_BYTES),
    tips: cutBytes(card.note ?? '', PARAM_MAX_BYTES),
    sys_full_json_obj: bytes(withIds) <= PARAM_MAX_BYTES ? withIds : buttons(false),
  };
}

/**
 * A card with buttons as the variables of card-template.json. Every value is a string, as the
 * card API requires: booleans are "true"/"false"; lists live in the markdown `body`.
 */
function customTemplateParams(card: Card): CardParamMap {
  const params: CardParamMap = {
    title: cutChars(card.title, TITLE_MAX_CHARS),
    subtitle: cutBytes(card.subtitle ?? '', PARAM_MAX_BYTES),
    body: fitLines(bodyLines(card), PARAM_MAX_BYTES),
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
    [`btn${slot}_text`]: cutChars(button?.label ?? '', BUTTON_MAX_CHARS),
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
  const text = [...head, fitLines(bodyLines(card), budget), ...tail].filter(Boolean).join('\n\n');
  return { title: cutChars(card.title, TITLE_MAX_CHARS), text };
}

/** Fields as markdown lines (a multi-line value becomes a list), then links. */
function bodyLines(card: Card): string[] {
  const lines: string[] = [];
  for (const field of card.fields) {
    const values = field.value.split('\n').filter((line) => line.trim() !== '');
    if (values.length <= 1) lines.push(`**${field.label}**:${values[0] ?? ''}`);
    else lines.push(`**${field.label}**`, ...values.map((value) => `- ${value}`));
  }
  for (const link of card.links) lines.push(`[${link.label}](${link.url})`);
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

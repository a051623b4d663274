/**
 * A template_card as the WeCom client lays it out on a phone, as text: title, quote area, subtitle,
 * key–value rows, buttons, jump links, in that order. The client shows what is longer than WeCom's
 * display recommendations (90236: "建议不超过N个字") cut with "…"; so does this view. The numbers are
 * written out here, not taken from the renderer under test. The quote area has no recommendation in
 * the docs and is shown whole.
 */
const SHOWN = { title: 36, desc: 44, subTitle: 160, keyname: 5, value: 30, buttonText: 10, jumpTitle: 18 } as const;

export interface PhoneView {
  title: string;
  quote: string[];
  subtitle: string;
  rows: { key: string; value: string }[];
  buttons: string[];
  jumps: string[];
  /** The whole card, one shown line a line. */
  text: string;
}

interface WecomCard {
  main_title?: { title?: string; desc?: string };
  quote_area?: { title?: string; quote_text?: string };
  sub_title_text?: string;
  horizontal_content_list?: { keyname: string; value?: string }[];
  button_list?: { text: string }[];
  jump_list?: { title: string }[];
  replace_text?: string;
}

export function phoneView(card: WecomCard): PhoneView {
  const title = shown(card.main_title?.title ?? '', SHOWN.title);
  const desc = shown(card.main_title?.desc ?? '', SHOWN.desc);
  const quote = [card.quote_area?.title ?? '', ...(card.quote_area?.quote_text ?? '').split('\n')].filter(Boolean);
  const subtitle = shown(card.sub_title_text ?? '', SHOWN.subTitle);
  const rows = (card.horizontal_content_list ?? []).map((row) => ({
    key: shown(row.keyname, SHOWN.keyname),
    value: shown(row.value ?? '', SHOWN.value),
  }));
  // A used card's buttons are one grey line of its replace_text.
  const buttons = card.replace_text ? [card.replace_text] : (card.button_list ?? []).map((b) => shown(b.text, SHOWN.buttonText));
  const jumps = (card.jump_list ?? []).map((jump) => shown(jump.title, SHOWN.jumpTitle));
  const text = [
    title,
    desc,
    ...quote.map((line) => `┃ ${line}`),
    subtitle,
    ...rows.map((row) => `${row.key}  ${row.value}`),
    buttons.map((b) => `[${b}]`).join(' '),
    ...jumps.map((jump) => `${jump} ›`),
  ]
    .filter(Boolean)
    .join('\n');
  return { title, quote, subtitle, rows, buttons, jumps, text };
}

function shown(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

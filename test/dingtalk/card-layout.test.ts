import { describe, expect, it } from 'vitest';
import { BUILTIN_CARD_TEMPLATE_ID, cardMarkdown, cardParamMap } from '../../bots/dingtalk/card-render';
import type { Card } from '../../cards/card';
import { markdownButtonTemplate, phoneText, salesbotTemplate, type TemplateRenderer } from '../fakes/dingtalk/card-view';
import { everyCardKind } from '../support/every-card-kind';

const samples = Object.entries(everyCardKind()).flatMap(([kind, cards]) => cards.map((card, i) => ({ name: `${kind} #${i + 1}`, card })));
const TEMPLATES: [string, string, TemplateRenderer][] = [
  ['MarkdownButton', BUILTIN_CARD_TEMPLATE_ID, markdownButtonTemplate],
  ['our template', 'tpl-salesbot.schema', salesbotTemplate],
];

/** The card as a DingTalk phone shows it: a template card when it has buttons, else a markdown message. */
function shown(card: Card, templateId: string, template: TemplateRenderer): { text: string; buttons: string[] } {
  if (card.buttons.length === 0) {
    const { title, text } = cardMarkdown(card);
    return { text: phoneText({ title, body: text, note: '', buttons: [] }), buttons: [] };
  }
  const view = template(cardParamMap(templateId, card));
  return { text: phoneText(view), buttons: view.buttons.map((b) => b.text) };
}

describe.each(TEMPLATES)('every card kind as a DingTalk phone shows it (%s)', (_, templateId, template) => {
  it.each(samples)('$name: every field whole, or as its row and the rest; nothing left off; buttons and page links whole', ({ card }) => {
    const phone = shown(card, templateId, template);
    const lines = phone.text.split('\n');
    for (const field of card.fields) {
      const whole = lines.includes(`${field.label}:${field.value}`);
      const asRow =
        field.row !== undefined && lines.includes([`${field.row.label}:${field.row.value}`, field.row.rest].filter(Boolean).join(' · '));
      expect(whole || asRow, `${field.label}:${field.value}\n${phone.text}`).toBe(true);
    }
    expect(phone.text).not.toMatch(/…还有 \d+ 条/);
    expect(phone.buttons).toHaveLength(card.buttons.length);
    phone.buttons.forEach((text, i) => expect([card.buttons[i]!.label, card.buttons[i]!.short]).toContain(text));
    for (const link of card.links) expect(phone.text).toContain(`${link.label} ›`);
  });
});

describe('the Friday list on DingTalk', () => {
  it('shows all six deals, by their short names when full names would not fit, with silence, last thing said and tags', () => {
    const [friday] = everyCardKind()['friday-warning'];
    const phone = shown(friday!, BUILTIN_CARD_TEMPLATE_ID, markdownButtonTemplate);
    expect(phone.text).toContain(
      '江南精密:沉默3天 · 150万元 · 刘洋 · 商务谈判 · 「江总说价格还要再压一压,下周三前给答复,竞品报价低了百分之八」 · 价格、竞品',
    );
    expect(phone.text).toContain('金盛电气:沉默3天 · 45万元 · 王芳 · 方案演示 · 「演示效果满意,等上会审批」 · 上会审批、临近签约');
  });

  it('keeps full customer names where they fit', () => {
    const [friday] = everyCardKind()['friday-warning'];
    const phone = shown({ ...friday!, fields: friday!.fields.slice(0, 2) }, BUILTIN_CARD_TEMPLATE_ID, markdownButtonTemplate);
    expect(phone.text).toContain('无锡江南精密机械有限公司:刘洋 · 商务谈判 · 沉默3天 · 150万元');
  });
});

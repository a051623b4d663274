import { describe, expect, it } from 'vitest';
import { closeCard, type Card } from '../../cards/card';
import { activityReceiptCard } from '../../cards/activity-receipt.card';
import { CardRenderError, cut, renderCard, renderClosedCard, WECOM_CARD_LIMITS } from '../../bots/wecom/card-render';

const FALLBACK = 'https://crm.example.com/';
const card = (overrides: Partial<Card> = {}): Card => ({
  id: 'card_0123456789abcdef',
  kind: 'activity-receipt',
  title: '已记录 · 华信精密机械有限公司',
  subtitle: '聊了液压泵升级,客户担心售后',
  fields: [{ label: '信号', value: '售后顾虑' }],
  buttons: [
    { actionId: 'undo', label: '撤销', style: 'secondary' },
    { actionId: 'change-customer', label: '改客户', style: 'secondary' },
  ],
  links: [],
  state: 'open',
  ...overrides,
});

describe('neutral card → WeCom template_card', () => {
  it('renders a card with buttons as button_interaction, task_id = card id, keys = action ids', () => {
    const rendered = renderCard(card(), FALLBACK);
    expect(rendered).toMatchObject({
      card_type: 'button_interaction',
      task_id: 'card_0123456789abcdef',
      main_title: { title: '已记录 · 华信精密机械有限公司' },
      sub_title_text: '聊了液压泵升级,客户担心售后',
      horizontal_content_list: [{ keyname: '信号', value: '售后顾虑' }],
      button_list: [
        { text: '撤销', key: 'undo', style: 2 },
        { text: '改客户', key: 'change-customer', style: 2 },
      ],
    });
    expect(rendered).not.toHaveProperty('replace_text');
  });

  it("shows a receipt's note that a long message was cut whole, within a field's 30 characters", () => {
    const receipt = activityReceiptCard({
      customerName: '华信精密机械有限公司',
      deal: null,
      tags: [],
      commitment: null,
      completed: null,
      amount: null,
      rejectedAmount: null,
      contacts: [],
      summary: '今天跟华信王总把全年的项目过了一遍…',
      readChars: 19_987,
      timeZone: 'Asia/Shanghai',
    });
    const note = receipt.fields.find((f) => f.label === '提示')!.value;
    expect(renderCard(receipt, FALLBACK).horizontal_content_list).toContainEqual({ keyname: '提示', value: note });
  });

  it('renders a card without buttons as text_notice with the required card_action', () => {
    expect(renderCard(card({ buttons: [] }), FALLBACK)).toMatchObject({
      card_type: 'text_notice',
      card_action: { type: 1, url: FALLBACK },
    });
    const linked = renderCard(card({ buttons: [], links: [{ label: '查看全部', url: 'https://crm.example.com/list' }] }), FALLBACK);
    expect(linked).toMatchObject({ card_action: { url: 'https://crm.example.com/list' }, jump_list: [{ type: 1, title: '查看全部' }] });
  });

  it('shows 6 fields as rows and the rest, whole, as lines of the quote area', () => {
    const fields = Array.from({ length: 9 }, (_, i) => ({ label: `商机${i + 1}`, value: `客户${i + 1}` }));
    const rendered = renderCard(card({ fields }), FALLBACK);
    expect(rendered.horizontal_content_list).toHaveLength(WECOM_CARD_LIMITS.fields);
    expect(rendered.quote_area).toEqual({ type: 0, quote_text: '商机7:客户7\n商机8:客户8\n商机9:客户9' });
  });

  it('shows a field too long for a row as a line of the quote area, never cut', () => {
    const field = { label: '最后一次跟进', value: '3月1日 周日 14:00 · 江总说价格还要再压一压,下周三前给答复' };
    const rendered = renderCard(card({ fields: [field] }), FALLBACK);
    expect(rendered).not.toHaveProperty('horizontal_content_list');
    expect(rendered.quote_area).toEqual({ type: 0, quote_text: `${field.label}:${field.value}` });
  });

  it("uses a field's narrow row when the field does not fit, with the rest in the quote area", () => {
    const field = {
      label: '无锡江南精密机械有限公司',
      value: '刘洋 · 商务谈判 · 沉默3天 · 150万元 · 「江总说价格还要再压一压」 · 价格',
      row: { label: '江南精密', value: '沉默3天 · 150万元 · 刘洋', rest: '商务谈判 · 「江总说价格还要再压一压」 · 价格' },
    };
    const rendered = renderCard(card({ fields: [field] }), FALLBACK);
    expect(rendered.horizontal_content_list).toEqual([{ keyname: '江南精密', value: '沉默3天 · 150万元 · 刘洋' }]);
    expect(rendered.quote_area).toEqual({ type: 0, quote_text: '江南精密:商务谈判 · 「江总说价格还要再压一压」 · 价格' });
  });

  it("shows a button's short label when its label is longer than WeCom's 10 characters", () => {
    const buttons = [
      { actionId: 'drill:health', label: '查看明细 · 本周过程健康度', short: '本周过程健康度明细', style: 'secondary' as const },
    ];
    expect(renderCard(card({ buttons }), FALLBACK).button_list).toEqual([{ text: '本周过程健康度明细', style: 2, key: 'drill:health' }]);
  });

  it('keeps at most 6 buttons, drops repeated keys and keys over 1024 bytes, and cuts long texts', () => {
    const buttons = [
      ...Array.from({ length: 8 }, (_, i) => ({
        actionId: `pick:${i}`,
        label: `候选客户名称很长很长的公司${i}`,
        style: 'primary' as const,
      })),
      { actionId: 'pick:0', label: '重复', style: 'primary' as const },
    ];
    const rendered = renderCard(
      card({ buttons: [{ actionId: 'x'.repeat(1025), label: '太长', style: 'danger' }, ...buttons], title: '长'.repeat(50) }),
      FALLBACK,
    );
    const list = rendered.button_list as { key: string; text: string }[];
    expect(list.map((b) => b.key)).toEqual(['pick:0', 'pick:1', 'pick:2', 'pick:3', 'pick:4', 'pick:5']);
    expect(Array.from(list[0]!.text)).toHaveLength(WECOM_CARD_LIMITS.buttonText);
    expect(Array.from((rendered.main_title as { title: string }).title)).toHaveLength(WECOM_CARD_LIMITS.title);
  });

  it('refuses a card id that cannot be a task_id', () => {
    expect(() => renderCard(card({ id: 'card with spaces' }), FALLBACK)).toThrow(CardRenderError);
    expect(() => renderCard(card({ id: 'x'.repeat(129) }), FALLBACK)).toThrow(CardRenderError);
  });

  it('renders a used card for update_template_card with replace_text = its note, same task_id', () => {
    const closed = closeCard(card(), 'cancelled', '已撤销 · 张伟 · 3月4日 周三 10:20');
    expect(renderClosedCard(closed)).toMatchObject({
      card_type: 'button_interaction',
      task_id: 'card_0123456789abcdef',
      replace_text: '已撤销 · 张伟 · 3月4日 周三 10:20',
      main_title: { desc: '已撤销 · 张伟 · 3月4日 周三 10:20' },
    });
    expect(renderClosedCard({ ...closed, note: undefined, state: 'done' }).replace_text).toBe('已完成');
  });

  it('cuts by characters without splitting an emoji', () => {
    expect(cut('👍👍👍👍', 3)).toBe('👍👍…');
    expect(cut('短', 3)).toBe('短');
  });
});

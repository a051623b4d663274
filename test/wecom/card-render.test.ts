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

  it('cuts more than 6 fields to 5 and a "还有 N 条" line', () => {
    const fields = Array.from({ length: 9 }, (_, i) => ({ label: `商机${i + 1}`, value: `客户${i + 1}` }));
    const list = renderCard(card({ fields }), FALLBACK).horizontal_content_list as { keyname: string; value: string }[];
    expect(list).toHaveLength(WECOM_CARD_LIMITS.fields);
    expect(list[5]).toEqual({ keyname: '更多', value: '还有 4 条' });
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

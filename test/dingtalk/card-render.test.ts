import { describe, expect, it } from 'vitest';
import { BUILTIN_CARD_TEMPLATE_ID, BUTTON_SLOTS, cardMarkdown, cardParamMap as paramsFor, fitLines } from '../../bots/dingtalk/card-render';
import template from '../../bots/dingtalk/card-template.json';
import type { Card } from '../../cards/card';

const receipt: Card = {
  id: 'card_1',
  kind: 'activity-receipt',
  title: '已记录 · 华信精密机械有限公司',
  subtitle: '聊了液压泵升级',
  fields: [
    { label: '信号', value: '售后顾虑' },
    { label: '承诺', value: '出服务方案 · 3月4日 周三 10:15' },
  ],
  buttons: [
    { actionId: 'undo', label: '撤销', style: 'secondary' },
    { actionId: 'change-customer', label: '改客户', style: 'secondary' },
  ],
  links: [],
  state: 'open',
};

const OURS = 'tpl-ours.schema';
const cardParamMap = (card: Card) => paramsFor(OURS, card);

describe('rendering a neutral card for DingTalk', () => {
  it('fills the template variables with strings only, one slot per button and hidden slots after', () => {
    const params = cardParamMap(receipt);
    expect(Object.values(params).every((value) => typeof value === 'string')).toBe(true);
    expect(params).toMatchObject({
      title: receipt.title,
      state: 'open',
      has_buttons: 'true',
      btn1_text: '撤销',
      btn1_action: 'undo',
      btn1_visible: 'true',
      btn2_action: 'change-customer',
      btn3_visible: 'false',
      [`btn${BUTTON_SLOTS}_visible`]: 'false',
    });
    expect(params.body).toContain('**信号**:售后顾虑');
  });

  it('fills exactly the variables the shipped card template declares', () => {
    expect(Object.keys(cardParamMap(receipt)).sort()).toEqual(template.variables.map((v) => v.name).sort());
  });

  it('keeps every value within 1 KB and cuts a long list with 还有 N 条', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `华信精密机械有限公司 · 张伟 · 需求确认 · 沉默 ${i} 天 · 50万`);
    const params = cardParamMap({ ...receipt, kind: 'friday-warning', fields: [{ label: '沉默商机', value: lines.join('\n') }] });
    for (const value of Object.values(params)) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(1000);
    expect(params.body).toMatch(/…还有 \d+ 条$/);
  });

  it('fills the built-in MarkdownButton template: markdown body, note as tips, buttons that call back with their action', () => {
    const params = paramsFor(BUILTIN_CARD_TEMPLATE_ID, {
      ...receipt,
      buttons: [...receipt.buttons, { actionId: 'done:c1', label: '已完成', style: 'primary' }],
    });
    expect(Object.keys(params).sort()).toEqual(['markdown', 'sys_full_json_obj', 'tips', 'title']);
    expect(params.title).toBe(receipt.title);
    expect(params.markdown).toBe('聊了液压泵升级\n\n**信号**:售后顾虑\n\n**承诺**:出服务方案 · 3月4日 周三 10:15');
    expect(JSON.parse(params.sys_full_json_obj!)).toEqual({
      msgButtons: [
        { text: '撤销', color: 'gray', id: 'undo', request: true, params: { actionId: 'undo' } },
        { text: '改客户', color: 'gray', id: 'change-customer', request: true, params: { actionId: 'change-customer' } },
        { text: '已完成', color: 'blue', id: 'done:c1', request: true, params: { actionId: 'done:c1' } },
      ],
    });
    const used = paramsFor(BUILTIN_CARD_TEMPLATE_ID, { ...receipt, state: 'cancelled', buttons: [], note: '已撤销 · 张伟' });
    expect(used).toMatchObject({ tips: '已撤销 · 张伟', sys_full_json_obj: '{"msgButtons":[]}' });
  });

  it('keeps six long built-in buttons within 1 KB by letting params alone carry the action', () => {
    const buttons = Array.from({ length: BUTTON_SLOTS }, (_, i) => ({
      actionId: `done:${'0'.repeat(35)}${i}`,
      label: '已完成 · 给华信出服务方案和报价…',
      style: 'primary' as const,
    }));
    const params = paramsFor(BUILTIN_CARD_TEMPLATE_ID, { ...receipt, buttons });
    expect(Buffer.byteLength(params.sys_full_json_obj!)).toBeLessThanOrEqual(1000);
    const sent = JSON.parse(params.sys_full_json_obj!).msgButtons as { id?: string; params: { actionId: string } }[];
    expect(sent.map((button) => button.params.actionId)).toEqual(buttons.map((button) => button.actionId));
    expect(sent.every((button) => button.id === undefined)).toBe(true);
  });

  it('shows a used card without buttons and with its note', () => {
    const params = cardParamMap({ ...receipt, state: 'cancelled', buttons: [], note: '已撤销 · 张伟' });
    expect(params).toMatchObject({ state: 'cancelled', has_buttons: 'false', btn1_visible: 'false', note: '已撤销 · 张伟' });
  });

  it('renders a card without buttons as robot markdown with its fields and links', () => {
    const { title, text } = cardMarkdown({ ...receipt, buttons: [], links: [{ label: '查看全部', url: 'https://example.com/deals' }] });
    expect(title).toBe(receipt.title);
    expect(text).toContain('#### 已记录 · 华信精密机械有限公司');
    expect(text).toContain('**承诺**:出服务方案');
    expect(text).toContain('[查看全部](https://example.com/deals)');
  });

  it('fitLines keeps everything that fits and counts what it cut', () => {
    expect(fitLines(['a', 'b'], 100)).toBe('a\n\nb');
    expect(fitLines(['一'.repeat(10), '二'.repeat(10), '三'.repeat(10)], 50)).toBe(`${'一'.repeat(10)}\n\n…还有 2 条`);
  });
});

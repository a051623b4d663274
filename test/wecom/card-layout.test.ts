import { describe, expect, it } from 'vitest';
import { renderCard } from '../../bots/wecom/card-render';
import { SIGNAL_LABELS } from '../../src/domain/signals';
import { phoneView } from '../fakes/wecom';
import { everyCardKind } from '../support/every-card-kind';

type Sent = {
  main_title: { title: string };
  sub_title_text?: string;
  horizontal_content_list?: { keyname: string; value: string }[];
  button_list: { text: string }[];
  jump_list?: { title: string }[];
};

const samples = Object.entries(everyCardKind()).flatMap(([kind, cards]) => cards.map((card, i) => ({ name: `${kind} #${i + 1}`, card })));

describe('every card kind as a WeCom phone shows it', () => {
  it.each(samples)('$name: the client cuts no title, key, value, subtitle or button', ({ card }) => {
    const sent = renderCard(card, 'https://crm.example.com/') as unknown as Sent;
    const phone = phoneView(sent);
    expect(phone.title).toBe(sent.main_title.title);
    expect(phone.subtitle).toBe(sent.sub_title_text ?? '');
    expect(phone.rows.map((r) => [r.key, r.value])).toEqual((sent.horizontal_content_list ?? []).map((r) => [r.keyname, r.value]));
    expect(phone.buttons).toEqual((sent.button_list ?? []).map((b) => b.text));
    expect(phone.jumps).toEqual((sent.jump_list ?? []).map((j) => j.title));
  });

  it.each(samples)('$name: every field is on the phone, whole or as its row and the rest', ({ card }) => {
    const phone = phoneView(renderCard(card, 'https://crm.example.com/'));
    for (const field of card.fields) {
      const whole =
        phone.rows.some((r) => r.key === field.label && r.value === field.value) || phone.quote.includes(`${field.label}:${field.value}`);
      const asRow =
        field.row !== undefined &&
        phone.rows.some((r) => r.key === field.row!.label && r.value === field.row!.value) &&
        (!field.row.rest || phone.quote.includes(`${field.row.label}:${field.row.rest}`));
      expect(whole || asRow, `${field.label}:${field.value}\n${phone.text}`).toBe(true);
    }
  });

  it('the Friday list keeps each customer, the silence, the last thing said and the tags readable', () => {
    const [friday] = everyCardKind()['friday-warning'];
    const phone = phoneView(renderCard(friday!, 'https://crm.example.com/'));
    expect(phone.rows[0]).toEqual({ key: '江南精密', value: '沉默3天 · 150万元 · 刘洋' });
    expect(phone.quote[0]).toBe(
      `江南精密:商务谈判 · 「江总说价格还要再压一压,下周三前给答复,竞品报价低了百分之八」 · ${SIGNAL_LABELS.price}、${SIGNAL_LABELS.competitor}`,
    );
    expect(phone.text).toContain('瑞丰新材:初步接触 · 「对方采购换人了,新联系人还没加上微信」 · 决策人、流失风险、预算');
    expect(phone.buttons).toEqual(['一键提醒', '查看全部']);
  });

  it('briefing buttons say which number they open, and the page links are buttons too', () => {
    const [briefing] = everyCardKind()['briefing-manager'];
    const sent = renderCard(briefing!, 'https://crm.example.com/') as unknown as {
      button_list: ({ text: string } & Record<string, unknown>)[];
    };
    expect(phoneView(sent).buttons).toEqual([
      '昨日新增优质线索明细',
      '逾期商机明细',
      '本周过程健康度明细',
      '风险商机top5明细',
      '团队看板',
      '逾期商机',
    ]);
    expect(sent.button_list[4]).toEqual({ text: '团队看板', style: 2, type: 1, url: 'https://crm.example.com/w/demo/dashboard' });
  });
});

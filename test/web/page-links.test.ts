import { describe, expect, it } from 'vitest';
import { cardMarkdown, dingtalkPageLink } from '../../bots/dingtalk/card-render';
import { renderCard } from '../../bots/wecom/card-render';
import type { Card } from '../../cards/card';
import { archiveLink, dealsLink, withLinks, withOpenablePageLinks } from '../../cards/page-links';

const BASE = 'https://crm.example.com';
const card: Card = withLinks(
  { id: 'card_1', kind: 'friday-warning', title: '本周沉默商机 8 个', fields: [], buttons: [], links: [], state: 'open' },
  dealsLink('demo', { status: 'silent' }),
  archiveLink('demo', 'cus_huaxin'),
);

describe('links from cards to the workspace pages', () => {
  it('keeps the page path in the card, naming the tenant and nothing secret', () => {
    expect(card.links).toEqual([
      { label: '查看全部', url: '/w/demo/deals?status=silent' },
      { label: '客户档案', url: '/w/demo/customers/cus_huaxin' },
    ]);
  });

  it('WeCom: absolute on PUBLIC_BASE_URL, as the card_action and the jump_list', () => {
    const rendered = renderCard(withOpenablePageLinks(card, BASE), 'https://work.weixin.qq.com/');
    expect(rendered.card_action).toEqual({ type: 1, url: `${BASE}/w/demo/deals?status=silent` });
    expect(rendered.jump_list).toEqual([
      { type: 1, title: '查看全部', url: `${BASE}/w/demo/deals?status=silent` },
      { type: 1, title: '客户档案', url: `${BASE}/w/demo/customers/cus_huaxin` },
    ]);
  });

  it("DingTalk: through DingTalk's page link scheme, in the side panel on the desktop", () => {
    const opened = withOpenablePageLinks(card, BASE, dingtalkPageLink);
    expect(opened.links[1]!.url).toBe(
      `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(`${BASE}/w/demo/customers/cus_huaxin`)}&pc_slide=true`,
    );
    expect(cardMarkdown(opened).text).toContain(`[客户档案](${opened.links[1]!.url})`);
  });

  it('without PUBLIC_BASE_URL a chat card carries no page links (a bare path opens nothing there)', () => {
    expect(withOpenablePageLinks(card, null).links).toEqual([]);
    const outside = withLinks(card, { label: '官网', url: 'https://example.com/' });
    expect(withOpenablePageLinks(outside, null).links).toEqual([{ label: '官网', url: 'https://example.com/' }]);
  });
});

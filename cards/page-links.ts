import type { Card, CardLink } from './card';

/**
 * Links from cards to the workspace pages (src/web). A card keeps the page's path; each platform's
 * renderer makes it absolute on PUBLIC_BASE_URL (the console opens it on its own origin). The path
 * names the tenant, so a browser without a session knows which corp signs it in, and nothing secret.
 */
export const PAGE_PATH_PREFIX = '/w/';

export interface DealFilter {
  status?: 'overdue' | 'silent' | 'closing';
  stage?: string;
  owner?: string;
}

export function isPagePath(url: string): boolean {
  return url.startsWith(PAGE_PATH_PREFIX);
}

export function archiveLink(tenantId: string, customerId: string, label = '客户档案'): CardLink {
  return { label, url: `${tenantPath(tenantId)}/customers/${encodeURIComponent(customerId)}` };
}

export function dealsLink(tenantId: string, filter: DealFilter = {}, label = '查看全部'): CardLink {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return { label, url: `${tenantPath(tenantId)}/deals${query.size > 0 ? `?${query}` : ''}` };
}

/** 团队看板, or the records behind one of its numbers (`drill`: a key of `briefingDrills`: leads, overdue, health, activation, advance, closure, risky). */
export function dashboardLink(tenantId: string, drill?: string, label = '团队看板'): CardLink {
  return { label, url: `${tenantPath(tenantId)}/dashboard${drill ? `?drill=${encodeURIComponent(drill)}` : ''}` };
}

export function todosLink(tenantId: string, label = '我的待办'): CardLink {
  return { label, url: `${tenantPath(tenantId)}/todos` };
}

/** The path of a tenant's workspace page (`rest` starts with `/`, its own parts already encoded); '' is the tenant's root. */
export function tenantPath(tenantId: string, rest = ''): string {
  return `${PAGE_PATH_PREFIX}${encodeURIComponent(tenantId)}${rest}`;
}

/** The card with links to pages added after any it has. */
export function withLinks(card: Card, ...links: CardLink[]): Card {
  return { ...card, links: [...card.links, ...links] };
}

/**
 * The card as a chat platform shows it: page paths made absolute on PUBLIC_BASE_URL and passed through
 * `open` (DingTalk opens pages through its own scheme). Without a base a path means nothing in a chat
 * client, so page links are left out.
 */
export function withOpenablePageLinks(card: Card, base: string | null, open: (url: string) => string = (url) => url): Card {
  if (!card.links.some((link) => isPagePath(link.url))) return card;
  const links = card.links.flatMap((link) => (!isPagePath(link.url) ? [link] : base ? [{ ...link, url: open(`${base}${link.url}`) }] : []));
  return { ...card, links };
}

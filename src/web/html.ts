/** Server-rendered HTML: values are escaped unless they are Html already (another template's output). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${name}</p>`: every interpolated value is escaped; arrays are joined; null, undefined and false print nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]!) : ''), ''));
}

/** A whole page: Chinese, phone-width first, the shared stylesheet, and the bottom navigation of the tenant's pages. */
export function page(title: string, body: Html, nav?: { tenantId: string; current: 'todos' | 'deals' | 'dashboard' | null }): string {
  const link = (key: 'todos' | 'deals' | 'dashboard', label: string) =>
    html`<a href="/w/${encodeURIComponent(nav!.tenantId)}/${key}" class="${nav!.current === key ? 'current' : ''}">${label}</a>`;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · 销售助手</title>
        <link rel="stylesheet" href="/w/assets/pages.css" />
      </head>
      <body>
        <main>${body}</main>
        ${nav ? html`<nav class="tabs">${link('todos', '我的待办')}${link('deals', '漏斗/商机')}${link('dashboard', '团队看板')}</nav>` : ''}
      </body>
    </html>`.text;
}

/** A list of items, or one line saying there are none. */
export function listOrEmpty<T>(items: readonly T[], empty: string, item: (each: T) => Html): Html {
  return items.length === 0
    ? html`<p class="empty">${empty}</p>`
    : html`<ul class="list">
        ${items.map(item)}
      </ul>`;
}

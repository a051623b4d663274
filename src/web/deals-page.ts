import { moneyText } from '../../cards/format';
import { archiveLink, dealsLink, tenantPath } from '../../cards/page-links';
import { DEAL_STATUSES, type DealsView } from './deals-view';
import { html, listOrEmpty, page } from './html';

/** 漏斗/商机: counts and amounts per stage (each a filter), the filters, and the deals, each opening its archive. */
export function dealsPage(tenantId: string, view: DealsView): string {
  const { filter } = view;
  const withStage = (stage: string | undefined) =>
    dealsLink(tenantId, { owner: filter.owner ?? undefined, status: filter.status ?? undefined, stage }).url;
  const option = (value: string, label: string, current: string | null) =>
    html`<option value="${value}" ${value === (current ?? '') ? html`selected` : ''}>${label}</option>`;
  const count = view.stages.reduce((n, s) => n + s.count, 0);
  const amount = view.stages.reduce((sum, s) => sum + s.amount, 0);
  const body = html`<h1>漏斗/商机</h1>
    <p class="sub">
      进行中 ${count} 个 · ${moneyText(amount)} · <a href="${tenantPath(tenantId, '/export.xlsx')}" download>导出(Excel)</a>
    </p>
    <section>
      <div class="stages" data-testid="funnel">
        ${view.stages.map(
          (s) =>
            html`<a
              class="stage ${filter.stage === s.stage ? 'current' : ''}"
              href="${withStage(filter.stage === s.stage ? undefined : s.stage)}"
              data-testid="funnel-stage"
              ><b>${s.count}</b>${s.label}<span>${moneyText(s.amount)}</span></a
            >`,
        )}
      </div>
    </section>
    <form class="filters" method="get">
      <select name="owner" aria-label="销售">
        ${option('', '全部销售', filter.owner)}${view.owners.map((o) => option(o.id, o.name, filter.owner))}
      </select>
      <select name="status" aria-label="状态">
        ${option('', '全部状态', filter.status)}${Object.entries(DEAL_STATUSES).map(([value, label]) => option(value, label, filter.status))}
      </select>
      ${filter.stage ? html`<input type="hidden" name="stage" value="${filter.stage}" />` : ''}
      <button type="submit">筛选</button>
    </form>
    <section data-testid="deal-list">
      ${listOrEmpty(
        view.deals,
        '没有符合条件的商机',
        (d) =>
          html`<li data-testid="deal-row">
            <a class="rowlink" href="${archiveLink(tenantId, d.customerId).url}">
              <div class="row"><b>${d.customer}</b><span>${d.amount !== null ? moneyText(d.amount) : '金额未填'}</span></div>
              <div class="meta">
                ${d.stage} · ${d.owner} · <span class="${d.silentDays >= 3 ? 'late' : ''}">沉默 ${d.silentDays} 天</span>
              </div>
              ${d.lastSaid ? html`<div class="meta">${d.lastSaid}</div>` : ''}</a
            >
          </li>`,
      )}
    </section>`;
  return page('漏斗/商机', body, { tenantId, current: 'deals' });
}

import { moneyText } from '../../cards/format';
import { archiveLink } from '../../cards/page-links';
import { heatColour, rateBars, trendLine } from './charts';
import type { DashboardView } from './dashboard-view';
import { html, listOrEmpty, page } from './html';

const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** 团队看板: the index with its parts and trend, the three rates against their health values, the heat map, risks and the lead trace. */
export function dashboardPage(tenantId: string, view: DashboardView): string {
  const base = `/w/${encodeURIComponent(tenantId)}/dashboard`;
  const drillHref = (key: string) => `${base}?drill=${key}#drill`;
  const { index, heat } = view;
  const days = index.trend.map((_, i) => (i === index.trend.length - 1 ? '今天' : `第${i + 1}天`));
  const body = html`<h1>团队看板</h1>
    <p class="sub">
      本周 · 每个数字点开即是背后的记录 · <a href="/w/${encodeURIComponent(tenantId)}/export.xlsx" download>导出本周记录(Excel)</a>
    </p>
    <section data-testid="dash-index">
      <h2><a href="${drillHref('health')}">过程健康度 ${Math.round(index.value * 100)} 分</a></h2>
      <p class="meta">
        = 0.6 × 阶段合规 ${pct(index.compliance)} + 0.3 × 证据完整 ${pct(index.evidence)} + 0.1 × 未超时
        ${pct(index.overSilence === null ? null : 1 - index.overSilence)}
      </p>
      ${trendLine(index.trend, index.lastWeek, days)}
    </section>
    <section data-testid="dash-rates">
      <h2>过程指标</h2>
      ${rateBars(view.rates.map((r) => ({ label: r.label, value: r.value, target: r.target, href: drillHref(r.key) })))}
    </section>
    ${
      view.drill
        ? html`<section id="drill" data-testid="dash-drill">
            <h2>${view.drill.label} · 明细</h2>
            ${
              view.drill.leads.length > 0
                ? listOrEmpty(view.drill.leads, '', (company) => html`<li>${company}</li>`)
                : listOrEmpty(
                    view.drill.deals,
                    '没有未达标的记录',
                    (d) =>
                      html`<li>
                        <a class="rowlink" href="${archiveLink(tenantId, d.customerId).url}"
                          ><div class="row"><b>${d.customer}</b><span>${d.stage}</span></div>
                          <div class="meta">${d.owner} · 沉默 ${d.silentDays} 天</div></a
                        >
                      </li>`,
                  )
            }
          </section>`
        : ''
    }
    <section data-testid="dash-heat">
      <h2>销售 × 阶段 必备动作完成度</h2>
      ${
        heat.reps.length === 0
          ? html`<p class="empty">没有销售</p>`
          : html`<table class="heat">
              <thead>
                <tr>
                  <th></th>
                  ${heat.stages.map((s) => html`<th>${s}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${heat.reps.map(
                  (rep, r) =>
                    html`<tr>
                      <th>${rep}</th>
                      ${heat.cells[r]!.map((cell) =>
                        cell === null ? html`<td class="none">·</td>` : html`<td style="background:${heatColour(cell)}">${pct(cell)}</td>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>
    <section data-testid="dash-risks">
      <h2>风险商机</h2>
      ${listOrEmpty(
        view.risks,
        '没有风险商机',
        (d) =>
          html`<li>
            <a class="rowlink" href="${archiveLink(tenantId, d.customerId).url}"
              ><div class="row"><b>${d.customer}</b><span>${d.amount !== null ? moneyText(d.amount) : ''}</span></div>
              <div class="meta">${d.stage} · ${d.owner} · <span class="late">沉默 ${d.silentDays} 天</span></div></a
            >
          </li>`,
      )}
    </section>
    <section data-testid="dash-trace">
      <h2>线索分配记录(近 30 天)</h2>
      ${listOrEmpty(
        view.trace,
        '近 30 天没有分配线索',
        (t) =>
          html`<li>
            <div class="row"><b>${t.company}</b><span>${t.score !== null ? `${t.score}分` : ''}</span></div>
            <div class="meta">${t.assigned} → ${t.rep} · ${t.rule} · ${t.accepted ? `${t.accepted} 接受` : '未接受'}</div>
            <div class="meta">${t.parts} · ${t.reason}</div>
          </li>`,
      )}
    </section>`;
  return page('团队看板', body, { tenantId, current: 'dashboard' });
}

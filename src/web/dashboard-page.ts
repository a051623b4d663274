import { moneyText } from '../../cards/format';
import { archiveLink, tenantPath } from '../../cards/page-links';
import { heatColour, rateBars, trendLine } from './charts';
import type { DashboardView } from './dashboard-view';
import { heatCellParam, type HeatStage } from './heat-map';
import { html, listOrEmpty, page, type Html } from './html';

const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** One stage's table: reps down, the stage's actions across, each cell linking to the deals behind it. */
function heatTable(base: string, stage: HeatStage): Html {
  return html`<table class="heat" data-testid="heat-${stage.stage}">
    <caption>
      ${stage.label}
    </caption>
    <thead>
      <tr>
        <th></th>
        ${stage.actions.map((a) => html`<th>${a}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${stage.rows.map(
        (row) =>
          html`<tr>
            <th>${row.rep}</th>
            ${row.cells.map((cell, action) =>
              cell === null
                ? html`<td class="none">·</td>`
                : html`<td style="background:${heatColour(cell.done / cell.of)}">
                    <a href="${base}?cell=${encodeURIComponent(heatCellParam({ repId: row.repId, stage: stage.stage, action }))}#drill"
                      >${cell.done}/${cell.of}</a
                    >
                  </td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The records behind a number or a cell: leads, or deals (a cell's marked 已做到 / 未做到). */
function drillSection(tenantId: string, drill: NonNullable<DashboardView['drill']>): Html {
  return html`<section id="drill" data-testid="dash-drill">
    <h2>${drill.label} · 明细</h2>
    ${
      drill.leads.length > 0
        ? listOrEmpty(
            drill.leads,
            '',
            (l) =>
              html`<li>
                <div class="row"><b>${l.company}</b><span>${l.score !== null ? `${l.score}分` : ''}</span></div>
              </li>`,
          )
        : listOrEmpty(
            drill.deals,
            '没有记录',
            (d) =>
              html`<li data-testid="drill-deal">
                <a class="rowlink" href="${archiveLink(tenantId, d.customerId).url}"
                  ><div class="row">
                    <b>${d.customer}</b
                    ><span
                      >${d.done === undefined ? d.stage : d.done ? html`<span class="ok">已做到</span>` : html`<span class="late">未做到</span>`}</span
                    >
                  </div>
                  <div class="meta">${d.owner} · ${d.stage} · 沉默 ${d.silentDays} 天</div></a
                >
              </li>`,
          )
    }
  </section>`;
}

/** 团队看板: the index with its parts and trend, the three rates against their health values, the heat map, risks and the lead trace. */
export function dashboardPage(tenantId: string, view: DashboardView): string {
  const base = tenantPath(tenantId, '/dashboard');
  const drillHref = (key: string) => `${base}?drill=${key}#drill`;
  const { index } = view;
  const days = index.trend.map((_, i) => (i === index.trend.length - 1 ? '今天' : `第${i + 1}天`));
  const body = html`<h1>团队看板</h1>
    <p class="sub">
      本周 · 每个数字点开即是背后的记录 · <a href="${tenantPath(tenantId, '/export.xlsx')}" download>导出本周记录(Excel)</a>
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
    <section data-testid="dash-counts">
      <h2>今日简报</h2>
      <dl class="facts">
        ${view.counts.map(
          (c) =>
            html`<dt>${c.label}</dt>
              <dd><a href="${drillHref(c.key)}">${c.value}</a></dd>`,
        )}
        <dt>风险商机</dt>
        <dd><a href="${drillHref('risky')}">${view.risks.length} 个</a></dd>
      </dl>
    </section>
    ${view.drill ? drillSection(tenantId, view.drill) : ''}
    <section data-testid="dash-heat">
      <h2>销售 × 动作 完成度</h2>
      <p class="meta">各阶段必备动作与按时跟进:格内为做到的商机数 / 该销售在此阶段的商机数,点开看是哪些商机</p>
      ${view.heat.length === 0 ? html`<p class="empty">阶段规则没有必备动作</p>` : view.heat.map((stage) => heatTable(base, stage))}
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
          html`<li data-testid="trace-row">
            <div class="row"><b>${t.company}</b><span>${t.score !== null ? `${t.score}分` : ''}</span></div>
            <div class="meta">${t.assigned} 分给 ${t.rep} · ${t.rule} · ${t.accepted ?? '未接受'}${t.ended ? ` · ${t.ended}` : ''}</div>
            <div class="meta">${t.parts} · ${t.reason}</div>
            <div class="meta">来源:${t.source}</div>
          </li>`,
      )}
    </section>`;
  return page('团队看板', body, { tenantId, current: 'dashboard' });
}

import { moneyText } from '../../cards/format';
import type { ArchiveView } from './archive-view';
import { html, listOrEmpty, page } from './html';

const PROMISE_STATUS: Record<ArchiveView['promises'][number]['status'], { text: string; tone: string }> = {
  open: { text: '进行中', tone: '' },
  late: { text: '已逾期', tone: 'late' },
  'on-time': { text: '按时完成', tone: 'ok' },
  'done-late': { text: '逾期完成', tone: 'warn' },
  done: { text: '已完成', tone: 'ok' },
};

/** 客户档案: the customer, its deals, the buying side, signals, promises and one timeline, newest first. */
export function archivePage(tenantId: string, view: ArchiveView): string {
  const { customer, chain } = view;
  const facts = [customer.region ?? '地区未填', customer.industry ?? '行业未填'];
  if (customer.aliases.length > 0) facts.push(`简称 ${customer.aliases.join('、')}`);
  facts.push(`负责人 ${customer.owner ?? '暂无(在公海)'}`);
  const body = html`<h1 data-testid="archive-name">${customer.name}</h1>
    <p class="sub">${facts.join(' · ')}</p>
    <section data-testid="archive-deals">
      <h2>商机</h2>
      ${listOrEmpty(
        view.deals,
        '暂无商机',
        (d) =>
          html`<li>
            <div class="row"><b>${d.title ?? d.stage}</b><span>${d.amount !== null ? moneyText(d.amount) : '金额未填'}</span></div>
            <div class="meta">
              ${d.stage} · 本阶段 ${d.daysInStage} 天 · <span class="${d.silentDays >= 3 ? 'late' : ''}">沉默 ${d.silentDays} 天</span> ·
              ${d.owner}
            </div>
          </li>`,
      )}
    </section>
    <section data-testid="archive-contacts">
      <h2>联系人与决策链</h2>
      <p class="meta">
        ${chain.present.length > 0 ? `已有${chain.present.join('、')}` : '还没有标明角色的联系人'};${
          chain.missing.length > 0 ? html`<span class="warn">还缺${chain.missing.join('、')}</span>` : '决策链完整'
        }
      </p>
      ${listOrEmpty(
        view.contacts,
        '暂无联系人',
        (c) =>
          html`<li>
            <div class="row"><span>${c.name}${c.title ? ` · ${c.title}` : ''}</span><span class="tag">${c.role ?? '角色未知'}</span></div>
          </li>`,
      )}
    </section>
    <section data-testid="archive-signals">
      <h2>信号</h2>
      ${view.signals.length === 0 ? html`<p class="empty">暂无信号</p>` : view.signals.map((s) => html`<span class="tag">${s.tag} · ${s.at}</span>`)}
    </section>
    <section data-testid="archive-promises">
      <h2>承诺</h2>
      ${listOrEmpty(view.promises, '暂无承诺', (p) => {
        const status = PROMISE_STATUS[p.status];
        return html`<li>
          <div class="row"><span>${p.action}</span><span class="${status.tone}">${status.text}</span></div>
          <div class="meta">${p.owner} · ${p.due ? `截止 ${p.due}` : '未定时间'}${p.done ? ` · 完成于 ${p.done}` : ''}</div>
        </li>`;
      })}
    </section>
    <section data-testid="archive-timeline">
      <h2>时间线</h2>
      ${listOrEmpty(
        view.timeline,
        '还没有任何记录',
        (e) =>
          html`<li data-testid="timeline-entry">
            <div class="meta">${e.at} · ${e.who} · ${e.what}</div>
            ${e.text ? html`<p class="quote">${e.text}</p>` : ''}
          </li>`,
      )}
    </section>`;
  return page(`${customer.name} · 客户档案`, body, { tenantId, current: null });
}

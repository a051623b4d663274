import { archiveLink, tenantPath } from '../../cards/page-links';
import { html, listOrEmpty, page } from './html';
import type { TodosView } from './todos-view';

/** 我的待办: promises with 已完成 and 延期1天 (plain forms, no script needed), today's stage timers, leads to accept. */
export function todosPage(tenantId: string, view: TodosView, notice: string | null): string {
  const archive = (customerId: string) => archiveLink(tenantId, customerId).url;
  const act = (id: string, action: 'done' | 'postpone') => tenantPath(tenantId, `/todos/${encodeURIComponent(id)}/${action}`);
  const overdue = view.promises.filter((p) => p.overdue).length;
  const body = html`<h1>我的待办</h1>
    <p class="sub">
      ${view.promises.length} 项承诺${overdue > 0 ? html`,<span class="late">${overdue} 项已逾期</span>` : ''} · ${view.timersToday.length}
      个商机今天到期 · ${view.leads.length} 条线索待接受
    </p>
    ${notice ? html`<p class="notice" data-testid="todo-notice">${notice}</p>` : ''}
    <section data-testid="todo-promises">
      <h2>承诺</h2>
      ${listOrEmpty(
        view.promises,
        '没有未完成的承诺',
        (p) =>
          html`<li data-testid="todo-promise">
            <a class="rowlink" href="${archive(p.customerId)}"
              ><div class="row"><b>${p.customer}</b><span class="late">${p.overdue ? '已逾期' : ''}</span></div>
              <div>${p.action}</div>
              <div class="meta">${p.due ? `截止 ${p.due}` : '未定时间'}</div></a
            >
            <form class="inline" method="post" action="${act(p.id, 'done')}">
              <button class="act primary" type="submit">已完成</button>
            </form>
            ${p.postponable ? html`<form class="inline" method="post" action="${act(p.id, 'postpone')}"><button class="act" type="submit">延期1天</button></form>` : ''}
          </li>`,
      )}
    </section>
    <section data-testid="todo-timers">
      <h2>今天到期的阶段</h2>
      ${listOrEmpty(
        view.timersToday,
        '今天没有到期的阶段计时',
        (t) =>
          html`<li>
            <a class="rowlink" href="${archive(t.customerId)}"
              ><div class="row"><b>${t.customer}</b><span class="warn">${t.stage}</span></div>
              <div class="meta">上次跟进 ${t.silentSince},今天到期</div></a
            >
          </li>`,
      )}
    </section>
    <section data-testid="todo-leads">
      <h2>待接受的线索</h2>
      ${listOrEmpty(
        view.leads,
        '没有待接受的线索',
        (l) =>
          html`<li>
            <div class="row"><b>${l.company}</b><span>${l.score !== null ? `${l.score}分` : ''}</span></div>
            <div class="meta">${l.assigned} 分配 · ${l.reason}</div>
            <div class="meta">在聊天里点线索卡片的「接受」</div>
          </li>`,
      )}
    </section>`;
  return page('我的待办', body, { tenantId, current: 'todos' });
}

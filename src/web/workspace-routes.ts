import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import Router from '@koa/router';
import type { Context } from 'koa';
import { completePromise } from '../flows/briefing-action';
import type { FlowContext } from '../flows/flow-context';
import { postponeOneDay } from '../flows/overdue-action';
import type { RuleBook } from '../flows/rule-book';
import { Commitment, Tenant } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { writeTemplate } from '../tenant-import/workbook/template-workbook';
import { htmlAnswer, isApi, jsonAnswer, notFound } from './answers';
import { archivePage } from './archive-page';
import { archiveView } from './archive-view';
import { dashboardPage } from './dashboard-page';
import { dashboardView, DRILLS, type Drill } from './dashboard-view';
import { dealsPage } from './deals-page';
import { dealsView, readDealsFilter } from './deals-view';
import { exportPeriod, exportWorkbook } from './export-workbook';
import { importPage } from './import-page';
import { readUpload, runUpload } from './import-upload';
import { pageContext } from './page-context';
import { SESSION_COOKIE, sessionMember } from './sessions';
import { workspaceSignIn, type SignInDeps } from './sign-in-routes';
import { todosPage } from './todos-page';
import { todosView } from './todos-view';
import { tenantPath } from '../../cards/page-links';

const STYLESHEET = readFileSync(new URL('./assets/pages.css', import.meta.url), 'utf8');

const NOTICES: Record<string, string> = { done: '已标记完成', postponed: '已延期一天', gone: '这项承诺已完成或不是你的' };

export interface WorkspaceDeps extends SignInDeps {
  ruleBook: RuleBook;
}

/**
 * The workspace pages opened from cards (/w/{tenant}/…) and their JSON (/w/{tenant}/api/…). Every one
 * finds the member from the session cookie and answers only what that member may see; without a session
 * a page starts the sign-in the browser allows (WeCom, DingTalk) or says how to open it.
 */
export function workspaceRouter(deps: WorkspaceDeps): Router {
  const { dataSource, clock, ruleBook } = deps;
  const signIn = workspaceSignIn(deps);
  const router = new Router();
  signIn.register(router);

  router.get('/w/assets/pages.css', (ctx) => {
    ctx.type = 'text/css';
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = STYLESHEET;
  });
  /** Runs a page or API handler for the signed-in member of the path's tenant; otherwise answers for them. */
  const asMember =
    (handle: (ctx: Context, flow: FlowContext) => Promise<void>) =>
    async (ctx: Context): Promise<void> => {
      const tenant = await dataSource.getRepository(Tenant).findOneBy({ id: String(ctx.params.tenant) });
      if (!tenant) return notFound(ctx);
      const token = ctx.cookies.get(SESSION_COOKIE);
      const now = clock.now();
      const member = token ? await sessionMember(dataSource, token, tenant.id, now) : null;
      if (member) return handle(ctx, pageContext(dataSource.manager, ruleBook, tenant, member, now));
      if (isApi(ctx) || ctx.method !== 'GET') return jsonAnswer(ctx, 401, { error: '请先登录', code: 'SIGN_IN_REQUIRED' });
      return signIn.begin(ctx, tenant.id);
    };

  /** A page and its JSON under /api: one view, rendered or as data; a view of nothing the member may see is 404. */
  const pageWithData = <V>(
    path: string,
    view: (ctx: Context, flow: FlowContext) => Promise<V | null>,
    render: (ctx: Context, tenantId: string, view: V) => string,
  ): void => {
    router.get(
      `/w/:tenant/${path}`,
      asMember(async (ctx, flow) => {
        const found = await view(ctx, flow);
        if (!found) return notFound(ctx);
        htmlAnswer(ctx, 200, render(ctx, flow.tenant.id, found));
      }),
    );
    router.get(
      `/w/:tenant/api/${path}`,
      asMember(async (ctx, flow) => {
        const found = await view(ctx, flow);
        if (!found) return notFound(ctx);
        ctx.body = found;
      }),
    );
  };

  pageWithData(
    'customers/:id',
    (ctx, flow) => archiveView(flow, ctx.params.id!),
    (_ctx, tenantId, view) => archivePage(tenantId, view),
  );
  pageWithData(
    'todos',
    (_ctx, flow) => todosView(flow),
    (ctx, tenantId, view) => todosPage(tenantId, view, NOTICES[String(ctx.query.notice)] ?? null),
  );
  pageWithData(
    'deals',
    (ctx, flow) => dealsView(flow, readDealsFilter(ctx.query)),
    (_ctx, tenantId, view) => dealsPage(tenantId, view),
  );
  pageWithData(
    'dashboard',
    (ctx, flow) => dashboardView(flow, dashboardAsk(ctx.query)),
    (_ctx, tenantId, view) => dashboardPage(tenantId, view),
  );

  // 已完成 and 延期1天 go through the flows the cards' buttons use; the page comes back with what happened.
  router.post(
    '/w/:tenant/todos/:id/:action',
    asMember(async (ctx, flow) => {
      const { id, action } = ctx.params as { id: string; action: string };
      if (action !== 'done' && action !== 'postpone') return notFound(ctx);
      const outcome = await inTransaction(dataSource, async (em) => {
        const tx = { ...flow, em, now: clock.now() };
        if (action === 'done') return (await completePromise(tx, id)) ? 'done' : 'gone';
        const own = await em.findOneBy(Commitment, { tenantId: flow.tenant.id, id, ownerId: flow.actor.id });
        return own && (await postponeOneDay(tx, own)) ? 'postponed' : 'gone';
      });
      ctx.redirect(tenantPath(flow.tenant.id, `/todos?notice=${outcome}`));
    }),
  );
  // The review workbook of what the member may see (a manager: the team), for a period of local days.
  router.get(
    '/w/:tenant/export.xlsx',
    asMember(async (ctx, flow) => {
      const period = exportPeriod(ctx.query.from, ctx.query.to, flow.now, flow.tenant.timezone);
      if (!period) return jsonAnswer(ctx, 400, { error: '日期应为 2026-12-01 这样的格式,且开始不晚于结束', code: 'PERIOD_INVALID' });
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.attachment(`销售记录-${flow.tenant.id}.xlsx`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await exportWorkbook(flow, period);
    }),
  );

  // 导入 (issue 17): admins only; anyone else is told nothing exists here.
  const asAdmin = (handle: (ctx: Context, flow: FlowContext) => Promise<void>) =>
    asMember(async (ctx, flow) => (flow.actor.role === 'admin' ? handle(ctx, flow) : notFound(ctx)));
  router.get(
    '/w/:tenant/admin/import',
    asAdmin(async (ctx, flow) => htmlAnswer(ctx, 200, importPage(flow.tenant.id, null, null))),
  );
  router.get(
    '/w/:tenant/admin/import/template.xlsx',
    asAdmin(async (ctx) => {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.attachment('团队导入模板.xlsx');
      const body = new PassThrough();
      ctx.body = body;
      void writeTemplate(body).catch((error: unknown) => body.destroy(error as Error));
    }),
  );
  router.post(
    '/w/:tenant/admin/import',
    asAdmin(async (ctx, flow) => {
      const upload = await readUpload(ctx);
      if (typeof upload === 'string') return htmlAnswer(ctx, 400, importPage(flow.tenant.id, null, upload));
      const outcome = await runUpload(dataSource, ruleBook, flow.tenant.id, upload);
      htmlAnswer(ctx, outcome.ok ? 200 : 422, importPage(flow.tenant.id, outcome, null));
    }),
  );

  return router;
}

/** `?drill=` one of the briefing's numbers, or `?cell=` a heat-map cell; anything else is dropped. */
function dashboardAsk(query: Record<string, unknown>): { drill: Drill | null; cell: unknown } {
  const drill = query.drill;
  return { drill: typeof drill === 'string' && Object.hasOwn(DRILLS, drill) ? (drill as Drill) : null, cell: query.cell };
}

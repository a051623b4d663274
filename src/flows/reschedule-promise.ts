import { promiseField, RESCHEDULE_ACTIONS, type RescheduleAction } from '../../cards/activity-receipt.card';
import { nextWorkdayAt } from '../domain/business-calendar';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { type CardRecord, Commitment } from '../store/entities';
import type { FlowContext } from './flow-context';
import { calendarOf } from './tenant-calendar';

const WEEK_MS = 7 * 86_400_000;

/**
 * 改时间 on a receipt: moves the promise it recorded (to the next working day of the tenant's calendar,
 * a week later, or no set time) and shows the receipt with the new time; the receipt stays open.
 */
export async function reschedulePromise(ctx: FlowContext, record: CardRecord, action: RescheduleAction): Promise<Effect[]> {
  const { em, tenant, now } = ctx;
  const commitment = await em.findOneBy(Commitment, { tenantId: tenant.id, activityId: String(record.context.activityId) });
  if (!commitment) return [{ type: 'send-text', to: ctx.actor.id, text: '这条记录的承诺已经不在了,不能改时间。' }];
  const from = commitment.dueAt && commitment.dueAt > now ? commitment.dueAt : now;
  const dueAt =
    action === RESCHEDULE_ACTIONS.none
      ? null
      : action === RESCHEDULE_ACTIONS.nextWeek
        ? new Date(from.getTime() + WEEK_MS)
        : nextWorkdayAt(from, tenant.timezone, calendarOf(tenant));
  await em.update(Commitment, { tenantId: tenant.id, id: commitment.id }, { dueAt });
  const field = promiseField({ action: commitment.action, dueAt }, tenant.timezone);
  const note = `承诺时间已改为${dueAt ? formatForPeople(dueAt, tenant.timezone) : '不定时间'}`;
  const card = { ...record.card, fields: record.card.fields.map((f) => (f.label === field.label ? field : f)), note };
  return [{ type: 'update-card', cardId: record.id, card }];
}

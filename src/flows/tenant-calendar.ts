import { DEFAULT_CALENDAR, type WorkCalendar } from '../domain/business-calendar';
import type { Tenant } from '../store/entities';

/** The tenant's work calendar from its settings (workdays, holidays, 调休), the default where unset. */
export function calendarOf(tenant: Tenant): WorkCalendar {
  const jobs = tenant.settings.jobs;
  return {
    workdays: jobs?.workdays ?? DEFAULT_CALENDAR.workdays,
    holidays: jobs?.holidays ?? DEFAULT_CALENDAR.holidays,
    extraWorkdays: jobs?.extraWorkdays ?? DEFAULT_CALENDAR.extraWorkdays,
  };
}

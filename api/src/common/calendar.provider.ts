import { createEnglandAndWalesCalendar, WorkingDayCalendar } from '@heard/domain';

/** The England and Wales working-day calendar, injected wherever a deadline is computed. */
export const calendarProvider = { provide: WorkingDayCalendar, useFactory: createEnglandAndWalesCalendar };

import { addDays, type IsoDate } from '../calendar/iso-date';
import type { Role } from '../roles';
import { addMonths } from '../meetings/meeting-schedule';

/**
 * Who may read "Who has seen my record" for a child: for now the child's current advocate (checked record by
 * record in the API). The data protection officer joins this list in a later round.
 */
export const RECORD_ACCESS_HISTORY_READERS = ['ADVOCATE', 'DATA_PROTECTION_OFFICER'] as const satisfies readonly [Role, ...Role[]];

/** The most events one history shows; older ones are left for a narrower period. */
export const RECORD_ACCESS_HISTORY_LIMIT = 1000;

export type AccessPeriod = { ok: true; from: IsoDate; to: IsoDate } | { ok: false; field: 'fromOn' | 'toOn'; message: string };

/**
 * The London dates a history covers, both included: by default the last 12 months up to today. A period that ends
 * after today or starts after it ends is refused, naming the field.
 */
export function recordAccessPeriod(today: IsoDate, fromOn: IsoDate | null, toOn: IsoDate | null): AccessPeriod {
  const to = toOn ?? today;
  if (to > today) return { ok: false, field: 'toOn', message: 'The end date cannot be in the future.' };
  const from = fromOn ?? addDays(addMonths(to, -12), 1);
  if (from > to) return { ok: false, field: 'fromOn', message: 'The start date must be on or before the end date.' };
  return { ok: true, from, to };
}

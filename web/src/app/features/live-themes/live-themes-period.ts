import { liveThemesPeriod, londonDate } from '@heard/domain';
import type { PeriodCheck } from '../../shared/ui/period';

/** The domain's rule for a live themes period (not after today in London, at most a year), previewed before asking. */
export function livePeriodCheck(period: { fromOn: string; toOn: string }, now: Date = new Date()): ReturnType<PeriodCheck> {
  const result = liveThemesPeriod(londonDate(now), period.fromOn, period.toOn);
  return result.ok ? null : { field: result.field, message: result.message };
}

/**
 * Drift: an action followed up at each meeting (a care-planning meeting's action, or a home visit's
 * recommendation) that has been carried over this many times without being done has drifted. A drifted
 * open action is flagged, counted in the annual report, and may be raised as a concern.
 */
export const DRIFT_AFTER_CARRY_OVERS = 2;

export function isDrift(timesCarriedOver: number): boolean {
  return timesCarriedOver >= DRIFT_AFTER_CARRY_OVERS;
}

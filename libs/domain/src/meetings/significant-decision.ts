export interface DecisionContext {
  significant: boolean;
  /** The advocate's input on this decision is recorded. */
  advocateInputRecorded: boolean;
  /** The child explicitly chose to represent themselves at this meeting. */
  childRepresentsThemselves: boolean;
}

/**
 * A significant decision (anything that changes the care plan) cannot be recorded unless the
 * advocate's input on it is recorded, or the child chose to represent themselves at this meeting.
 * Returns the plain-words reason when refused, null when allowed.
 */
export function significantDecisionRefusal(context: DecisionContext): string | null {
  if (!context.significant || context.advocateInputRecorded || context.childRepresentsThemselves) return null;
  return "This decision changes the child's care plan, so it can only be recorded once the advocate's input on it is recorded, or if the child chose to represent themselves at this meeting.";
}

/** An action carried over this many times is drift. */
export const DRIFT_AFTER_CARRY_OVERS = 2;

export function isDrift(timesCarriedOver: number): boolean {
  return timesCarriedOver >= DRIFT_AFTER_CARRY_OVERS;
}

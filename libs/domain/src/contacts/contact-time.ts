/** A contact can only be recorded once it has happened. */
export function contactTimeProblem(occurredAt: Date, now: Date): string | null {
  return occurredAt.getTime() > now.getTime() ? 'The date and time of the contact cannot be in the future.' : null;
}

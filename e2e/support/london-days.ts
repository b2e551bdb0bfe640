/** Today's date in London, as YYYY-MM-DD: "today" for the portal and the API. */
export function londonToday(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/**
 * The London date `offset` calendar days from today, as YYYY-MM-DD. Counted in days on London's date, never in
 * 24-hour steps from now: across a clock change those land on the wrong day in the last hour before midnight.
 */
export function londonDay(offset: number): string {
  const [year, month, day] = londonToday().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

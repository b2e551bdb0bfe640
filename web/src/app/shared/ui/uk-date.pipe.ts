import { Pipe, type PipeTransform } from '@angular/core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-21` → `21 January 2025`, as GOV.UK writes dates. Never shifted by time zone. */
export function ukDate(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An instant (`2025-01-21T23:30:00Z`) → the date it was in London (`22 January 2025`). */
export function ukDateOfInstant(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(LONDON_DAY.formatToParts(instant).map((p) => [p.type, p.value]));
  return ukDate(`${parts['year'] ?? ''}-${parts['month'] ?? ''}-${parts['day'] ?? ''}`);
}

@Pipe({ name: 'ukDate' })
export class UkDatePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return ukDate(value);
  }
}

/** Today's date as YYYY-MM-DD in the user's own calendar day. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

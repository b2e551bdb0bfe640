import { Pipe, type PipeTransform } from '@angular/core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-21` → `21 January 2025`, as GOV.UK writes dates. Never shifted by time zone. */
export function ukDate(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
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

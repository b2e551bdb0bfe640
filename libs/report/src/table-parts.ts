import type { Column } from './model';

export const label = (text: string): Column => ({ label: text, kind: 'label' });
export const count = (text: string): Column => ({ label: text, kind: 'count' });
export const rate = (text: string, numerator: number, denominator: number): Column => ({ label: text, kind: 'rate', of: [numerator, denominator] });
/** A rate of a count column's total row: the row's share of the total, suppressed with the count or the total. */
export const shareOfTotal = (text: string, column: number): Column => ({ label: text, kind: 'rate', ofTotal: column });

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

import { homesAddress, JUDGEMENT_LABELS, QUALITY_STANDARD_LABELS, QUALITY_STANDARDS, ukLongMonth } from '@heard/domain';
import type { Judgement, QualityStandard, Role } from '@heard/graphql-types';

export { QUALITY_STANDARDS };
export const JUDGEMENT_OPTIONS: readonly Judgement[] = ['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SEEN'];

export function standardLabel(standard: QualityStandard): string {
  return QUALITY_STANDARD_LABELS[standard];
}

export function judgementLabel(judgement: Judgement): string {
  return JUDGEMENT_LABELS[judgement];
}

/** Where a role's children's homes are listed. */
export function homesBase(role: Role): string {
  return homesAddress(role);
}

/** "2025-01" as "January 2025" (the domain's `ukLongMonth`). */
export function monthLabel(month: string): string {
  return ukLongMonth(month);
}

/** "1 child", "3 children", or with `other`: "2 other children". */
export function childrenCount(n: number, other = false): string {
  return `${n} ${other ? 'other ' : ''}${n === 1 ? 'child' : 'children'}`;
}

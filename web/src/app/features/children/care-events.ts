import { PLACEMENT_CODES, REASON_CEASED_CODES } from '@heard/domain';
import { ukDate } from '../../shared/ui/uk-date';

import type { SelectOption } from '../../shared/ui/input-field.component';

/** SSDA903 placement types, for a change of placement. */
export const PLACEMENT_OPTIONS: readonly SelectOption[] = Object.entries(PLACEMENT_CODES).map(([code, label]) => ({ value: code, label: `${code}: ${label}` }));

/** SSDA903 reasons a period of care ends (X1 continues the period, so it is not one). */
export const LEFT_CARE_REASONS: readonly SelectOption[] = Object.entries(REASON_CEASED_CODES)
  .filter(([code]) => code !== 'X1')
  .map(([code, label]) => ({ value: code, label: `${code}: ${label}` }));

/** The banner on the child's page after a change of placement: says whether the child was offered advocacy again. */
export function placementChangeNotice(givenName: string, offeredAgain: boolean): string {
  return offeredAgain ? `Change of placement recorded. ${givenName} was offered advocacy again.` : 'Change of placement recorded.';
}

/** The banner on the child's page after leaving care: the day advocacy ended, when the child had an advocate. */
export function leftCareNotice(givenName: string, advocacyEndedOn: string | null): string {
  return advocacyEndedOn === null
    ? `Leaving care recorded: ${givenName} is no longer waiting for an advocate.`
    : `Leaving care recorded: advocacy ended on ${ukDate(advocacyEndedOn)}.`;
}

/** The label of a code in `options`, or the code itself. */
export function codeLabel(options: readonly SelectOption[], code: string): string {
  return options.find((o) => o.value === code)?.label ?? code;
}

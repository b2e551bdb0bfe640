import { type IsoDate, ukLongDate } from '../calendar/iso-date';
import { ageOn } from '../advocacy/age';

/** SSDA903 participation codes for a child's review / care-planning meeting. */
export const PARTICIPATION_CODES = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'] as const;
export type ParticipationCode = (typeof PARTICIPATION_CODES)[number];

export const PARTICIPATION_MEANINGS: Readonly<Record<ParticipationCode, string>> = {
  PN0: 'Child aged under 4 at the time of the meeting',
  PN1: 'Attends and speaks for themselves',
  PN2: 'Attends; an advocate speaks for them',
  PN3: 'Attends; views conveyed non-verbally',
  PN4: 'Attends without contributing',
  PN5: 'Does not attend; briefs an advocate to speak for them',
  PN6: 'Does not attend; views conveyed by another medium',
  PN7: 'Does not attend; views not conveyed',
};

/** How a code is offered in a form: "PN2 – Attends; an advocate speaks for them". */
export function participationLabel(code: ParticipationCode): string {
  return `${code} – ${PARTICIPATION_MEANINGS[code]}`;
}

/** PN0 exactly when the child is under 4 on the meeting date; PN1–PN7 otherwise. Null when valid. */
export function participationProblem(code: string, dateOfBirth: IsoDate, meetingOn: IsoDate): string | null {
  if (!(PARTICIPATION_CODES as readonly string[]).includes(code)) {
    return `"${code}" is not a participation code: use PN0 to PN7.`;
  }
  const age = ageOn(dateOfBirth, meetingOn);
  if (age < 4 && code !== 'PN0') return `The child was ${age} on ${ukLongDate(meetingOn)}: a child under 4 is recorded as PN0.`;
  if (age >= 4 && code === 'PN0') return `PN0 is only for a child under 4; the child was ${age} on ${ukLongDate(meetingOn)}.`;
  return null;
}

import { ukLongDate, type IsoDate } from '../calendar/iso-date';

/**
 * What the portal calls each input field, so a message names it in the user's words rather than the API's
 * (`dateOfBirth` → `Date of birth`). A field not listed here reads as its name in words (`staffSpokenTo` →
 * `Staff spoken to`).
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  changedOn: 'Date of the change',
  childId: 'Child',
  dateOfBirth: 'Date of birth',
  decidedOn: 'Date of the decision',
  dueOn: 'Due date',
  familyName: 'Family name',
  fromOn: 'Start date',
  givenName: 'Given name',
  hearingDates: 'Hearing dates',
  hearingOn: 'Date of the hearing',
  heldOn: 'Date the meeting was held',
  laChildRef: 'Your reference for the child',
  leftOn: 'Date the child left care',
  occurredOn: 'Date of the event',
  raisedOn: 'Date the concern was raised',
  scheduledOn: 'Date of the meeting',
  toldOn: 'Date you told the child',
  toOn: 'End date',
  visitOn: 'Date of the visit',
};

/** The label of the field at `path` (`newChild.dateOfBirth`, `report.recommendations.0.dueOn`): its last named part. */
export function fieldLabel(path: string): string {
  const name =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  const known = FIELD_LABELS[name];
  if (known !== undefined) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `Date of birth cannot be in the future. Today is 1 December 2026.` */
export function futureDateMessage(path: string, today: IsoDate): string {
  return `${fieldLabel(path)} cannot be in the future. Today is ${ukLongDate(today)}.`;
}

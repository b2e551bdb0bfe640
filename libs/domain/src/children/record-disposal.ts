import { ageOn } from '../advocacy/age';
import { addDays, ukLongDate, type IsoDate } from '../calendar/iso-date';
import type { CommandRoles } from '../commands/command-table';
import type { RetentionRule } from './record-retention';

/** How many days before a record's retention date its LA is told it is due for disposal, unless configured otherwise. */
export const DEFAULT_DISPOSAL_NOTICE_DAYS = 90;

/** The rules that end a record's retention; a legal hold only postpones it. */
export type DisposalRule = Exclude<RetentionRule, 'LEGAL_HOLD'>;
export const DISPOSAL_RULES = ['SEVENTY_FIFTH_BIRTHDAY', 'FIFTEEN_YEARS_AFTER_DEATH'] as const satisfies readonly DisposalRule[];

export const DISPOSAL_STATUSES = ['NOT_DUE', 'NOTICE_DUE', 'IN_NOTICE', 'ON_HOLD', 'DISPOSE'] as const;
/**
 * Where a record stands on its way to disposal: not yet in its notice window; notice to be given now; notice
 * given and waiting (for the date or for the notice period to run); past both but on legal hold; to be disposed.
 */
export type DisposalStatus = (typeof DISPOSAL_STATUSES)[number];

export interface DisposalFacts {
  /** The last day the record is kept, by the rule alone. */
  retainUntil: IsoDate;
  /** When its LA was told the record is due for disposal, if it has been. */
  noticeGivenOn: IsoDate | null;
  legalHold: boolean;
}

/** The first day notice of disposal is given: the notice period before the retention date. */
export function disposalNoticeFrom(retainUntil: IsoDate, noticeDays: number): IsoDate {
  return addDays(retainUntil, -noticeDays);
}

/**
 * The first day a record may be disposed of: the day after its retention date, and never before the full notice
 * period has run since notice was given (a record whose notice came late, say after a date of death was recorded,
 * still gets the whole period). Null while no notice has been given.
 */
export function disposableFrom(retainUntil: IsoDate, noticeGivenOn: IsoDate | null, noticeDays: number): IsoDate | null {
  if (noticeGivenOn === null) return null;
  const afterDate = addDays(retainUntil, 1);
  const afterNotice = addDays(noticeGivenOn, noticeDays);
  return afterDate > afterNotice ? afterDate : afterNotice;
}

/** Where the record stands on `today` (a London date), with a notice period of `noticeDays`. */
export function disposalStatus(facts: DisposalFacts, today: IsoDate, noticeDays: number): DisposalStatus {
  if (today < disposalNoticeFrom(facts.retainUntil, noticeDays)) return 'NOT_DUE';
  const from = disposableFrom(facts.retainUntil, facts.noticeGivenOn, noticeDays);
  if (from === null) return 'NOTICE_DUE';
  if (today < from) return 'IN_NOTICE';
  return facts.legalHold ? 'ON_HOLD' : 'DISPOSE';
}

/** One sentence, with UK dates, saying which rule disposes of the record and when. */
export function disposalSentence(rule: DisposalRule, retainUntil: IsoDate, status: DisposalStatus, from: IsoDate | null): string {
  const why =
    rule === 'FIFTEEN_YEARS_AFTER_DEATH'
      ? `The child died before their 18th birthday, so the record is kept for 15 years from the death, until ${ukLongDate(retainUntil)}.`
      : `The record is kept until ${ukLongDate(retainUntil)}, the 75th anniversary of the child's birth.`;
  if (status === 'ON_HOLD') return `${why} It is on legal hold, so it is kept until the hold is lifted.`;
  if (from === null) return `${why} Notice of its disposal has not been given yet.`;
  return `${why} It will be disposed of on or after ${ukLongDate(from)}.`;
}

/**
 * The date of birth a disposed record keeps: only as much as the published figures need. The figures use the
 * child's age in whole years at each meeting, so the record keeps 1 January of the birth year when that gives the
 * same age on every one of `meetingDates`, else the first of the birth month, else (a meeting fell in the birth
 * month between its first day and the birthday) the date itself.
 */
export function anonymisedDateOfBirth(dateOfBirth: IsoDate, meetingDates: readonly IsoDate[]): IsoDate {
  const sameAges = (candidate: IsoDate) => meetingDates.every((on) => ageOn(candidate, on) === ageOn(dateOfBirth, on));
  const candidates = [`${dateOfBirth.slice(0, 4)}-01-01`, `${dateOfBirth.slice(0, 7)}-01`];
  return candidates.find(sameAges) ?? dateOfBirth;
}

export const RECORD_DISPOSAL_QUERIES = ['RECORDS_DUE_FOR_DISPOSAL', 'RECORD_DISPOSALS'] as const;
export type RecordDisposalQuery = (typeof RECORD_DISPOSAL_QUERIES)[number];

/** Who sees the records of their own LA due for disposal and the register of those disposed of: the LA's data protection officer. */
export const RECORD_DISPOSAL_ROLES: CommandRoles<RecordDisposalQuery> = {
  RECORDS_DUE_FOR_DISPOSAL: ['DATA_PROTECTION_OFFICER'],
  RECORD_DISPOSALS: ['DATA_PROTECTION_OFFICER'],
};

import { type IsoDate, ukLongDate } from '../calendar/iso-date';
import { participationProblem } from '../meetings/participation';
import {
  CIN_CODES,
  ETHNIC_CODES,
  isCode,
  LEGAL_STATUS_CODES,
  MISSING_CODES,
  MISSING_KIND_OF_CODE,
  type MissingKind,
  PLACE_CHANGE_CODES,
  PLACEMENT_CODES,
  PLACEMENT_PROVIDER_CODES,
  REASON_CEASED_CODES,
  RNE_CODES,
  SEX_CODES,
} from './codes';
import { format903Date, parse903Date } from './files';
import { unstorableTextProblem } from '../input/storable-text';
import { CODED_COLUMNS, type FindingCode } from './finding-codes';
import { PARTICIPATION_CODES } from '../meetings/participation';

export type Row = Readonly<Record<string, string | undefined>>;

export interface RowProblem {
  column: string;
  /** The kind of problem, whatever the row's values (see finding-codes.ts). */
  code: FindingCode;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

export interface HeaderRow {
  child: string;
  sex: string;
  dateOfBirth: IsoDate;
  ethnicity: string;
}

export interface EpisodeRow {
  child: string;
  start: IsoDate;
  rne: string;
  legalStatus: string;
  categoryOfNeed: string;
  placement: string;
  placementProvider: string;
  end: IsoDate | null;
  reasonEnded: string | null;
}

export interface ReviewRow {
  child: string;
  reviewedOn: IsoDate;
  participation: string;
}

/** A row of the missing-from-care file: `end` null while the child is still missing. */
export interface MissingRow {
  child: string;
  kind: MissingKind;
  start: IsoDate;
  end: IsoDate | null;
}

/** A row of the UASC file: `ceasedOn` (DUC) null while the child is still an unaccompanied asylum-seeking child. */
export interface UascRow {
  child: string;
  ceasedOn: IsoDate | null;
}

const text = (row: Row, column: string): string => (row[column] ?? '').trim();
const fail = (column: string, code: FindingCode, reason: string): { ok: false; problem: RowProblem } => ({ ok: false, problem: { column, code, reason } });

function code(row: Row, column: string, list: Readonly<Record<string, string>>): RowProblem | null {
  const value = text(row, column);
  const what = CODED_COLUMNS[column] ?? column;
  if (value === '') return { column, code: 'VALUE_MISSING', reason: `${what} is missing.` };
  return isCode(list, value) ? null : { column, code: 'NOT_A_CODE', reason: `"${value}" is not an SSDA903 ${what} code.` };
}

function date(row: Row, column: string, what: string, required: boolean): Checked<IsoDate | null> {
  const value = text(row, column);
  if (value === '') return required ? fail(column, 'VALUE_MISSING', `${what} is missing.`) : { ok: true, value: null };
  const parsed = parse903Date(value);
  return parsed === null ? fail(column, 'NOT_A_DATE', `"${value}" is not a real date in the form dd/mm/yyyy.`) : { ok: true, value: parsed };
}

export function checkHeaderRow(row: Row): Checked<HeaderRow> {
  const child = text(row, 'CHILD');
  if (child === '') return fail('CHILD', 'CHILD_MISSING', 'The child id is missing.');
  const problem = code(row, 'SEX', SEX_CODES) ?? code(row, 'ETHNIC', ETHNIC_CODES);
  if (problem !== null) return { ok: false, problem };
  const dob = date(row, 'DOB', 'The date of birth', true);
  if (!dob.ok) return dob;
  return { ok: true, value: { child, sex: text(row, 'SEX'), dateOfBirth: dob.value ?? '', ethnicity: text(row, 'ETHNIC') } };
}

export function checkEpisodeRow(row: Row): Checked<EpisodeRow> {
  const child = text(row, 'CHILD');
  if (child === '') return fail('CHILD', 'CHILD_MISSING', 'The child id is missing.');
  const start = date(row, 'DECOM', 'The episode start date', true);
  if (!start.ok) return start;
  const end = date(row, 'DEC', 'The episode end date', false);
  if (!end.ok) return end;
  const problem =
    code(row, 'RNE', RNE_CODES) ??
    code(row, 'LS', LEGAL_STATUS_CODES) ??
    code(row, 'CIN', CIN_CODES) ??
    code(row, 'PLACE', PLACEMENT_CODES) ??
    code(row, 'PLACE_PROVIDER', PLACEMENT_PROVIDER_CODES) ??
    (end.value === null ? null : code(row, 'REC', REASON_CEASED_CODES)) ??
    (text(row, 'REASON_PLACE_CHANGE') === '' ? null : code(row, 'REASON_PLACE_CHANGE', PLACE_CHANGE_CODES));
  if (problem !== null) return { ok: false, problem };
  if (end.value !== null && start.value !== null && end.value < start.value)
    return fail('DEC', 'ENDS_BEFORE_START', `The episode ends (${ukLongDate(end.value)}) before it starts (${ukLongDate(start.value)}).`);
  if (end.value === null && text(row, 'REC') !== '') return fail('REC', 'CEASED_WITHOUT_END', 'A reason the episode ceased is given, but no end date (DEC).');
  return {
    ok: true,
    value: {
      child,
      start: start.value ?? '',
      rne: text(row, 'RNE'),
      legalStatus: text(row, 'LS'),
      categoryOfNeed: text(row, 'CIN'),
      placement: text(row, 'PLACE'),
      placementProvider: text(row, 'PLACE_PROVIDER'),
      end: end.value,
      reasonEnded: end.value === null ? null : text(row, 'REC'),
    },
  };
}

/** `dateOfBirth` is the header's, for the participation code's age rule. */
export function checkReviewRow(row: Row, dateOfBirth: IsoDate): Checked<ReviewRow> {
  const child = text(row, 'CHILD');
  const reviewed = date(row, 'REVIEW', 'The review date', true);
  if (!reviewed.ok) return reviewed;
  const participation = text(row, 'REVIEW_CODE');
  const problem = participationProblem(participation, dateOfBirth, reviewed.value ?? '');
  if (problem !== null)
    return fail('REVIEW_CODE', (PARTICIPATION_CODES as readonly string[]).includes(participation) ? 'PARTICIPATION_AGE' : 'NOT_A_CODE', problem);
  return { ok: true, value: { child, reviewedOn: reviewed.value ?? '', participation } };
}

/**
 * A missing-from-care row of a child in the header (`dateOfBirth` is the header's): MISSING is M or
 * A, MIS_START a date on or after the child's birth, MIS_END blank (still missing) or not before the start.
 */
export function checkMissingRow(row: Row, dateOfBirth: IsoDate): Checked<MissingRow> {
  const problem = code(row, 'MISSING', MISSING_CODES);
  if (problem !== null) return { ok: false, problem };
  const start = date(row, 'MIS_START', 'The date the episode of missing started', true);
  if (!start.ok) return start;
  const end = date(row, 'MIS_END', 'The date the episode of missing ended', false);
  if (!end.ok) return end;
  const started = start.value ?? '';
  if (started < dateOfBirth)
    return fail(
      'MIS_START',
      'BEFORE_BIRTH',
      `The episode of missing starts (${ukLongDate(started)}) before the child's date of birth (${ukLongDate(dateOfBirth)}).`,
    );
  if (end.value !== null && end.value < started)
    return fail('MIS_END', 'ENDS_BEFORE_START', `The episode of missing ends (${ukLongDate(end.value)}) before it starts (${ukLongDate(started)}).`);
  const kind: MissingKind = text(row, 'MISSING') === 'A' ? MISSING_KIND_OF_CODE.A : MISSING_KIND_OF_CODE.M;
  return { ok: true, value: { child: text(row, 'CHILD'), kind, start: started, end: end.value } };
}

/**
 * A UASC row of a child in the header: its SEX and DOB must be the header's (the same child), and
 * DUC, when given, not before the child's birth.
 */
export function checkUascRow(row: Row, header: Pick<HeaderRow, 'sex' | 'dateOfBirth'>): Checked<UascRow> {
  const sex = code(row, 'SEX', SEX_CODES);
  if (sex !== null) return { ok: false, problem: sex };
  if (text(row, 'SEX') !== header.sex) return fail('SEX', 'DIFFERS_FROM_HEADER', `SEX is ${text(row, 'SEX')} here but ${header.sex} in the header file.`);
  const dob = date(row, 'DOB', 'The date of birth', true);
  if (!dob.ok) return dob;
  if (dob.value !== header.dateOfBirth)
    return fail('DOB', 'DIFFERS_FROM_HEADER', `DOB is ${text(row, 'DOB')} here but ${format903Date(header.dateOfBirth)} in the header file.`);
  const ceased = date(row, 'DUC', 'The date the child ceased to be UASC', false);
  if (!ceased.ok) return ceased;
  if (ceased.value !== null && ceased.value < header.dateOfBirth)
    return fail(
      'DUC',
      'BEFORE_BIRTH',
      `The child ceased to be UASC (${ukLongDate(ceased.value)}) before their date of birth (${ukLongDate(header.dateOfBirth)}).`,
    );
  return { ok: true, value: { child: text(row, 'CHILD'), ceasedOn: ceased.value } };
}

/**
 * The first value of the row holding a character that cannot be stored (a NUL, a lone surrogate, a
 * control character other than tab, newline and CR, or bytes that were not UTF-8), as the row's rejection; null when every value can
 * be stored. Checked before anything else, so no other reason ever quotes such a value.
 */
export function unstorableValue(row: Row): RowProblem | null {
  for (const column of Object.keys(row)) {
    const value = row[column];
    if (value === undefined) continue;
    const problem = unstorableTextProblem(value);
    if (problem !== null) return { column, code: 'UNSTORABLE_VALUE', reason: `The value ${problem}.` };
    // Reading the file as UTF-8 turns bytes that are not UTF-8 (an encoded lone surrogate, a binary
    // file) into U+FFFD: the value was changed on the way in, so it is not stored either.
    // Counted in code points, as a person would count them; most values hold none, so only those are walked.
    const replaced = value.includes('\uFFFD') ? [...value].indexOf('\uFFFD') : -1;
    if (replaced >= 0)
      return {
        column,
        code: 'UNSTORABLE_VALUE',
        reason: `The value contains a character that cannot be stored (bytes that are not valid UTF-8 at position ${replaced + 1}).`,
      };
  }
  return null;
}

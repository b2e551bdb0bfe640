/**
 * Why a row of a return was rejected, skipped or imported with a warning, as a kind independent of the row's
 * values: the import stores it with each finding, and the summary groups findings by file, column and kind.
 * A new kind is a new entry here, with its title; nothing else changes.
 */
export const FINDING_TITLES = {
  CHILD_MISSING: 'The child id is missing',
  VALUE_MISSING: 'A required value is missing',
  NOT_A_CODE: 'Not an SSDA903 code',
  NOT_A_DATE: 'Not a real date in the form dd/mm/yyyy',
  ENDS_BEFORE_START: 'An episode that ends before it starts',
  CEASED_WITHOUT_END: 'A reason the episode ceased (REC) without an end date (DEC)',
  PARTICIPATION_AGE: "A participation code that does not fit the child's age (PN0 is for a child under 4, and only then)",
  UNSTORABLE_VALUE: 'A value holding a character that cannot be stored',
  ROW_SHAPE: "A row without the file's number of columns",
  EPISODE_CHILD_NOT_IN_HEADER: 'An episode for a child who is not in the header file',
  REVIEW_CHILD_NOT_IN_HEADER: 'A review for a child who is not in the header file',
  MISSING_CHILD_NOT_IN_HEADER: 'An episode of missing from care for a child who is not in the header file',
  UASC_CHILD_NOT_IN_HEADER: 'A UASC row for a child who is not in the header file',
  DIFFERS_FROM_HEADER: 'A value that differs from the header file for the same child',
  BEFORE_BIRTH: "A date before the child's date of birth",
  DUPLICATE_ROW: 'An exact duplicate of an earlier row',
  DUPLICATE_KEY_CONFLICT: 'The same key as an earlier row, with different values (the earlier row was kept)',
  EPISODE_OVERLAP: "An episode that starts before the child's previous episode ended",
  SHORT_BREAK: 'A short break (legal status V3 or V4), which is not a period of care',
  X1_TREATED_AS_OPEN: 'A period of care ending X1 with no later accepted episode, treated as open',
  X1_CONTINUED: 'A period of care ending X1 continued into an episode that does not begin that day',
  CHILD_WITHOUT_CARE: 'A child with no period of care in this return',
  CHILD_NOT_STORED: 'A child Heard could not store (a problem in Heard, not in the return)',
} as const;
export type FindingCode = keyof typeof FINDING_TITLES;

/** What each coded column holds, in words: "placement type" for PLACE. */
export const CODED_COLUMNS: Readonly<Record<string, string>> = {
  SEX: 'sex',
  ETHNIC: 'ethnicity',
  RNE: 'reason for new episode',
  LS: 'legal status',
  CIN: 'category of need',
  PLACE: 'placement type',
  PLACE_PROVIDER: 'placement provider',
  REC: 'reason episode ceased',
  REASON_PLACE_CHANGE: 'reason for placement change',
  REVIEW_CODE: 'participation',
  MISSING: 'missing-from-care type (M or A)',
};

export const isFindingCode = (code: string): code is FindingCode => Object.prototype.hasOwnProperty.call(FINDING_TITLES, code);

/**
 * The plain-words title of a group of findings with this code in this column: "PLACE: not an SSDA903 placement
 * type code". A finding stored before codes were (code null), or with a code this version does not know, is
 * grouped by its column alone: "Other problems in column PLACE".
 */
export function findingGroupTitle(code: string | null, column: string): string {
  if (code === null || !isFindingCode(code)) return column === '' ? 'Other problems' : `Other problems in column ${column}`;
  if (code === 'NOT_A_CODE') {
    const what = CODED_COLUMNS[column];
    return what === undefined ? `${column}: not an SSDA903 code` : `${column}: not an SSDA903 ${what} code`;
  }
  const title = FINDING_TITLES[code];
  return column === '' || !PER_COLUMN.has(code) ? title : `${column}: ${lowerFirst(title)}`;
}

/** Kinds whose title names the column (the column says what is missing or wrong); the others say it themselves. */
const PER_COLUMN: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'VALUE_MISSING',
  'NOT_A_DATE',
  'UNSTORABLE_VALUE',
  'DUPLICATE_KEY_CONFLICT',
  'DIFFERS_FROM_HEADER',
  'BEFORE_BIRTH',
]);

const lowerFirst = (text: string): string => (/^[A-Z](?![A-Z0-9])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** What became of a row that was not simply imported, as the findings file and the portal say it. */
export const FINDING_OUTCOME_WORDS = {
  REJECTED: 'Needs fixing',
  SKIPPED: 'Skipped',
  WARNING: 'Imported with a warning',
} as const;
export type FindingOutcome = keyof typeof FINDING_OUTCOME_WORDS;

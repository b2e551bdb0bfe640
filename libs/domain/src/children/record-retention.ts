import { ageOn, birthdayAt } from '../advocacy/age';
import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';
import { isIsoDate, ukLongDate, type IsoDate } from '../calendar/iso-date';

/** A child's case record is kept until the 75th anniversary of their birth (reg 50 of the 2010 regulations). */
export const RECORD_RETENTION_AGE = 75;

/** When a child dies before 18, their record is kept for 15 years from the date of death instead. */
export const YEARS_KEPT_AFTER_DEATH = 15;

const REGULATION = 'regulation 50 of the Care Planning, Placement and Case Review (England) Regulations 2010';

/** One sentence the portal can show beside the date when nothing more is known than the date of birth. */
export const RECORD_RETENTION_RULE = `A child's case record is kept until the 75th anniversary of their birth, as ${REGULATION} requires.`;

export const RETENTION_RULES = ['SEVENTY_FIFTH_BIRTHDAY', 'FIFTEEN_YEARS_AFTER_DEATH', 'LEGAL_HOLD'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export interface RetentionFacts {
  dateOfBirth: IsoDate;
  dateOfDeath: IsoDate | null;
  /** Whether a legal hold stands on the record now. */
  legalHold: boolean;
}

export interface RecordRetention {
  /** The day the record is kept until; null while a legal hold stands (it is kept until the hold is lifted). */
  retainUntil: IsoDate | null;
  rule: RetentionRule;
  /** One sentence, with UK dates, saying how the date was worked out. */
  explanation: string;
}

/**
 * How long a child's case record is kept (reg 50): until the 75th anniversary of their birth, or, if the child
 * died before their 18th birthday, for 15 years from the date of death. A death on or after the 18th birthday
 * changes nothing. Anniversaries of 29 February fall on 1 March in a common year. A legal hold keeps the record
 * until it is lifted, whatever the date.
 */
export function recordRetention(facts: RetentionFacts): RecordRetention {
  const byRule = retentionByRule(facts.dateOfBirth, facts.dateOfDeath);
  if (!facts.legalHold) return byRule;
  return {
    retainUntil: null,
    rule: 'LEGAL_HOLD',
    explanation: `The record is on legal hold and is kept until the hold is lifted; without the hold it would be kept until ${ukLongDate(byRule.retainUntil ?? '')}.`,
  };
}

/** The day the record is kept until by the rule alone (no legal hold). */
export function recordRetentionDate(dateOfBirth: IsoDate, dateOfDeath: IsoDate | null = null): IsoDate {
  return retentionByRule(dateOfBirth, dateOfDeath).retainUntil ?? birthdayAt(dateOfBirth, RECORD_RETENTION_AGE);
}

function retentionByRule(dateOfBirth: IsoDate, dateOfDeath: IsoDate | null): RecordRetention {
  if (dateOfDeath !== null && ageOn(dateOfBirth, dateOfDeath) < 18) {
    const retainUntil = birthdayAt(dateOfDeath, YEARS_KEPT_AFTER_DEATH);
    return {
      retainUntil,
      rule: 'FIFTEEN_YEARS_AFTER_DEATH',
      explanation: `The child died before their 18th birthday, on ${ukLongDate(dateOfDeath)}, so their record is kept for 15 years from that day, until ${ukLongDate(retainUntil)}, as ${REGULATION} requires.`,
    };
  }
  const retainUntil = birthdayAt(dateOfBirth, RECORD_RETENTION_AGE);
  return {
    retainUntil,
    rule: 'SEVENTY_FIFTH_BIRTHDAY',
    explanation: `The record is kept until ${ukLongDate(retainUntil)}, the 75th anniversary of the child's birth, as ${REGULATION} requires.`,
  };
}

/** Why a date of death cannot be recorded (a real date, not before the birth, not in the future), or null. */
export function dateOfDeathRefusal(dateOfBirth: IsoDate, dateOfDeath: string, today: IsoDate): string | null {
  if (!isIsoDate(dateOfDeath)) return `Date of death must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(dateOfDeath)}).`;
  if (dateOfDeath < dateOfBirth) return `Date of death cannot be before the child's date of birth, ${ukLongDate(dateOfBirth)}.`;
  if (dateOfDeath > today) return `Date of death cannot be in the future. Today is ${ukLongDate(today)}.`;
  return null;
}

export const RECORD_RETENTION_COMMANDS = ['RECORD_DEATH', 'PLACE_LEGAL_HOLD', 'LIFT_LEGAL_HOLD'] as const;
export type RecordRetentionCommand = (typeof RECORD_RETENTION_COMMANDS)[number];

/**
 * Who may change how long a child's record is kept: a manager or the data protection officer of the child's LA
 * (checked per record as well).
 */
export const RECORD_RETENTION_COMMAND_ROLES: CommandRoles<RecordRetentionCommand> = {
  RECORD_DEATH: ['LA_MANAGER', 'DATA_PROTECTION_OFFICER'],
  PLACE_LEGAL_HOLD: ['LA_MANAGER', 'DATA_PROTECTION_OFFICER'],
  LIFT_LEGAL_HOLD: ['LA_MANAGER', 'DATA_PROTECTION_OFFICER'],
};

/** What the caller may do next to the record's retention: a hold is placed only when none stands, lifted only when one does. */
export function allowedRetentionCommands(state: { legalHold: boolean; callerIsChildsLa: boolean }, role: Role): RecordRetentionCommand[] {
  return permitted(RECORD_RETENTION_COMMAND_ROLES, role, (command) => {
    if (!state.callerIsChildsLa) return false;
    if (command === 'PLACE_LEGAL_HOLD') return !state.legalHold;
    if (command === 'LIFT_LEGAL_HOLD') return state.legalHold;
    return true;
  });
}

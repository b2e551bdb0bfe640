import type { IsoDate } from '../calendar/iso-date';

/**
 * Advocacy starts on the later of the period of care's start and the day Heard learned of the
 * child (an SSDA903 import's date): an advocate cannot have been assigned, nor an active offer been
 * due, before Heard knew the child was in care. The period of care keeps its real start.
 */
export function advocacyStartsOn(periodStart: IsoDate, learnedOn: IsoDate): IsoDate {
  return periodStart > learnedOn ? periodStart : learnedOn;
}

/**
 * An assignment ends when the child's period of care ended, but never before it began: a child who
 * left care before Heard learned of their period's end, and after their advocate was assigned on
 * the day Heard learned they were in care, has the assignment end on the day it started.
 */
export function advocacyEndsOn(periodEnd: IsoDate, assignmentStart: IsoDate): IsoDate {
  return periodEnd < assignmentStart ? assignmentStart : periodEnd;
}

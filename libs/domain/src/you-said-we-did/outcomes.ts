import { type CommandRoles } from '../commands/command-table';

/** What became of one thing the child said or asked for (one recorded child view). */
export const VIEW_OUTCOMES = ['OPEN', 'DONE', 'PARTLY', 'NOT_DONE'] as const;
export type ViewOutcome = (typeof VIEW_OUTCOMES)[number];

export type YouSaidWeDidCommand = 'SET_OUTCOME';

/** Only the child's advocate records what became of what the child asked for (the service checks they are the current one). */
export const YOU_SAID_WE_DID_COMMAND_ROLES: CommandRoles<YouSaidWeDidCommand> = {
  SET_OUTCOME: ['ADVOCATE'],
};

/** The longest reason kept, in characters. */
export const OUTCOME_REASON_MAX = 1000;

/** Partly done and not done need the reason, in words the child can understand. */
export function outcomeNeedsReason(outcome: ViewOutcome): boolean {
  return outcome === 'PARTLY' || outcome === 'NOT_DONE';
}

/**
 * Where an outcome may go next. Everything starts OPEN. An open or partly-done item may be settled either way; a
 * settled one (done, not done) may only be reopened, so a change of mind is recorded as a reopening first. Staying
 * in the same state is allowed, to correct the reason, the links or the child's consent.
 */
const NEXT: Readonly<Record<ViewOutcome, readonly ViewOutcome[]>> = {
  OPEN: ['OPEN', 'DONE', 'PARTLY', 'NOT_DONE'],
  PARTLY: ['PARTLY', 'DONE', 'NOT_DONE', 'OPEN'],
  DONE: ['DONE', 'OPEN'],
  NOT_DONE: ['NOT_DONE', 'OPEN'],
};

export function outcomeTransitionAllowed(from: ViewOutcome, to: ViewOutcome): boolean {
  return NEXT[from].includes(to);
}

export interface OutcomeChange {
  from: ViewOutcome;
  to: ViewOutcome;
  reason: string | null;
}

/** Why this change of outcome cannot be saved, as the field and the message; null when it can. */
export function outcomeProblem(change: OutcomeChange): { field: 'outcome' | 'reason'; message: string } | null {
  if (!outcomeTransitionAllowed(change.from, change.to)) {
    return { field: 'outcome', message: `This is marked ${OUTCOME_LABELS[change.from].toLowerCase()}: reopen it (still open) before changing it.` };
  }
  const reason = change.reason?.trim() ?? '';
  if (outcomeNeedsReason(change.to) && reason === '') {
    return { field: 'reason', message: change.to === 'PARTLY' ? 'Enter what was done and what was not' : 'Enter why it could not be done' };
  }
  if (reason.length > OUTCOME_REASON_MAX) return { field: 'reason', message: `The reason must be ${OUTCOME_REASON_MAX} characters or fewer` };
  return null;
}

/** The outcome's name, for the advocate's list. */
export const OUTCOME_LABELS: Readonly<Record<ViewOutcome, string>> = {
  OPEN: 'Still open',
  DONE: 'Done',
  PARTLY: 'Partly done',
  NOT_DONE: 'Not done',
};

/** Open items first, then partly done, then the settled ones. */
const ORDER: Readonly<Record<ViewOutcome, number>> = { OPEN: 0, PARTLY: 1, NOT_DONE: 2, DONE: 3 };

export function outcomeOrder(outcome: ViewOutcome): number {
  return ORDER[outcome];
}

/**
 * The plain-words sentence for the child's printed page: what they asked for, then what happened.
 * `asked` is what the child said, as the advocate wrote it down.
 */
export function childOutcomeSentence(asked: string, outcome: ViewOutcome, reason: string | null): { youSaid: string; weDid: string } {
  const said = asked.trim().replace(/[.!?]+$/, '');
  const why = (reason ?? '').trim().replace(/[.!?]+$/, '');
  const youSaid = `You asked for: ${said}.`;
  switch (outcome) {
    case 'DONE':
      return { youSaid, weDid: 'We did it.' };
    case 'PARTLY':
      return { youSaid, weDid: `We did part of it: ${why}.` };
    case 'NOT_DONE':
      return { youSaid, weDid: `We could not do it, because ${why}.` };
    case 'OPEN':
      return { youSaid, weDid: 'We are still working on it.' };
  }
}

/** Only what the child agreed may be shown reaches their printed page. */
export function shownToChild<T extends { showToChild: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => item.showToChild);
}

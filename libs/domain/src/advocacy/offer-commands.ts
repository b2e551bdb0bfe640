import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';
import { ukLongDate } from '../calendar/iso-date';
import type { OfferOutcome } from './offers';

/** An offer's outcome as the portal names it. */
const OUTCOME_WORDS: Readonly<Record<OfferOutcome, string>> = {
  ACCEPTED: 'accepted',
  OPTED_OUT: 'opted out',
  NON_INSTRUCTED: 'non-instructed advocacy',
};

export type OfferCommand = 'RECORD_OUTCOME' | 'OPT_BACK_IN';

/** Who records the child's answer to an offer of advocacy. */
export const OFFER_COMMAND_ROLES: CommandRoles<OfferCommand> = {
  RECORD_OUTCOME: ['ADVOCATE'],
  OPT_BACK_IN: ['ADVOCATE'],
};
export const OFFER_COMMANDS = Object.keys(OFFER_COMMAND_ROLES) as OfferCommand[];

export interface OfferState {
  outcome: OfferOutcome | null;
  /** The offer was closed when the child was reassigned. */
  closedOn: string | null;
  /** The child's latest decision is to opt out (they may opt back in at any time). */
  childOptedOut: boolean;
  /** The caller represents the child now. */
  callerIsCurrentAdvocate: boolean;
}

/** Why the offer refuses an outcome (the API answers CONFLICT with this), or null when it can take one. */
export function offerOutcomeRefusal(offer: Pick<OfferState, 'outcome' | 'closedOn'>, outcomeOn: string | null): string | null {
  if (offer.outcome !== null)
    return `This offer already has an outcome (${OUTCOME_WORDS[offer.outcome]}${outcomeOn === null ? '' : ` on ${ukLongDate(outcomeOn)}`}). Record an opt-back-in instead.`;
  if (offer.closedOn !== null)
    return `This offer was closed on ${ukLongDate(offer.closedOn)} when the child was reassigned: record the outcome on their current offer.`;
  return null;
}

export const NOT_OPTED_OUT = 'This child has not opted out, so there is nothing to opt back in to.';

/** What this person may record about the child's offer now: its outcome while it has none, or the child opting back in. */
export function allowedOfferCommands(offer: OfferState, role: Role): OfferCommand[] {
  if (!offer.callerIsCurrentAdvocate) return [];
  return permitted(OFFER_COMMAND_ROLES, role, (command) => (command === 'RECORD_OUTCOME' ? offerOutcomeRefusal(offer, null) === null : offer.childOptedOut));
}

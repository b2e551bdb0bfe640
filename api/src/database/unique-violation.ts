import { QueryFailedError } from 'typeorm';
import { DomainException } from '../common/exceptions/domain.exception';

/**
 * What each unique index means when a request runs into it: the state change it guards was already made
 * (normally by a parallel request; the services lock rows so this is the last line of defence).
 */
const MEANINGS: Readonly<Record<string, string>> = {
  users_email_unique: 'An account with that email already exists.',
  children_la_child_ref_unique: 'The local authority already has a child with that reference.',
  concerns_from_action_unique: 'A concern has already been raised about this action.',
  concerns_from_recommendation_unique: 'A concern has already been raised about this recommendation.',
  assignments_one_active_per_child: 'This child already has an advocate.',
  awaiting_advocate_one_open_per_child: 'This child is already waiting for an advocate.',
  home_visits_one_draft_per_home: 'This home already has a draft visit report.',
  child_self_representations_one_per_meeting: 'The child’s choice to represent themselves at this meeting is already recorded.',
};

const ALREADY = 'Someone else made this change at the same time: reload to see it.';

/** A unique violation (SQLSTATE 23505) as the CONFLICT it is, naming the reason when the index is known; null for anything else. */
export function uniqueViolationConflict(error: unknown): DomainException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: unknown; constraint?: unknown };
  if (driver.code !== '23505') return null;
  const constraint = typeof driver.constraint === 'string' ? driver.constraint : '';
  return new DomainException('CONFLICT', MEANINGS[constraint] ?? ALREADY);
}

import { type DisposalFacts, type DisposalRule, recordRetention, recordRetentionDate } from '@heard/domain';
import type { DisposalCandidateRow } from './record-disposal.repository';

/** A candidate's facts for the domain's disposal rule: the date by the rule alone, and the notice given for that date. */
export function disposalFacts(row: DisposalCandidateRow): DisposalFacts & { rule: DisposalRule } {
  const retainUntil = recordRetentionDate(row.date_of_birth, row.date_of_death);
  const byRule = recordRetention({ dateOfBirth: row.date_of_birth, dateOfDeath: row.date_of_death, legalHold: false }).rule;
  return {
    retainUntil,
    rule: byRule === 'FIFTEEN_YEARS_AFTER_DEATH' ? 'FIFTEEN_YEARS_AFTER_DEATH' : 'SEVENTY_FIFTH_BIRTHDAY',
    // A notice given for another date (a death recorded or corrected since) does not count: notice is given afresh.
    noticeGivenOn: row.notice_retain_until === retainUntil ? row.notice_given_on : null,
    legalHold: row.legal_hold,
  };
}

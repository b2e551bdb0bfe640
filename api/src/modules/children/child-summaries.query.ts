import { allowedOfferCommands, interpreterNeeded, isOfferOverdue, type OfferOutcome, type OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/request/request-context';
import { queryPrepared } from '../../database/prepared-query';
import type { OfferType } from '../offers/dto/offer.type';
import { AdvocacyStatus, type ChildSummaryType } from './dto/child-summary.type';

interface SummaryRow {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  la_id: string;
  la_code: string;
  la_name: string;
  advocate_id: string | null;
  advocate_name: string | null;
  advocate_user_id: string | null;
  awaiting: boolean;
  in_care: boolean | null;
  latest_decision: string | null;
  offer_id: string | null;
  offer_reason: OfferReason | null;
  prompted_on: string | null;
  due_on: string | null;
  due_explanation: string | null;
  outcome: OfferOutcome | null;
  outcome_on: string | null;
  child_words: string | null;
  non_instructed_reason: string | null;
  closed_on: string | null;
  first_language: string | null;
  uasc: boolean;
  uasc_ceased_on: string | null;
}

/** Who is reading the summaries: what each offer allows depends on them. */
export type SummaryViewer = Pick<Caller, 'userId' | 'role'>;

export type SummaryFilter = { kind: 'advocateUser'; userId: string } | { kind: 'localAuthority'; localAuthorityId: string } | { kind: 'ids'; ids: string[] };

/**
 * The child-summary columns; shared with the raw-SQL benchmark endpoint so both fetch the same data. Whether a child
 * is awaiting an advocate is a scalar lookup of the child's one open queue row (a unique partial index): written as
 * EXISTS, PostgreSQL hashed every open queue row on each request instead. The current advocate is a lookup of the
 * child's one open assignment (also a unique partial index; LIMIT 1 keeps it a lookup): as a plain join, an LA's
 * list of about 1,900 children hashed all 80,000 open assignments in the country first.
 */
export const CHILD_SUMMARY_SELECT = `
SELECT c.id, c.given_name, c.family_name, c.preferred_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
       la.id AS la_id, la.code AS la_code, la.name AS la_name,
       adv.id AS advocate_id, u.display_name AS advocate_name, adv.user_id AS advocate_user_id,
       (SELECT true FROM awaiting_advocate q WHERE q.child_id = c.id AND q.resolved_at IS NULL) IS NOT NULL AS awaiting,
       (SELECT e.end_date IS NULL FROM care_episodes e WHERE e.child_id = c.id ORDER BY e.start_date DESC LIMIT 1) AS in_care,
       (SELECT d.kind FROM child_decisions d WHERE d.child_id = c.id ORDER BY d.recorded_at DESC, d.id DESC LIMIT 1) AS latest_decision,
       o.id AS offer_id, o.reason AS offer_reason, to_char(o.prompted_on, 'YYYY-MM-DD') AS prompted_on,
       to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.due_explanation, o.outcome, to_char(o.outcome_on, 'YYYY-MM-DD') AS outcome_on,
       o.child_words, o.non_instructed_reason, to_char(o.closed_on, 'YYYY-MM-DD') AS closed_on,
       c.first_language, c.uasc, to_char(c.uasc_ceased_on, 'YYYY-MM-DD') AS uasc_ceased_on
  FROM children c
  JOIN local_authorities la ON la.id = c.local_authority_id
  LEFT JOIN LATERAL (SELECT a.advocate_id FROM assignments a WHERE a.child_id = c.id AND a.ended_on IS NULL LIMIT 1) a ON true
  LEFT JOIN advocates adv ON adv.id = a.advocate_id
  LEFT JOIN users u ON u.id = adv.user_id
  LEFT JOIN LATERAL (
    SELECT * FROM offers o WHERE o.child_id = c.id ORDER BY (o.outcome IS NULL AND o.closed_on IS NULL) DESC, o.created_at DESC LIMIT 1
  ) o ON true`;

export function whereFor(filter: SummaryFilter): { clause: string; params: unknown[] } {
  switch (filter.kind) {
    case 'advocateUser':
      return {
        clause: `WHERE c.disposed_at IS NULL AND c.id IN (
                   SELECT mine.child_id FROM assignments mine JOIN advocates me ON me.id = mine.advocate_id WHERE me.user_id = $1 AND mine.ended_on IS NULL)`,
        params: [filter.userId],
      };
    case 'localAuthority':
      return { clause: 'WHERE c.disposed_at IS NULL AND c.local_authority_id = $1', params: [filter.localAuthorityId] };
    case 'ids':
      return { clause: 'WHERE c.disposed_at IS NULL AND c.id = ANY($1::uuid[])', params: [filter.ids] };
  }
}

export function offerFromRow(
  row: Omit<SummaryRow, 'offer_reason'> & { offer_reason: OfferReason | null },
  today: string,
  viewer: SummaryViewer,
): OfferType | null {
  if (row.offer_id === null || row.offer_reason === null || row.prompted_on === null || row.due_on === null) return null;
  const state = {
    outcome: row.outcome,
    closedOn: row.closed_on,
    childOptedOut: row.latest_decision === 'OPTED_OUT',
    callerIsCurrentAdvocate: row.advocate_user_id !== null && row.advocate_user_id === viewer.userId,
  };
  return {
    id: row.offer_id,
    reason: row.offer_reason,
    promptedOn: row.prompted_on,
    dueOn: row.due_on,
    dueExplanation: row.due_explanation ?? '',
    overdue: isOfferOverdue(row.due_on, row.outcome, today),
    outcome: row.outcome,
    outcomeOn: row.outcome_on,
    childWords: row.child_words,
    nonInstructedReason: row.non_instructed_reason,
    allowedCommands: allowedOfferCommands(state, viewer.role),
  };
}

function statusOf(row: SummaryRow, offer: OfferType | null): AdvocacyStatus {
  if (row.awaiting) return AdvocacyStatus.AWAITING_ADVOCATE;
  if (row.advocate_id === null) return AdvocacyStatus.NOT_IN_CARE;
  if (offer !== null && offer.outcome === null) return offer.overdue ? AdvocacyStatus.OFFER_OVERDUE : AdvocacyStatus.OFFER_DUE;
  if (row.latest_decision === 'OPTED_OUT') return AdvocacyStatus.OPTED_OUT;
  if (row.latest_decision === 'NON_INSTRUCTED') return AdvocacyStatus.NON_INSTRUCTED;
  return AdvocacyStatus.ACCEPTED;
}

const PRIORITY: Record<AdvocacyStatus, number> = {
  OFFER_OVERDUE: 0,
  OFFER_DUE: 1,
  AWAITING_ADVOCATE: 2,
  OPTED_OUT: 3,
  NON_INSTRUCTED: 4,
  ACCEPTED: 5,
  NOT_IN_CARE: 6,
};

/** Child summaries in one prepared statement (no N+1), overdue and due-soon offers first. */
export async function childSummaries(manager: EntityManager, filter: SummaryFilter, today: string, viewer: SummaryViewer): Promise<ChildSummaryType[]> {
  const { clause, params } = whereFor(filter);
  return toSummaries(await queryPrepared<SummaryRow>(manager, `${CHILD_SUMMARY_SELECT} ${clause}`, params), today, viewer);
}

/** The child-summary read and the audit of every child it shows, as one statement (`audit` is built from AuditService.childReadsOf). */
export function auditedSummarySql(
  filter: SummaryFilter,
  audit: (source: string, firstParam: number) => { sql: string; params: unknown[] },
): { text: string; params: unknown[] } {
  const { clause, params } = whereFor(filter);
  const insert = audit('listed', params.length + 1);
  return { text: `WITH listed AS (${CHILD_SUMMARY_SELECT} ${clause}), audited AS (${insert.sql}) SELECT * FROM listed`, params: [...params, ...insert.params] };
}

/** A list of child summaries and the audit of every child in it, in one statement. */
export async function auditedChildSummaries(
  manager: EntityManager,
  filter: SummaryFilter,
  today: string,
  viewer: SummaryViewer,
  audit: (source: string, firstParam: number) => { sql: string; params: unknown[] },
): Promise<ChildSummaryType[]> {
  const { text, params } = auditedSummarySql(filter, audit);
  return toSummaries(await queryPrepared<SummaryRow>(manager, text, params), today, viewer);
}

function toSummaries(rows: SummaryRow[], today: string, viewer: SummaryViewer): ChildSummaryType[] {
  const summaries = rows.map((row) => {
    const offer = offerFromRow(row, today, viewer);
    return {
      id: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      preferredName: row.preferred_name,
      dateOfBirth: row.date_of_birth,
      localAuthority: { id: row.la_id, code: row.la_code, name: row.la_name },
      advocate: row.advocate_id === null ? null : { id: row.advocate_id, displayName: row.advocate_name ?? '' },
      status: statusOf(row, offer),
      currentOffer: offer,
      interpreterNeeded: interpreterNeeded({ uasc: row.uasc, uascCeasedOn: row.uasc_ceased_on, firstLanguage: row.first_language }, today),
    };
  });
  return summaries.sort(
    (a, b) =>
      PRIORITY[a.status] - PRIORITY[b.status] ||
      (a.currentOffer?.dueOn ?? '9999').localeCompare(b.currentOffer?.dueOn ?? '9999') ||
      a.familyName.localeCompare(b.familyName) ||
      a.givenName.localeCompare(b.givenName),
  );
}

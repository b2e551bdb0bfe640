import '../runtime-paths';
import { CHILD_SUMMARY_SELECT, whereFor } from '../modules/children/child-summaries.query';

/**
 * The SQL the benchmark's ceilings run for the three measured paths, shared by the raw-SQL endpoint and the
 * PostGraphile functions the bench creates (`bench/postgraphile/schema.ts` loads this compiled file), so both
 * serve the same rows as Heard's GraphQL. Never part of the product.
 */

/** An advocate's current children ($1: the advocate's user id), as Heard's "My children" reads them. */
export const MY_CHILDREN_SQL = `${CHILD_SUMMARY_SELECT} ${whereFor({ kind: 'advocateUser', userId: '' }).clause}`;

/** An LA's children ($1: the LA's id), as Heard's "LA children" reads them. */
export const LA_CHILDREN_SQL = `${CHILD_SUMMARY_SELECT} ${whereFor({ kind: 'localAuthority', localAuthorityId: '' }).clause}`;

const dated = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * A child's page ($1: the child's id) in one row: the summary's columns, the child's own details and, as JSON
 * arrays newest first, what the portal's child page shows (episodes, offers, decisions, assignments, missing
 * episodes, trigger events, corrections) and any standing legal hold, from the same tables Heard reads.
 */
export const CHILD_PAGE_SQL = `
SELECT s.*, c.communication_needs, c.legal_status, c.placement_type,
  (SELECT coalesce(json_agg(json_build_object('id', e.id, 'startDate', ${dated('e.start_date')}, 'endDate', ${dated('e.end_date')},
            'legalStatus', e.legal_status, 'placementType', e.placement_type) ORDER BY e.start_date DESC), '[]')
     FROM care_episodes e WHERE e.child_id = c.id) AS episodes,
  (SELECT coalesce(json_agg(json_build_object('id', o.id, 'reason', o.reason, 'promptedOn', ${dated('o.prompted_on')}, 'dueOn', ${dated('o.due_on')},
            'dueExplanation', o.due_explanation, 'outcome', o.outcome, 'outcomeOn', ${dated('o.outcome_on')}, 'childWords', o.child_words,
            'nonInstructedReason', o.non_instructed_reason, 'closedOn', ${dated('o.closed_on')}) ORDER BY o.created_at DESC), '[]')
     FROM offers o WHERE o.child_id = c.id) AS offers,
  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'decidedOn', ${dated('d.decided_on')}, 'childWords', d.child_words,
            'recordedBy', du.display_name) ORDER BY d.recorded_at DESC, d.id DESC), '[]')
     FROM child_decisions d JOIN users du ON du.id = d.recorded_by_user_id WHERE d.child_id = c.id) AS decisions,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'advocate', json_build_object('id', aa.id, 'displayName', au.display_name),
            'startedOn', ${dated('a.started_on')}, 'startReason', a.start_reason, 'endedOn', ${dated('a.ended_on')}, 'endReason', a.end_reason,
            'endNote', a.end_note) ORDER BY a.started_on DESC, a.created_at DESC), '[]')
     FROM assignments a JOIN advocates aa ON aa.id = a.advocate_id JOIN users au ON au.id = aa.user_id WHERE a.child_id = c.id) AS assignments,
  (SELECT coalesce(json_agg(json_build_object('kind', m.kind, 'startedOn', ${dated('m.started_on')}, 'endedOn', ${dated('m.ended_on')})
            ORDER BY m.started_on DESC), '[]')
     FROM missing_episodes m WHERE m.child_id = c.id) AS missing_episodes,
  (SELECT coalesce(json_agg(json_build_object('id', t.id, 'kind', t.kind, 'occurredOn', ${dated('t.occurred_on')}) ORDER BY t.occurred_on DESC), '[]')
     FROM trigger_events t WHERE t.child_id = c.id) AS trigger_events,
  (SELECT coalesce(json_agg(json_build_object('id', rc.id, 'itemKind', rc.item_kind, 'itemId', rc.item_id, 'kind', rc.kind, 'text', rc.text)
            ORDER BY rc.recorded_at), '[]')
     FROM record_corrections rc WHERE rc.child_id = c.id) AS corrections,
  (SELECT json_build_object('reason', h.reason, 'placedOn', ${dated('h.placed_on')}, 'placedByName', hu.display_name)
     FROM record_holds h JOIN users hu ON hu.id = h.placed_by_user_id WHERE h.child_id = c.id AND h.lifted_at IS NULL) AS legal_hold,
  (SELECT ${dated('cd.date_of_death')} FROM child_deaths cd WHERE cd.child_id = c.id) AS date_of_death
  FROM (${CHILD_SUMMARY_SELECT} WHERE c.disposed_at IS NULL AND c.id = $1) s
  JOIN children c ON c.id = s.id`;

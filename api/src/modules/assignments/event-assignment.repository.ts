import { Injectable } from '@nestjs/common';
import type { AdvocateCandidate } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRun } from '../../database/sql';

/** What one trigger event needs to know about its child, read and locked in one statement. */
interface EventContextRow {
  id: string;
  local_authority_id: string;
  date_of_birth: string;
  first_language: string | null;
  sibling_group_id: string | null;
  uasc: boolean;
  uasc_ceased_on: string | null;
  legal_status: string | null;
  placement_type: string | null;
  active_assignment_id: string | null;
  waiting: boolean;
  in_open_episode: boolean;
  providers: string[];
  advocates: Array<Omit<AdvocateCandidate, 'active'>>;
  previous: string[];
  siblings: string[];
}

/** The child of a trigger event (locked), their assignment state, and everything `chooseAdvocate` reads. */
export interface EventContext {
  child: {
    id: string;
    localAuthorityId: string;
    dateOfBirth: string;
    firstLanguage: string | null;
    siblingGroupId: string | null;
    uasc: boolean;
    uascCeasedOn: string | null;
    legalStatus: string | null;
    placementType: string | null;
  };
  activeAssignmentId: string | null;
  /** The child has an open row in the awaiting-advocate queue. */
  waiting: boolean;
  /** The child has a period of care without an end. */
  inOpenEpisode: boolean;
  /** The providers covering the child's LA. */
  providerIds: string[];
  /** The active advocates of those providers, as the database held them when the child was locked (not locked themselves). */
  advocates: AdvocateCandidate[];
  /** The child's earlier advocates, most recent first. */
  previousAdvocateIds: string[];
  /** The advocates of the child's brothers and sisters now. */
  siblingAdvocateIds: string[];
}

/** What trying to take a place with one advocate came to. */
export type PlaceAttempt = { kind: 'PLACED'; assignmentId: string } | { kind: 'BUSY' } | { kind: 'FULL' };

const CONTEXT = `
SELECT c.id, c.local_authority_id, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, c.first_language, c.sibling_group_id,
       c.uasc, to_char(c.uasc_ceased_on, 'YYYY-MM-DD') AS uasc_ceased_on, c.legal_status, c.placement_type,
       (SELECT a.id FROM assignments a WHERE a.child_id = c.id AND a.ended_on IS NULL) AS active_assignment_id,
       EXISTS (SELECT 1 FROM awaiting_advocate q WHERE q.child_id = c.id AND q.resolved_at IS NULL) AS waiting,
       EXISTS (SELECT 1 FROM care_episodes e WHERE e.child_id = c.id AND e.end_date IS NULL) AS in_open_episode,
       to_json(ARRAY(SELECT pc.advocacy_provider_id FROM provider_coverage pc WHERE pc.local_authority_id = c.local_authority_id)) AS providers,
       (SELECT coalesce(json_agg(json_build_object('id', v.id, 'providerId', v.advocacy_provider_id, 'employingLaId', v.employing_local_authority_id,
                        'unavailableUntil', to_char(v.unavailable_until, 'YYYY-MM-DD'), 'caseloadCap', v.caseload_cap,
                        'activeCaseload', v.active_caseload, 'languages', v.languages)), '[]'::json)
          FROM advocates v JOIN provider_coverage pc ON pc.advocacy_provider_id = v.advocacy_provider_id AND pc.local_authority_id = c.local_authority_id
         WHERE v.active) AS advocates,
       to_json(ARRAY(SELECT h.advocate_id FROM assignments h WHERE h.child_id = c.id
                      GROUP BY h.advocate_id ORDER BY max(h.started_on) DESC, max(h.created_at) DESC)) AS previous,
       to_json(ARRAY(SELECT DISTINCT s.advocate_id FROM assignments s JOIN children sc ON sc.id = s.child_id
                      WHERE c.sibling_group_id IS NOT NULL AND sc.sibling_group_id = c.sibling_group_id AND sc.id <> c.id AND s.ended_on IS NULL)) AS siblings
  FROM children c WHERE c.id = $1
   FOR UPDATE OF c`;

/**
 * Takes a place with the advocate and writes the assignment in one statement: the advocate's row is locked only if they
 * are active and under their cap (the caseload trigger then counts the new assignment, and the CHECK still bounds it),
 * and the child's wait, if any, is resolved by the same assignment. Without `wait`, an advocate another transaction is
 * placing a child with right now is skipped (SKIP LOCKED) rather than waited for; the answer then says BUSY.
 */
function placeSql(wait: boolean): string {
  return `
WITH place AS (
  SELECT id FROM advocates WHERE id = $2 AND active AND active_caseload < caseload_cap FOR UPDATE${wait ? '' : ' SKIP LOCKED'}
), assigned AS (
  INSERT INTO assignments (child_id, advocate_id, started_on, start_reason) SELECT $1, place.id, $3, $4 FROM place RETURNING id
), resolved AS (
  UPDATE awaiting_advocate q SET resolved_at = now(), assignment_id = assigned.id FROM assigned WHERE q.child_id = $1 AND q.resolved_at IS NULL
)
SELECT (SELECT id FROM assigned) AS assignment_id,
       coalesce((SELECT v.active AND v.active_caseload < v.caseload_cap FROM advocates v WHERE v.id = $2), false) AS had_room`;
}

/** The statements of `EventAssignmentEngine`: one trigger event's read, its place, its wait. */
@Injectable()
export class EventAssignmentRepository {
  /** Locks the child for the rest of the transaction and reads their assignment state and candidates; null if there is no such child. */
  async lockContext(manager: EntityManager, childId: string): Promise<EventContext | null> {
    const row = await sqlRow<EventContextRow>(manager, CONTEXT, [childId]);
    if (row === undefined) return null;
    return {
      child: {
        id: row.id,
        localAuthorityId: row.local_authority_id,
        dateOfBirth: row.date_of_birth,
        firstLanguage: row.first_language,
        siblingGroupId: row.sibling_group_id,
        uasc: row.uasc,
        uascCeasedOn: row.uasc_ceased_on,
        legalStatus: row.legal_status,
        placementType: row.placement_type,
      },
      activeAssignmentId: row.active_assignment_id,
      waiting: row.waiting,
      inOpenEpisode: row.in_open_episode,
      providerIds: row.providers,
      advocates: row.advocates.map((a) => ({ ...a, active: true })),
      previousAdvocateIds: row.previous,
      siblingAdvocateIds: row.siblings,
    };
  }

  /** Assigns the child to the advocate if they have a free place (see `placeSql`). */
  async place(
    manager: EntityManager,
    assignment: { childId: string; advocateId: string; startedOn: string; startReason: string },
    wait: boolean,
  ): Promise<PlaceAttempt> {
    const row = await sqlRow<{ assignment_id: string | null; had_room: boolean }>(manager, placeSql(wait), [
      assignment.childId,
      assignment.advocateId,
      assignment.startedOn,
      assignment.startReason,
    ]);
    if (row?.assignment_id != null) return { kind: 'PLACED', assignmentId: row.assignment_id };
    // Not placed though the snapshot showed room: someone holds the row (or filled the place) just now.
    return row?.had_room === true && !wait ? { kind: 'BUSY' } : { kind: 'FULL' };
  }

  /** Queues the child unless they are waiting already; queued_at is the transaction's time, as for any one child queued. */
  async queue(manager: EntityManager, entry: { childId: string; localAuthorityId: string; waitingSince: string; reason: string }): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO awaiting_advocate (child_id, local_authority_id, waiting_since, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (child_id) WHERE resolved_at IS NULL DO NOTHING`,
      [entry.childId, entry.localAuthorityId, entry.waitingSince, entry.reason],
    );
  }
}

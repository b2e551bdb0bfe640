import { type PeriodOfCare, periodsOfCare } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { CareEpisodeEntity } from '../care-episodes/care-episode.entity';
import { ChildEntity } from '../children/child.entity';
import { TriggerEventEntity } from '../triggers/trigger-event.entity';
import type { ChildReturn, Rejection } from './return-reader';

export const REVIEW_PLACE = 'Review recorded in the SSDA903 return';

export interface ChildOutcome {
  created: boolean;
  changed: boolean;
  periods: number;
  assigned: boolean;
  queued: boolean;
  assignmentEnded: boolean;
  meetings: number;
  shortBreaks: number;
  rejections: Rejection[];
}

export interface ImportContext {
  localAuthorityId: string;
  userId: string;
  reviewerStaffId: string;
  engine: AssignmentEngine;
}

/**
 * Brings one child's return into Heard, in the caller's transaction: creates or updates the child
 * (keyed by LA and CHILD), replaces their periods of care when they changed, records an
 * ENTERED_CARE trigger for an open latest period (assigning or queueing), ends the assignment when
 * that period has ended, and records each review as a past meeting. Doing it again changes nothing.
 */
export async function importChild(manager: EntityManager, ref: string, data: ChildReturn, context: ImportContext): Promise<ChildOutcome> {
  const grouped = periodsOfCare(data.episodes.map((e) => ({ row: e.row, start: e.start, end: e.end, rne: e.rne, legalStatus: e.legalStatus, placement: e.placement, reasonEnded: e.reasonEnded })));
  const outcome: ChildOutcome = {
    created: false, changed: false, periods: grouped.periods.length, assigned: false, queued: false, assignmentEnded: false, meetings: 0, shortBreaks: grouped.shortBreaks,
    rejections: grouped.problems.map((p) => ({ file: 'episodes', rowNumber: p.row, column: p.column, reason: p.reason })),
  };
  const latest = grouped.periods[grouped.periods.length - 1];
  let child = await manager.findOne(ChildEntity, { where: { localAuthorityId: context.localAuthorityId, laChildRef: ref }, lock: { mode: 'pessimistic_write' } });
  if (child === null) {
    child = await manager.save(manager.create(ChildEntity, {
      localAuthorityId: context.localAuthorityId, laChildRef: ref, givenName: 'Child', familyName: ref, preferredName: null, dateOfBirth: data.header.dateOfBirth,
      sex: data.header.sex, ethnicity: data.header.ethnicity, firstLanguage: null, communicationNeeds: null,
      legalStatus: latest?.legalStatus ?? null, placementType: latest?.placement ?? null, placementProvider: null, siblingGroupId: null, allocatedSocialWorkerId: null,
    }));
    outcome.created = true;
  } else if (child.dateOfBirth !== data.header.dateOfBirth || child.sex !== data.header.sex || child.ethnicity !== data.header.ethnicity
    || (latest !== undefined && (child.legalStatus !== latest.legalStatus || child.placementType !== latest.placement))) {
    await manager.update(ChildEntity, { id: child.id }, {
      dateOfBirth: data.header.dateOfBirth, sex: data.header.sex, ethnicity: data.header.ethnicity,
      ...(latest === undefined ? {} : { legalStatus: latest.legalStatus, placementType: latest.placement }),
    });
    outcome.changed = true;
  }
  if (await replacePeriods(manager, child.id, grouped.periods)) outcome.changed = true;

  const assignment = await context.engine.activeAssignment(manager, child.id);
  if (latest !== undefined && latest.end === null) {
    const triggered: unknown[] = await manager.query(`SELECT 1 FROM trigger_events WHERE child_id = $1 AND kind = 'ENTERED_CARE' AND occurred_on = $2`, [child.id, latest.start]);
    if (triggered.length === 0) {
      await manager.insert(TriggerEventEntity, { childId: child.id, kind: 'ENTERED_CARE', occurredOn: latest.start, recordedByUserId: context.userId });
      outcome.changed = true;
      if (assignment === null) {
        const result = await context.engine.assignOrQueue(manager, child, latest.start);
        outcome.assigned = result.kind === 'ASSIGNED';
        outcome.queued = result.kind === 'QUEUED';
      }
    }
  } else if (latest !== undefined && latest.end !== null && assignment !== null && assignment.startedOn <= latest.end) {
    await context.engine.end(manager, assignment, latest.end, 'LEFT_CARE', `Period of care ended (SSDA903 reason ${latest.reasonEnded ?? 'not given'})`);
    await manager.query(`UPDATE awaiting_advocate SET resolved_at = now() WHERE child_id = $1 AND resolved_at IS NULL`, [child.id]);
    outcome.assignmentEnded = true;
    outcome.changed = true;
  }

  for (const review of data.reviews) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id)
       SELECT $1, $2, $3, $4, 'COMPLETED', $2, $5, $6
        WHERE NOT EXISTS (SELECT 1 FROM meetings WHERE child_id = $1 AND held_on = $2 AND place = $3) RETURNING id`,
      [child.id, review.reviewedOn, REVIEW_PLACE, context.reviewerStaffId, review.participation, context.userId],
    );
    outcome.meetings += inserted.length;
  }
  if (outcome.meetings > 0) outcome.changed = true;
  return outcome;
}

async function replacePeriods(manager: EntityManager, childId: string, periods: readonly PeriodOfCare[]): Promise<boolean> {
  const existing: Array<{ start: string; end: string | null; legal_status: string | null; placement_type: string | null; reason_ended: string | null }> = await manager.query(
    `SELECT to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS "end", legal_status, placement_type, reason_ended FROM care_episodes WHERE child_id = $1 ORDER BY start_date`,
    [childId],
  );
  const same = existing.length === periods.length && existing.every((e, i) => {
    const p = periods[i];
    return p !== undefined && e.start === p.start && e.end === p.end && e.legal_status === p.legalStatus && e.placement_type === p.placement && e.reason_ended === p.reasonEnded;
  });
  if (same || periods.length === 0) return false;
  await manager.delete(CareEpisodeEntity, { childId });
  for (const p of periods) {
    await manager.insert(CareEpisodeEntity, { childId, startDate: p.start, endDate: p.end, reasonNewEpisode: 'S', legalStatus: p.legalStatus, placementType: p.placement, reasonEnded: p.reasonEnded });
  }
  return true;
}

import { auditPurpose, ROLES } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { AllocationStep } from '../assignments/allocation-plan';
import type { BatchAssignmentEngine } from '../assignments/batch-assignment.service';
import { storeChildren, type StoredChild } from './batch-children';
import { replacePeriods } from './batch-periods';
import { type ChildOutcome, type ChildPlan, REVIEW_PLACE } from './child-plan';

export interface BatchContext {
  localAuthorityId: string;
  userId: string;
  userRole: string;
  reviewerStaffId: string;
  importId: string;
  requestId: string | null;
  clientAddress: string | null;
  engine: BatchAssignmentEngine;
}

interface Planned {
  plan: ChildPlan;
  child: StoredChild;
}

/**
 * Brings a batch of children's returns into Heard in the caller's transaction, set-based, with the
 * same effect as importing them one after another in file order: creates or updates each child,
 * replaces their periods of care when they changed, records an ENTERED_CARE trigger for an open
 * latest period (assigning or queueing the child), ends the assignment when that period has
 * ended, records each review as a past meeting, and audits every child whose data was written.
 * Doing it again changes nothing. Everything but the advocates can overlap the batch before this
 * one; the assignment waits for `turn`, the end of that batch, so places go in file order.
 */
export async function importBatch(manager: EntityManager, plans: readonly ChildPlan[], context: BatchContext, turn: Promise<unknown>): Promise<ChildOutcome[]> {
  // Tables grow faster than their statistics during an import: misestimated costs would JIT-compile
  // each statement, which costs more (hundreds of ms) than running it.
  await manager.query(`SET LOCAL jit = off`);
  const stored = await storeChildren(manager, context.localAuthorityId, plans);
  const batch: Planned[] = plans.map((plan) => ({ plan, child: required(stored.get(plan.ref), plan.ref) }));
  const replaced = await replacePeriods(manager, batch.map(({ plan, child }) => ({ id: child.id, created: child.created, periods: plan.periods })));
  const known = batch.filter(({ child }) => !child.created).map(({ child }) => child.id);
  const active = await activeAssignments(manager, known);
  const triggered = await recordTriggers(manager, batch, context.userId);
  const meetings = await recordReviews(manager, batch, context);

  const steps: AllocationStep[] = [];
  for (const { plan, child } of batch) {
    const latest = plan.latest;
    const assignment = active.get(child.id);
    if (latest === undefined) continue;
    if (latest.end === null && triggered.has(child.id) && assignment === undefined) {
      steps.push({ kind: 'ASSIGN_OR_QUEUE', child: { id: child.id, localAuthorityId: context.localAuthorityId, firstLanguage: child.firstLanguage, siblingGroupId: child.siblingGroupId }, promptedOn: latest.start });
    } else if (latest.end !== null && assignment !== undefined && assignment.startedOn <= latest.end) {
      steps.push({ kind: 'END', assignment, endedOn: latest.end, reason: 'LEFT_CARE', note: `Period of care ended (SSDA903 reason ${latest.reasonEnded ?? 'not given'})` });
    }
  }
  // Advocates are given in file order: wait until the batches before this one are done.
  await turn;
  const allocated = await context.engine.apply(manager, steps);
  const ended = [...allocated].flatMap(([id, outcome]) => (outcome === 'ENDED' ? [id] : []));
  if (ended.length > 0) await manager.query(`UPDATE awaiting_advocate SET resolved_at = now() WHERE child_id = ANY($1::uuid[]) AND resolved_at IS NULL`, [ended]);

  const outcomes = batch.map(({ plan, child }): ChildOutcome => {
    const outcome = allocated.get(child.id);
    const recorded = meetings.get(child.id) ?? 0;
    return {
      created: child.created,
      changed: child.updated || replaced.has(child.id) || triggered.has(child.id) || outcome === 'ENDED' || recorded > 0,
      periods: plan.periods.length, assigned: outcome === 'ASSIGNED', queued: outcome === 'QUEUED', assignmentEnded: outcome === 'ENDED',
      meetings: recorded, shortBreaks: plan.shortBreaks, rejections: plan.rejections,
    };
  });
  await auditChildren(manager, context, plans.filter((_, i) => outcomes[i]?.created === true || outcomes[i]?.changed === true).map((p) => p.ref));
  return outcomes;
}

function required(child: StoredChild | undefined, ref: string): StoredChild {
  if (child === undefined) throw new Error(`child ${ref} was neither found nor created`);
  return child;
}

async function activeAssignments(manager: EntityManager, childIds: readonly string[]): Promise<Map<string, { id: string; childId: string; advocateId: string; startedOn: string }>> {
  if (childIds.length === 0) return new Map();
  const rows: Array<{ id: string; child_id: string; advocate_id: string; started_on: string }> = await manager.query(
    `SELECT id, child_id, advocate_id, to_char(started_on, 'YYYY-MM-DD') AS started_on FROM assignments WHERE child_id = ANY($1::uuid[]) AND ended_on IS NULL`,
    [childIds],
  );
  return new Map(rows.map((r) => [r.child_id, { id: r.id, childId: r.child_id, advocateId: r.advocate_id, startedOn: r.started_on }]));
}

/** ENTERED_CARE from the start of each open latest period not already recorded; returns the children it was recorded for. */
async function recordTriggers(manager: EntityManager, batch: readonly Planned[], userId: string): Promise<Set<string>> {
  const open = batch.flatMap(({ plan, child }) => (plan.latest !== undefined && plan.latest.end === null ? [{ child, start: plan.latest.start }] : []));
  const known = open.filter((o) => !o.child.created);
  const recorded = new Set<string>();
  if (known.length > 0) {
    const rows: Array<{ child_id: string }> = await manager.query(
      `SELECT DISTINCT t.child_id FROM trigger_events t JOIN unnest($1::uuid[], $2::date[]) AS v(child_id, occurred_on) ON t.child_id = v.child_id AND t.occurred_on = v.occurred_on
        WHERE t.kind = 'ENTERED_CARE'`,
      [known.map((o) => o.child.id), known.map((o) => o.start)],
    );
    for (const row of rows) recorded.add(row.child_id);
  }
  const missing = open.filter((o) => !recorded.has(o.child.id));
  if (missing.length > 0) {
    await manager.query(
      `INSERT INTO trigger_events (child_id, kind, occurred_on, recorded_by_user_id) SELECT v.child_id, 'ENTERED_CARE', v.occurred_on, $3 FROM unnest($1::uuid[], $2::date[]) AS v(child_id, occurred_on)`,
      [missing.map((o) => o.child.id), missing.map((o) => o.start), userId],
    );
  }
  return new Set(missing.map((o) => o.child.id));
}

/** Each review as a completed meeting chaired by the LA's reviewing officer, unless that meeting is already recorded; returns how many per child. */
async function recordReviews(manager: EntityManager, batch: readonly Planned[], context: BatchContext): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // A child created in this batch has no meetings yet: only the others' need looking up.
  for (const created of [true, false]) {
    const rows = batch.flatMap(({ plan, child }) => (child.created === created ? plan.reviews.map((r) => ({ childId: child.id, ...r })) : []));
    if (rows.length === 0) continue;
    const inserted: Array<{ child_id: string }> = await manager.query(
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id)
       SELECT v.child_id, v.held_on, $1, $2, 'COMPLETED', v.held_on, v.code, $3
         FROM unnest($4::uuid[], $5::date[], $6::text[]) AS v(child_id, held_on, code)
        ${created ? '' : 'WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.child_id = v.child_id AND m.held_on = v.held_on AND m.place = $1)'}
       RETURNING child_id`,
      [REVIEW_PLACE, context.reviewerStaffId, context.userId, rows.map((r) => r.childId), rows.map((r) => r.reviewedOn), rows.map((r) => r.participation)],
    );
    for (const row of inserted) counts.set(row.child_id, (counts.get(row.child_id) ?? 0) + 1);
  }
  return counts;
}

/** One `ssda903.children_imported` audit row listing every child of the batch whose data was written (the audit log is append-only). */
async function auditChildren(manager: EntityManager, context: BatchContext, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  const role = ROLES.find((r) => r === context.userRole) ?? null;
  await manager.query(
    `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, child_ids, operation, purpose, request_id, client_address, details)
     SELECT $1, $2, 'ssda903.children_imported', 'ssda903_import', $5, array_agg(c.id ORDER BY c.la_child_ref), 'POST /api/imports/ssda903', $8, $3, $4,
            jsonb_build_object('children', count(*))
       FROM children c WHERE c.local_authority_id = $7 AND c.la_child_ref = ANY($6::text[]) HAVING count(*) > 0`,
    [context.userId, context.userRole, context.requestId, context.clientAddress, context.importId, refs, context.localAuthorityId, auditPurpose(role, 'ssda903.children_imported')],
  );
}

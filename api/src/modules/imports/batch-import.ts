import { advocacyEndsOn, advocacyStartsOn, interpreterNeeded, type IsoDate } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRun } from '../../database/sql';
import type { AllocationStep } from '../assignments/allocation-plan';
import type { AssignmentsRepository } from '../assignments/assignments.repository';
import type { BatchAssignmentEngine } from '../assignments/batch-assignment.service';
import type { AuditService } from '../audit/audit.service';
import type { CareEpisodesRepository } from '../care-episodes/care-episodes.repository';
import type { ChildrenRepository } from '../children/children.repository';
import type { MeetingImportRepository } from '../meetings/meeting-import.repository';
import type { MissingEpisodesRepository } from '../missing-from-care/missing-episodes.repository';
import type { TriggerEventsRepository } from '../triggers/trigger-events.repository';
import { storeChildren, type StoredChild } from './batch-children';
import { replaceMissingEpisodes } from './batch-missing';
import { replacePeriods } from './batch-periods';
import { type ChildOutcome, type ChildPlan, REVIEW_PLACE } from './child-plan';

export interface BatchContext {
  localAuthorityId: string;
  userId: string;
  userRole: string;
  reviewerStaffId: string;
  importId: string;
  /** The day Heard learns of the return's children: their advocacy starts then, not before. */
  importedOn: IsoDate;
  requestId: string | null;
  clientAddress: string | null;
  owners: BatchOwners;
}

/** The features that own what an import batch writes: the import asks each of them, never their tables. */
export interface BatchOwners {
  engine: BatchAssignmentEngine;
  assignments: AssignmentsRepository;
  children: ChildrenRepository;
  careEpisodes: CareEpisodesRepository;
  triggers: TriggerEventsRepository;
  meetings: MeetingImportRepository;
  missingEpisodes: MissingEpisodesRepository;
  audit: AuditService;
}

interface Planned {
  plan: ChildPlan;
  child: StoredChild;
}

/**
 * Brings a batch of children's returns into Heard in the caller's transaction, set-based, with the
 * same effect as importing them one after another in file order: creates or updates each child,
 * replaces their periods of care and missing-from-care episodes when they changed, records an
 * ENTERED_CARE trigger for an open latest period, assigns or queues every child in an open period
 * who has no advocate and is not waiting (also one whose period an earlier return ended), ends the
 * assignment when that period has
 * ended, records each review as a past meeting, and audits every child whose data was written.
 * Doing it again changes nothing. Everything but the advocates can overlap the batch before this
 * one; the assignment waits for `turn`, the end of that batch, so places go in file order.
 */
export async function importBatch(manager: EntityManager, plans: readonly ChildPlan[], context: BatchContext, turn: Promise<unknown>): Promise<ChildOutcome[]> {
  // Tables grow faster than their statistics during an import: misestimated costs would JIT-compile
  // each statement, which costs more (hundreds of ms) than running it.
  await sqlRun(manager, `SET LOCAL jit = off`);
  const { owners } = context;
  const stored = await storeChildren(manager, owners.children, context.localAuthorityId, plans);
  const batch: Planned[] = plans.map((plan) => ({ plan, child: required(stored.get(plan.ref), plan.ref) }));
  const replaced = await replacePeriods(
    manager,
    owners.careEpisodes,
    batch.map(({ plan, child }) => ({ id: child.id, created: child.created, periods: plan.periods })),
  );
  const missing = await replaceMissingEpisodes(
    manager,
    owners.missingEpisodes,
    batch.map(({ plan, child }) => ({ id: child.id, created: child.created, missing: plan.missing })),
    context.importId,
  );
  const known = batch.filter(({ child }) => !child.created).map(({ child }) => child.id);
  const active = await owners.assignments.activeOf(manager, known);
  const waiting = await owners.assignments.waitingOf(manager, known);
  const triggered = await recordTriggers(manager, owners.triggers, batch, context.userId);
  const reentered = await enteredCareSinceEnd(owners.triggers, manager, batch, active);
  const meetings = await recordReviews(manager, owners.meetings, batch, context);

  const steps: AllocationStep[] = [];
  for (const { plan, child } of batch) {
    const latest = plan.latest;
    const assignment = active.get(child.id);
    if (latest === undefined) continue;
    // A child in an open period of care has an advocate or waits for one: also when their period was
    // ENTERED_CARE before (an earlier return ended it, and this one shows it open after all).
    if (latest.end === null && assignment === undefined && !waiting.has(child.id)) {
      const promptedOn = advocacyStartsOn(latest.start, context.importedOn);
      steps.push({
        kind: 'ASSIGN_OR_QUEUE',
        child: {
          id: child.id,
          localAuthorityId: context.localAuthorityId,
          firstLanguage: child.firstLanguage,
          siblingGroupId: child.siblingGroupId,
          // The same rule as the assignment engine's: on the day the assignment would start.
          interpreterNeeded: interpreterNeeded(child, promptedOn),
        },
        promptedOn,
      });
    } else if (latest.end !== null && assignment !== undefined && (assignment.startedOn <= latest.end || !reentered.has(child.id))) {
      // The assignment is this period's, begun on or after the day Heard learned of it, unless the child entered care again since.
      steps.push({
        kind: 'END',
        assignment,
        endedOn: advocacyEndsOn(latest.end, assignment.startedOn),
        reason: 'LEFT_CARE',
        note: `Period of care ended (SSDA903 reason ${latest.reasonEnded ?? 'not given'})`,
      });
    }
  }
  // Advocates are given in file order: wait until the batches before this one are done.
  await turn;
  const allocated = await owners.engine.apply(manager, steps);
  const ended = [...allocated].flatMap(([id, outcome]) => (outcome === 'ENDED' ? [id] : []));
  if (ended.length > 0) await owners.assignments.stopWaiting(manager, ended);

  const outcomes = batch.map(({ plan, child }): ChildOutcome => {
    const outcome = allocated.get(child.id);
    const recorded = meetings.get(child.id) ?? 0;
    return {
      childId: child.id,
      created: child.created,
      changed: child.updated || replaced.has(child.id) || missing.has(child.id) || triggered.has(child.id) || outcome !== undefined || recorded > 0,
      periods: plan.periods.length,
      assigned: outcome === 'ASSIGNED',
      queued: outcome === 'QUEUED',
      assignmentEnded: outcome === 'ENDED',
      meetings: recorded,
      shortBreaks: plan.shortBreaks,
      rejections: plan.rejections,
      skipped: plan.skipped,
      warnings: plan.warnings,
      importedRows: plan.importedRows,
    };
  });
  await owners.audit.childrenImported(manager, {
    actor: { userId: context.userId, role: context.userRole },
    importId: context.importId,
    localAuthorityId: context.localAuthorityId,
    refs: plans.filter((_, i) => outcomes[i]?.created === true || outcomes[i]?.changed === true).map((p) => p.ref),
    requestId: context.requestId,
    clientAddress: context.clientAddress,
  });
  return outcomes;
}

function required(child: StoredChild | undefined, ref: string): StoredChild {
  if (child === undefined) throw new Error(`child ${ref} was neither found nor created`);
  return child;
}

/** Children with an active assignment whose latest period has ended and who entered care again after that end (their assignment is a later period's). */
async function enteredCareSinceEnd(
  triggers: TriggerEventsRepository,
  manager: EntityManager,
  batch: readonly Planned[],
  active: ReadonlyMap<string, unknown>,
): Promise<Set<string>> {
  const ended = batch.flatMap(({ plan, child }) => {
    const end = plan.latest?.end ?? null;
    return end !== null && active.has(child.id) ? [{ id: child.id, end }] : [];
  });
  return triggers.enteredCareAfter(
    manager,
    ended.map((e) => e.id),
    ended.map((e) => e.end),
  );
}

/** ENTERED_CARE from the start of each open latest period not already recorded; returns the children it was recorded for. */
async function recordTriggers(manager: EntityManager, triggers: TriggerEventsRepository, batch: readonly Planned[], userId: string): Promise<Set<string>> {
  const open = batch.flatMap(({ plan, child }) => (plan.latest !== undefined && plan.latest.end === null ? [{ child, start: plan.latest.start }] : []));
  const known = open.filter((o) => !o.child.created);
  const recorded =
    known.length > 0
      ? await triggers.enteredCareRecorded(
          manager,
          known.map((o) => o.child.id),
          known.map((o) => o.start),
        )
      : new Set<string>();
  const missing = open.filter((o) => !recorded.has(o.child.id));
  if (missing.length > 0)
    await triggers.recordEnteredCare(
      manager,
      missing.map((o) => o.child.id),
      missing.map((o) => o.start),
      userId,
    );
  return new Set(missing.map((o) => o.child.id));
}

/** Each review as a completed meeting chaired by the LA's reviewing officer, unless that meeting is already recorded; returns how many per child. */
async function recordReviews(
  manager: EntityManager,
  meetings: MeetingImportRepository,
  batch: readonly Planned[],
  context: BatchContext,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // A child created in this batch has no meetings yet: only the others' need looking up.
  for (const created of [true, false]) {
    const rows = batch.flatMap(({ plan, child }) => (child.created === created ? plan.reviews.map((r) => ({ childId: child.id, ...r })) : []));
    if (rows.length === 0) continue;
    const inserted = await meetings.recordReviews(manager, {
      place: REVIEW_PLACE,
      chairStaffId: context.reviewerStaffId,
      scheduledByUserId: context.userId,
      childIds: rows.map((r) => r.childId),
      heldOn: rows.map((r) => r.reviewedOn),
      participation: rows.map((r) => r.participation),
      skipRecorded: !created,
    });
    for (const row of inserted) counts.set(row.child_id, (counts.get(row.child_id) ?? 0) + 1);
  }
  return counts;
}

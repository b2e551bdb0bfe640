import { Injectable } from '@nestjs/common';
import type { AdvocateCandidate, OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { OffersService } from '../offers/offers.service';
import { type AllocationOutcome, type AllocationPlan, type AllocationState, type AllocationStep, planAllocation } from './allocation-plan';
import { sqlRows, sqlRun } from '../../database/sql';

/**
 * AssignmentEngine for many children at once, in the caller's transaction, with the same rules and
 * guarantees: the caller has locked the children's rows; this locks every active advocate of the
 * providers covering their LAs (in id order), plans the steps in order with `chooseAdvocate`
 * (allocation-plan.ts), then writes the plan in a few set-based statements. The caseload trigger
 * and CHECK still count and bound every assignment, the partial unique index still allows one
 * active assignment per child, and queued children keep their order (strictly increasing queued_at,
 * after everything already queued).
 */
@Injectable()
export class BatchAssignmentEngine {
  constructor(private readonly offers: OffersService) {}

  async apply(manager: EntityManager, steps: readonly AllocationStep[], offerReason: OfferReason = 'INITIAL'): Promise<Map<string, AllocationOutcome>> {
    if (steps.length === 0) return new Map();
    const plan = planAllocation(steps, await this.loadState(manager, steps));
    await writeEnds(manager, plan);
    const assigned = await writeAssignments(manager, plan);
    await this.offers.createMany(manager, assigned, offerReason);
    await writeQueued(manager, plan);
    return plan.outcomes;
  }

  private async loadState(manager: EntityManager, steps: readonly AllocationStep[]): Promise<AllocationState> {
    const toAssign = steps.flatMap((s) => (s.kind === 'ASSIGN_OR_QUEUE' ? [s.child] : []));
    const childIds = steps.map((s) => (s.kind === 'END' ? s.assignment.childId : s.child.id));
    const coverage = new Map<string, string[]>();
    const advocates = new Map<string, AdvocateCandidate>();
    const previous = new Map<string, string[]>();
    const siblings = new Map<string, string[]>();
    const active = new Map<string, string>();
    if (toAssign.length === 0) return { coverage, advocates, previous, siblings, active };

    const covered = await sqlRows<{ la: string; provider: string }>(
      manager,
      `SELECT local_authority_id AS la, advocacy_provider_id AS provider FROM provider_coverage WHERE local_authority_id = ANY($1::uuid[])`,
      [[...new Set(toAssign.map((c) => c.localAuthorityId))]],
    );
    for (const row of covered) coverage.set(row.la, [...(coverage.get(row.la) ?? []), row.provider]);
    const locked = await sqlRows<{
      id: string;
      provider: string;
      employing: string | null;
      cap: number;
      caseload: number;
      languages: string[];
      away: string | null;
    }>(
      manager,
      `SELECT id, advocacy_provider_id AS provider, employing_local_authority_id AS employing, caseload_cap AS cap, active_caseload AS caseload, languages,
              unavailable_until::text AS away
         FROM advocates WHERE advocacy_provider_id = ANY($1::uuid[]) AND active ORDER BY id FOR UPDATE`,
      [[...new Set(covered.map((c) => c.provider))]],
    );
    for (const a of locked)
      advocates.set(a.id, {
        id: a.id,
        providerId: a.provider,
        employingLaId: a.employing,
        active: true,
        unavailableUntil: a.away,
        caseloadCap: a.cap,
        activeCaseload: a.caseload,
        languages: a.languages,
      });

    const history = await sqlRows<{ child_id: string; advocate_id: string }>(
      manager,
      `SELECT child_id, advocate_id FROM assignments WHERE child_id = ANY($1::uuid[])
        GROUP BY child_id, advocate_id ORDER BY child_id, max(started_on) DESC, max(created_at) DESC`,
      [toAssign.map((c) => c.id)],
    );
    for (const row of history) previous.set(row.child_id, [...(previous.get(row.child_id) ?? []), row.advocate_id]);
    const groups = [...new Set(toAssign.flatMap((c) => (c.siblingGroupId === null ? [] : [c.siblingGroupId])))];
    const related = await sqlRows<{ id: string; group_id: string | null; advocate_id: string | null }>(
      manager,
      `SELECT c.id, c.sibling_group_id AS group_id, a.advocate_id
         FROM children c LEFT JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL
        WHERE c.id = ANY($1::uuid[]) OR c.sibling_group_id = ANY($2::uuid[])`,
      [childIds, groups],
    );
    for (const row of related) {
      if (row.advocate_id !== null) active.set(row.id, row.advocate_id);
      if (row.group_id !== null && groups.includes(row.group_id)) siblings.set(row.group_id, [...(siblings.get(row.group_id) ?? []), row.id]);
    }
    return { coverage, advocates, previous, siblings, active };
  }
}

async function writeEnds(manager: EntityManager, plan: AllocationPlan): Promise<void> {
  if (plan.ends.length === 0) return;
  await sqlRun(
    manager,
    `UPDATE assignments a SET ended_on = v.ended_on, end_reason = v.reason, end_note = v.note
       FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[]) AS v(id, ended_on, reason, note) WHERE a.id = v.id`,
    [plan.ends.map((e) => e.assignmentId), plan.ends.map((e) => e.endedOn), plan.ends.map((e) => e.reason), plan.ends.map((e) => e.note)],
  );
}

/** Writes the planned assignments and resolves their children's waits; returns what each new offer needs. */
async function writeAssignments(manager: EntityManager, plan: AllocationPlan): Promise<Array<{ childId: string; assignmentId: string; promptedOn: string }>> {
  const list = plan.assignments;
  if (list.length === 0) return [];
  const inserted = await sqlRows<{ id: string; child_id: string }>(
    manager,
    `INSERT INTO assignments (child_id, advocate_id, started_on, start_reason)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[]) RETURNING id, child_id`,
    [list.map((a) => a.childId), list.map((a) => a.advocateId), list.map((a) => a.startedOn), list.map((a) => a.startReason)],
  );
  const idOf = new Map(inserted.map((r) => [r.child_id, r.id]));
  const ids = list.map((a) => idOf.get(a.childId) ?? '');
  await sqlRun(
    manager,
    `UPDATE awaiting_advocate q SET resolved_at = now(), assignment_id = v.assignment_id
       FROM unnest($1::uuid[], $2::uuid[]) AS v(child_id, assignment_id) WHERE q.child_id = v.child_id AND q.resolved_at IS NULL`,
    [list.map((a) => a.childId), ids],
  );
  return list.map((a, i) => ({ childId: a.childId, assignmentId: ids[i] ?? '', promptedOn: a.startedOn }));
}

/** Queues children not already waiting, in step order, each strictly after everyone queued before. */
async function writeQueued(manager: EntityManager, plan: AllocationPlan): Promise<void> {
  const list = plan.queued;
  if (list.length === 0) return;
  await sqlRun(
    manager,
    `WITH base AS (SELECT GREATEST(clock_timestamp(), COALESCE((SELECT max(queued_at) FROM awaiting_advocate), '-infinity') + interval '1 microsecond') AS at)
     INSERT INTO awaiting_advocate (child_id, local_authority_id, waiting_since, reason, queued_at)
     SELECT v.child_id, v.la, v.since, v.reason, base.at + (v.n - 1) * interval '1 microsecond'
       FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[]) WITH ORDINALITY AS v(child_id, la, since, reason, n), base
      ORDER BY v.n
     ON CONFLICT (child_id) WHERE resolved_at IS NULL DO NOTHING`,
    [list.map((q) => q.childId), list.map((q) => q.localAuthorityId), list.map((q) => q.waitingSince), list.map((q) => q.reason)],
  );
}

import { chooseAdvocate, type AdvocateCandidate } from '@heard/domain';
import type { AssignmentEndReason } from './assignment.entity';

/** A child as the assignment rule needs them. */
export interface ChildToAllocate {
  id: string;
  localAuthorityId: string;
  firstLanguage: string | null;
  siblingGroupId: string | null;
  /** `interpreterNeeded` of the domain, on the day the assignment would start. */
  interpreterNeeded: boolean;
}

/** One thing to do, in order: end an active assignment (freeing a place), or assign-or-queue a child. */
export type AllocationStep =
  | { kind: 'END'; assignment: { id: string; childId: string; advocateId: string }; endedOn: string; reason: AssignmentEndReason; note: string | null }
  | { kind: 'ASSIGN_OR_QUEUE'; child: ChildToAllocate; promptedOn: string };

export type AllocationOutcome = 'ENDED' | 'ASSIGNED' | 'QUEUED' | 'ALREADY_ASSIGNED';

/** What the database held when the batch started (advocates locked), as the rule reads it. */
export interface AllocationState {
  /** Covering provider ids per local authority. */
  coverage: ReadonlyMap<string, readonly string[]>;
  /** Active advocates of those providers; their caseloads change as the plan is made. */
  advocates: ReadonlyMap<string, AdvocateCandidate>;
  /** Each child's earlier advocates, most recent first. */
  previous: ReadonlyMap<string, readonly string[]>;
  /** Children of each sibling group. */
  siblings: ReadonlyMap<string, readonly string[]>;
  /** The advocate of each relevant child with an active assignment (the steps' children and their siblings). */
  active: ReadonlyMap<string, string>;
}

export interface AllocationPlan {
  ends: Array<{ assignmentId: string; endedOn: string; reason: AssignmentEndReason; note: string | null }>;
  assignments: Array<{ childId: string; advocateId: string; startedOn: string; startReason: string }>;
  queued: Array<{ childId: string; localAuthorityId: string; waitingSince: string; reason: string }>;
  outcomes: Map<string, AllocationOutcome>;
}

/**
 * Runs the steps in order against an in-memory copy of the locked state, exactly as
 * AssignmentEngine.end / assignOrQueue would one after another: an ended assignment frees its
 * place for later children, each assignment takes one, and every choice is `chooseAdvocate`'s.
 * Pure: the caller writes the plan. A child may appear in one step only.
 */
export function planAllocation(steps: readonly AllocationStep[], state: AllocationState): AllocationPlan {
  const advocates = new Map([...state.advocates].map(([id, a]) => [id, { ...a }]));
  const active = new Map(state.active);
  const plan: AllocationPlan = { ends: [], assignments: [], queued: [], outcomes: new Map() };
  for (const step of steps) {
    const childId = step.kind === 'END' ? step.assignment.childId : step.child.id;
    if (plan.outcomes.has(childId)) throw new Error(`child ${childId} appears in more than one allocation step`);
    if (step.kind === 'END') {
      const advocate = advocates.get(step.assignment.advocateId);
      if (advocate !== undefined) advocate.activeCaseload -= 1;
      active.delete(childId);
      plan.ends.push({ assignmentId: step.assignment.id, endedOn: step.endedOn, reason: step.reason, note: step.note });
      plan.outcomes.set(childId, 'ENDED');
      continue;
    }
    const { child, promptedOn } = step;
    if (active.has(child.id)) {
      plan.outcomes.set(child.id, 'ALREADY_ASSIGNED');
      continue;
    }
    const providerIds = state.coverage.get(child.localAuthorityId) ?? [];
    const covering = new Set(providerIds);
    const candidates = [...advocates.values()].filter((a) => covering.has(a.providerId));
    const siblingAdvocateIds = (child.siblingGroupId === null ? [] : (state.siblings.get(child.siblingGroupId) ?? []))
      .filter((id) => id !== child.id)
      .flatMap((id) => active.get(id) ?? []);
    const choice =
      providerIds.length === 0
        ? ({ kind: 'QUEUE', reason: 'NO_PROVIDER_COVERS_LA' } as const)
        : chooseAdvocate(
            {
              localAuthorityId: child.localAuthorityId,
              startsOn: promptedOn,
              firstLanguage: child.firstLanguage,
              previousAdvocateIds: state.previous.get(child.id) ?? [],
              siblingAdvocateIds: [...new Set(siblingAdvocateIds)],
              interpreterNeeded: child.interpreterNeeded,
            },
            candidates,
            providerIds,
          );
    if (choice.kind === 'QUEUE') {
      plan.queued.push({ childId: child.id, localAuthorityId: child.localAuthorityId, waitingSince: promptedOn, reason: choice.reason });
      plan.outcomes.set(child.id, 'QUEUED');
      continue;
    }
    const advocate = advocates.get(choice.advocateId);
    if (advocate !== undefined) advocate.activeCaseload += 1;
    active.set(child.id, choice.advocateId);
    plan.assignments.push({ childId: child.id, advocateId: choice.advocateId, startedOn: promptedOn, startReason: choice.reason });
    plan.outcomes.set(child.id, 'ASSIGNED');
  }
  return plan;
}

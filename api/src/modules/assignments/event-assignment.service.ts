import { Injectable } from '@nestjs/common';
import { chooseAdvocate, interpreterNeeded, type AdvocateCandidate, type AssignmentChoice, type OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { OffersService } from '../offers/offers.service';
import { type EventContext, EventAssignmentRepository } from './event-assignment.repository';

/** What a trigger event's assignment came to: the new assignment, the one the child already had, or a wait. */
export type EventAssignOutcome =
  | { kind: 'ASSIGNED'; assignment: { id: string; childId: string; advocateId: string } }
  | { kind: 'ALREADY_ASSIGNED'; assignmentId: string }
  | { kind: 'QUEUED'; reason: string };

/**
 * AssignmentEngine.assignOrQueue for one trigger event, in a few statements: the child's state and candidates in one
 * read (`lockContext`, which locks the child), then one statement that takes the chosen advocate's place and writes the
 * assignment, then the offer (or the wait). Every choice is `chooseAdvocate`'s; the database still holds the invariants
 * (the caseload trigger and CHECK, one active assignment per child).
 *
 * Events of one LA do not queue up behind one advocate's row: if the chosen advocate is being given a child by another
 * transaction right now, this one counts that place as taken and asks `chooseAdvocate` again. Only when the rule still
 * picks that advocate (the child's previous advocate, say), or nobody else is left, does it wait for the row, so a child
 * is never queued while an advocate may still have room.
 */
@Injectable()
export class EventAssignmentEngine {
  constructor(
    private readonly repository: EventAssignmentRepository,
    private readonly offers: OffersService,
  ) {}

  /** Locks the child and reads what assigning them needs; null when there is no such child. */
  lockContext(manager: EntityManager, childId: string): Promise<EventContext | null> {
    return this.repository.lockContext(manager, childId);
  }

  async assignOrQueue(manager: EntityManager, context: EventContext, promptedOn: string, offerReason: OfferReason = 'INITIAL'): Promise<EventAssignOutcome> {
    if (context.activeAssignmentId !== null) return { kind: 'ALREADY_ASSIGNED', assignmentId: context.activeAssignmentId };
    const { child } = context;
    const rule = {
      localAuthorityId: child.localAuthorityId,
      startsOn: promptedOn,
      firstLanguage: child.firstLanguage,
      previousAdvocateIds: context.previousAdvocateIds,
      siblingAdvocateIds: context.siblingAdvocateIds,
      // The same rule as the other engines: whether the child needs an interpreter on the day the assignment starts.
      interpreterNeeded: interpreterNeeded(child, promptedOn),
    };
    let candidates: AdvocateCandidate[] = context.advocates;
    const busy = new Set<string>();
    let waitForAll = false;
    for (;;) {
      const seen = candidates.map((c) => (busy.has(c.id) ? { ...c, activeCaseload: Math.min(c.caseloadCap, c.activeCaseload + 1) } : c));
      const choice: AssignmentChoice =
        context.providerIds.length === 0 ? { kind: 'QUEUE', reason: 'NO_PROVIDER_COVERS_LA' } : chooseAdvocate(rule, seen, context.providerIds);
      if (choice.kind === 'QUEUE' && busy.size > 0) {
        // Everyone left is being given a child right now; they may still have room once those commit: wait and see.
        busy.clear();
        waitForAll = true;
        continue;
      }
      if (choice.kind === 'QUEUE') {
        if (!context.waiting) {
          await this.repository.queue(manager, {
            childId: child.id,
            localAuthorityId: child.localAuthorityId,
            waitingSince: promptedOn,
            reason: choice.reason,
          });
        }
        return { kind: 'QUEUED', reason: choice.reason };
      }
      const draft = { childId: child.id, advocateId: choice.advocateId, startedOn: promptedOn, startReason: choice.reason };
      const attempt = await this.repository.place(manager, draft, waitForAll || busy.has(choice.advocateId));
      if (attempt.kind === 'PLACED') {
        await this.offers.createMany(manager, [{ childId: child.id, assignmentId: attempt.assignmentId, promptedOn }], offerReason);
        return { kind: 'ASSIGNED', assignment: { id: attempt.assignmentId, childId: child.id, advocateId: choice.advocateId } };
      }
      if (attempt.kind === 'BUSY') busy.add(choice.advocateId);
      // Someone else took the last place first: that advocate is full for us now.
      else candidates = candidates.map((c) => (c.id === choice.advocateId ? { ...c, activeCaseload: c.caseloadCap } : c));
    }
  }
}

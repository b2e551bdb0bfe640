import type { AdvocateCandidate } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { advocateCandidate } from '../../../test/support/advocate-candidates';
import type { OffersService } from '../offers/offers.service';
import type { EventAssignmentRepository, EventContext, PlaceAttempt } from './event-assignment.repository';
import { EventAssignmentEngine } from './event-assignment.service';

const advocate = advocateCandidate;

const context = (advocates: AdvocateCandidate[], extra: Partial<EventContext> = {}): EventContext => ({
  child: {
    id: 'child-1',
    localAuthorityId: 'la-1',
    dateOfBirth: '2014-05-01',
    firstLanguage: null,
    siblingGroupId: null,
    uasc: false,
    uascCeasedOn: null,
    legalStatus: null,
    placementType: null,
  },
  activeAssignmentId: null,
  waiting: false,
  inOpenEpisode: false,
  providerIds: ['p-1'],
  advocates,
  previousAdvocateIds: [],
  siblingAdvocateIds: [],
  ...extra,
});

/** A repository whose place attempts answer from a script, per advocate, in order; it records every call. */
function scripted(answers: Record<string, Array<PlaceAttempt['kind']>>) {
  const calls: string[] = [];
  const repository = {
    lockContext: () => Promise.resolve(null),
    place: (_manager: EntityManager, draft: { advocateId: string; startReason: string }, wait: boolean): Promise<PlaceAttempt> => {
      calls.push(`place ${draft.advocateId} ${draft.startReason}${wait ? ' wait' : ''}`);
      const kind = answers[draft.advocateId]?.shift() ?? 'PLACED';
      return Promise.resolve(kind === 'PLACED' ? { kind, assignmentId: `assignment-of-${draft.advocateId}` } : { kind });
    },
    queue: (_manager: EntityManager, entry: { reason: string }): Promise<void> => {
      calls.push(`queue ${entry.reason}`);
      return Promise.resolve();
    },
  };
  const offers = {
    createMany: (_manager: EntityManager, list: ReadonlyArray<{ assignmentId: string }>): Promise<void> => {
      calls.push(`offer ${list.map((a) => a.assignmentId).join(',')}`);
      return Promise.resolve();
    },
  };
  const engine = new EventAssignmentEngine(repository as unknown as EventAssignmentRepository, offers as unknown as OffersService);
  return { engine, calls };
}

const manager = {} as EntityManager;

describe('EventAssignmentEngine', () => {
  it("takes chooseAdvocate's choice when its place is free, and opens the offer", async () => {
    const { engine, calls } = scripted({});
    const outcome = await engine.assignOrQueue(manager, context([advocate('a', 5, 3), advocate('b', 5, 1)]), '2025-03-03');
    expect(outcome).toEqual({ kind: 'ASSIGNED', assignment: { id: 'assignment-of-b', childId: 'child-1', advocateId: 'b' } });
    expect(calls).toEqual(['place b LOWEST_CASELOAD', 'offer assignment-of-b']);
  });

  it('skips an advocate another event is placing a child with and asks the rule again, counting that place taken', async () => {
    const { engine, calls } = scripted({ b: ['BUSY'] });
    const outcome = await engine.assignOrQueue(manager, context([advocate('a', 5, 2), advocate('b', 5, 1)]), '2025-03-03');
    expect(outcome).toMatchObject({ kind: 'ASSIGNED', assignment: { advocateId: 'a' } });
    expect(calls).toEqual(['place b LOWEST_CASELOAD', 'place a LOWEST_CASELOAD', 'offer assignment-of-a']);
  });

  it('waits for a busy advocate the rule still prefers (the previous advocate)', async () => {
    const { engine, calls } = scripted({ a: ['BUSY'] });
    const outcome = await engine.assignOrQueue(manager, context([advocate('a', 5, 3), advocate('b', 5, 0)], { previousAdvocateIds: ['a'] }), '2025-03-03');
    expect(outcome).toMatchObject({ kind: 'ASSIGNED', assignment: { advocateId: 'a' } });
    expect(calls).toEqual(['place a PREVIOUS_ADVOCATE', 'place a PREVIOUS_ADVOCATE wait', 'offer assignment-of-a']);
  });

  it('never queues while a busy advocate may still have room: it waits, and queues only when they are full', async () => {
    const { engine, calls } = scripted({ a: ['BUSY', 'FULL'], b: ['BUSY', 'FULL'] });
    const outcome = await engine.assignOrQueue(manager, context([advocate('a', 2, 1), advocate('b', 3, 2)]), '2025-03-03');
    expect(outcome).toEqual({ kind: 'QUEUED', reason: 'NO_CAPACITY' });
    expect(calls).toEqual([
      'place a LOWEST_CASELOAD',
      'place b LOWEST_CASELOAD',
      'place a LOWEST_CASELOAD wait',
      'place b LOWEST_CASELOAD wait',
      'queue NO_CAPACITY',
    ]);
  });

  it('moves on from an advocate found full, and queues a child already waiting without a second row', async () => {
    const { engine, calls } = scripted({ a: ['FULL'] });
    const outcome = await engine.assignOrQueue(manager, context([advocate('a', 5, 4)], { waiting: true }), '2025-03-03');
    expect(outcome).toEqual({ kind: 'QUEUED', reason: 'NO_CAPACITY' });
    expect(calls).toEqual(['place a LOWEST_CASELOAD']);
  });

  it('answers ALREADY_ASSIGNED for a child with an advocate, and queues an LA no provider covers', async () => {
    const assigned = scripted({});
    expect(await assigned.engine.assignOrQueue(manager, context([advocate('a', 5, 0)], { activeAssignmentId: 'x' }), '2025-03-03')).toEqual({
      kind: 'ALREADY_ASSIGNED',
      assignmentId: 'x',
    });
    const uncovered = scripted({});
    expect(await uncovered.engine.assignOrQueue(manager, context([], { providerIds: [] }), '2025-03-03')).toEqual({
      kind: 'QUEUED',
      reason: 'NO_PROVIDER_COVERS_LA',
    });
    expect([...assigned.calls, ...uncovered.calls]).toEqual(['queue NO_PROVIDER_COVERS_LA']);
  });
});

import type { AdvocateCandidate } from '@heard/domain';
import { advocateCandidate } from '../../../test/support/advocate-candidates';
import { type AllocationState, type AllocationStep, planAllocation } from './allocation-plan';

const LA = 'la-1';
const advocate = advocateCandidate;
const assign = (id: string, options: { language?: string; group?: string; interpreter?: boolean } = {}): AllocationStep => ({
  kind: 'ASSIGN_OR_QUEUE',
  child: {
    id,
    localAuthorityId: LA,
    firstLanguage: options.language ?? null,
    siblingGroupId: options.group ?? null,
    interpreterNeeded: options.interpreter ?? false,
  },
  promptedOn: '2024-06-03',
});
const state = (advocates: AdvocateCandidate[], extra: Partial<AllocationState> = {}): AllocationState => ({
  coverage: new Map([[LA, ['p-1']]]),
  advocates: new Map(advocates.map((a) => [a.id, a])),
  previous: new Map(),
  siblings: new Map(),
  active: new Map(),
  ...extra,
});

describe('planning a batch of assignments as if one after another', () => {
  it('fills places lowest caseload first, then queues the rest in order', () => {
    const plan = planAllocation([assign('c1'), assign('c2'), assign('c3'), assign('c4')], state([advocate('a', 2, 1), advocate('b', 2, 0)]));
    expect(plan.assignments.map((a) => [a.childId, a.advocateId, a.startReason])).toEqual([
      ['c1', 'b', 'LOWEST_CASELOAD'],
      ['c2', 'a', 'LOWEST_CASELOAD'],
      ['c3', 'b', 'LOWEST_CASELOAD'],
    ]);
    expect(plan.queued).toEqual([{ childId: 'c4', localAuthorityId: LA, waitingSince: '2024-06-03', reason: 'NO_CAPACITY' }]);
  });

  it('a place freed by an earlier ending is taken by a later child, not an earlier one', () => {
    const end: AllocationStep = {
      kind: 'END',
      assignment: { id: 's1', childId: 'old', advocateId: 'a' },
      endedOn: '2024-05-01',
      reason: 'LEFT_CARE',
      note: null,
    };
    const plan = planAllocation([assign('c1'), end, assign('c2')], state([advocate('a', 1, 1)], { active: new Map([['old', 'a']]) }));
    expect([...plan.outcomes]).toEqual([
      ['c1', 'QUEUED'],
      ['old', 'ENDED'],
      ['c2', 'ASSIGNED'],
    ]);
  });

  it('prefers the previous advocate, then a sibling’s (including one assigned earlier in the batch), then a shared language', () => {
    const advocates = [advocate('a', 5, 0), advocate('b', 5, 3), advocate('c', 5, 3, ['Polish']), advocate('d', 6, 4)];
    const plan = planAllocation(
      [assign('c1', { group: 'g' }), assign('c2', { group: 'g' }), assign('c3', { language: 'polish' }), assign('c4')],
      state(advocates, { previous: new Map([['c1', ['d']]]), siblings: new Map([['g', ['c1', 'c2']]]) }),
    );
    expect(plan.assignments.map((a) => [a.childId, a.advocateId, a.startReason])).toEqual([
      ['c1', 'd', 'PREVIOUS_ADVOCATE'],
      ['c2', 'd', 'SIBLING_ADVOCATE'],
      ['c3', 'c', 'SHARED_LANGUAGE'],
      ['c4', 'a', 'LOWEST_CASELOAD'],
    ]);
  });

  it('gives a child who needs an interpreter a speaker of their language before their sibling’s advocate', () => {
    const advocates = [advocate('a', 5, 0), advocate('b', 5, 3), advocate('c', 5, 3, ['Arabic'])];
    const plan = planAllocation(
      [assign('c1', { group: 'g' }), assign('c2', { group: 'g', language: 'Arabic', interpreter: true }), assign('c3', { group: 'g', language: 'Arabic' })],
      state(advocates, { siblings: new Map([['g', ['c1', 'c2', 'c3']]]) }),
    );
    expect(plan.assignments.map((a) => [a.childId, a.advocateId, a.startReason])).toEqual([
      ['c1', 'a', 'LOWEST_CASELOAD'],
      ['c2', 'c', 'SHARED_LANGUAGE'],
      ['c3', 'a', 'SIBLING_ADVOCATE'],
    ]);
  });

  it('leaves a child who already has an advocate alone, and queues when no provider covers the LA', () => {
    expect([...planAllocation([assign('c1')], state([advocate('a', 5, 0)], { active: new Map([['c1', 'a']]) })).outcomes]).toEqual([
      ['c1', 'ALREADY_ASSIGNED'],
    ]);
    expect(planAllocation([assign('c1')], state([advocate('a', 5, 0)], { coverage: new Map() })).queued[0]?.reason).toBe('NO_PROVIDER_COVERS_LA');
  });
});

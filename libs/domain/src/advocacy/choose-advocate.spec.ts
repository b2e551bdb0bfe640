import { availableOn, chooseAdvocate, type AdvocateCandidate, type ChildForAssignment } from './choose-advocate';

const advocate = (id: string, overrides: Partial<AdvocateCandidate> = {}): AdvocateCandidate => ({
  id,
  providerId: 'voices',
  employingLaId: null,
  active: true,
  unavailableUntil: null,
  caseloadCap: 40,
  activeCaseload: 10,
  languages: ['English'],
  ...overrides,
});

const child = (overrides: Partial<ChildForAssignment> = {}): ChildForAssignment => ({
  localAuthorityId: 'northshire',
  startsOn: '2026-03-02',
  firstLanguage: 'English',
  previousAdvocateIds: [],
  siblingAdvocateIds: [],
  interpreterNeeded: false,
  ...overrides,
});

const covering = ['voices'];

describe('automatic assignment chooses an independent advocate with capacity', () => {
  it('only from a provider that covers the child’s LA', () => {
    const choice = chooseAdvocate(child(), [advocate('a', { providerId: 'other', activeCaseload: 0 }), advocate('b')], covering);
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'b', reason: 'LOWEST_CASELOAD' });
  });

  it('queues the child when no provider covers their LA', () => {
    expect(chooseAdvocate(child(), [advocate('a')], [])).toEqual({ kind: 'QUEUE', reason: 'NO_PROVIDER_COVERS_LA' });
  });

  it('never someone employed by the child’s LA, even their previous advocate', () => {
    const choice = chooseAdvocate(
      child({ previousAdvocateIds: ['employee'] }),
      [advocate('employee', { employingLaId: 'northshire', activeCaseload: 0 }), advocate('b', { activeCaseload: 30 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'b', reason: 'LOWEST_CASELOAD' });
  });

  it('someone employed by a different LA may advocate', () => {
    const choice = chooseAdvocate(child(), [advocate('a', { employingLaId: 'eastmoor' })], covering);
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'a', reason: 'LOWEST_CASELOAD' });
  });

  it('never an advocate at their cap or inactive; queues with NO_CAPACITY when nobody is left', () => {
    const full = [
      advocate('a', { activeCaseload: 40 }),
      advocate('b', { caseloadCap: 3, activeCaseload: 3 }),
      advocate('c', { active: false, activeCaseload: 0 }),
    ];
    expect(chooseAdvocate(child(), full, covering)).toEqual({ kind: 'QUEUE', reason: 'NO_CAPACITY' });
  });

  it('prefers the child’s previous advocate over everyone else', () => {
    const choice = chooseAdvocate(
      child({ previousAdvocateIds: ['prev'], siblingAdvocateIds: ['sib'], firstLanguage: 'Polish' }),
      [advocate('low', { activeCaseload: 0 }), advocate('sib'), advocate('pol', { languages: ['Polish'] }), advocate('prev', { activeCaseload: 39 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'prev', reason: 'PREVIOUS_ADVOCATE' });
  });

  it('takes the most recent previous advocate who still has room', () => {
    const choice = chooseAdvocate(
      child({ previousAdvocateIds: ['latest', 'earlier'] }),
      [advocate('latest', { activeCaseload: 40 }), advocate('earlier', { activeCaseload: 20 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'earlier', reason: 'PREVIOUS_ADVOCATE' });
  });

  it('then a sibling’s advocate', () => {
    const choice = chooseAdvocate(
      child({ siblingAdvocateIds: ['sib'], firstLanguage: 'Polish' }),
      [advocate('low', { activeCaseload: 0 }), advocate('pol', { languages: ['Polish'] }), advocate('sib', { activeCaseload: 25 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'sib', reason: 'SIBLING_ADVOCATE' });
  });

  it('then someone who speaks the child’s first language (ignoring case)', () => {
    const choice = chooseAdvocate(
      child({ firstLanguage: 'polish' }),
      [advocate('low', { activeCaseload: 0 }), advocate('pol', { languages: ['English', 'Polish'], activeCaseload: 30 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'pol', reason: 'SHARED_LANGUAGE' });
  });

  it('then the lowest caseload, ties broken by more room, then by id', () => {
    const choice = chooseAdvocate(
      child(),
      [advocate('c', { activeCaseload: 5 }), advocate('b', { activeCaseload: 5, caseloadCap: 50 }), advocate('a', { activeCaseload: 5 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'b', reason: 'LOWEST_CASELOAD' });
  });

  it('does not treat English as a reason to prefer someone', () => {
    const choice = chooseAdvocate(child(), [advocate('eng', { activeCaseload: 9 }), advocate('low', { activeCaseload: 1, languages: [] })], covering);
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'low', reason: 'LOWEST_CASELOAD' });
  });
});

describe('a child who needs an interpreter is given a speaker of their first language before a sibling’s advocate', () => {
  const team = [
    advocate('low', { activeCaseload: 0 }),
    advocate('sib', { activeCaseload: 25 }),
    advocate('ara2', { languages: ['Arabic'], activeCaseload: 31 }),
    advocate('ara', { languages: ['English', 'arabic'], activeCaseload: 30 }),
    advocate('prev', { activeCaseload: 39 }),
  ];

  it('prefers the Arabic speaker with the lower caseload over the sibling’s advocate', () => {
    expect(chooseAdvocate(child({ firstLanguage: 'Arabic', siblingAdvocateIds: ['sib'], interpreterNeeded: true }), team, covering)).toEqual({
      kind: 'ASSIGN',
      advocateId: 'ara',
      reason: 'SHARED_LANGUAGE',
    });
  });

  it('still gives the previous advocate first: continuity', () => {
    expect(
      chooseAdvocate(child({ firstLanguage: 'Arabic', previousAdvocateIds: ['prev'], siblingAdvocateIds: ['sib'], interpreterNeeded: true }), team, covering),
    ).toEqual({ kind: 'ASSIGN', advocateId: 'prev', reason: 'PREVIOUS_ADVOCATE' });
  });

  it('without an interpreter need, the sibling’s advocate comes first as before', () => {
    expect(chooseAdvocate(child({ firstLanguage: 'Arabic', siblingAdvocateIds: ['sib'] }), team, covering)).toEqual({
      kind: 'ASSIGN',
      advocateId: 'sib',
      reason: 'SIBLING_ADVOCATE',
    });
  });

  it('with the first language not recorded, there is no one to prefer: the sibling’s advocate', () => {
    expect(chooseAdvocate(child({ firstLanguage: null, siblingAdvocateIds: ['sib'], interpreterNeeded: true }), team, covering)).toEqual({
      kind: 'ASSIGN',
      advocateId: 'sib',
      reason: 'SIBLING_ADVOCATE',
    });
  });

  it('with no speaker free (all full), the sibling’s advocate', () => {
    const full = team.map((a) => (a.languages.some((l) => l.toLowerCase() === 'arabic') ? { ...a, activeCaseload: 40 } : a));
    expect(chooseAdvocate(child({ firstLanguage: 'Arabic', siblingAdvocateIds: ['sib'], interpreterNeeded: true }), full, covering)).toEqual({
      kind: 'ASSIGN',
      advocateId: 'sib',
      reason: 'SIBLING_ADVOCATE',
    });
  });
});

describe('an advocate who is away is not given new children', () => {
  it('is available with no date, and again the day after the date they are away until', () => {
    expect([
      availableOn(null, '2026-03-02'),
      availableOn('2026-03-01', '2026-03-02'),
      availableOn('2026-03-02', '2026-03-02'),
      availableOn('2026-03-09', '2026-03-02'),
    ]).toEqual([true, true, false, false]);
  });

  it('passes over an advocate away on the start day, even the child’s previous advocate', () => {
    const choice = chooseAdvocate(
      child({ previousAdvocateIds: ['away'] }),
      [advocate('away', { unavailableUntil: '2026-03-02', activeCaseload: 0 }), advocate('b', { activeCaseload: 30 })],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'b', reason: 'LOWEST_CASELOAD' });
  });

  it('chooses them again from the day after they return', () => {
    const choice = chooseAdvocate(
      child({ startsOn: '2026-03-03' }),
      [advocate('back', { unavailableUntil: '2026-03-02', activeCaseload: 0 }), advocate('b')],
      covering,
    );
    expect(choice).toEqual({ kind: 'ASSIGN', advocateId: 'back', reason: 'LOWEST_CASELOAD' });
  });

  it('queues the child for capacity when every covering advocate is away', () => {
    expect(chooseAdvocate(child(), [advocate('away', { unavailableUntil: '2026-04-30' })], covering)).toEqual({ kind: 'QUEUE', reason: 'NO_CAPACITY' });
  });
});

import {
  StickChallengeDocument,
  StickConcernDocument,
  StickDecideDocument,
  StickEscalateDocument,
  StickFlaggedDocument,
  StickFollowThroughDocument,
  StickHoldDocument,
  StickImplementByDocument,
  StickImplementedDocument,
  StickScheduleDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);
const fields = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field']]);

/** Held on Monday 14 April 2025: Good Friday (18th) and Easter Monday (21st) push the 5-working-day window to Wednesday 23rd. */
const HELD_ON = '2025-04-14';
const WINDOW_EXPLAINED = 'The local authority may challenge it until Wednesday 23 April 2025: 5 working days after the meeting on Monday 14 April 2025.';

describe('decisions stick', () => {
  let api: TestApp;
  const today = (date: string) => jest.spyOn(Clock.prototype, 'today').mockReturnValue(date);

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  /** A child with their advocate and a meeting held on 14 April 2025 with the decisions given. */
  async function setup(texts: string[]) {
    today(HELD_ON);
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName: 'Amir' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(StickScheduleDocument, {
      input: { childId, scheduledOn: HELD_ON, place: 'Family centre', chairStaffId: chair?.id ?? '', invitees: [] },
    });
    const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
    const held = await manager.request(StickHoldDocument, {
      input: { meetingId, heldOn: HELD_ON, attendees: ['Amir', 'Tess Manager'], participationCode: 'PN1' },
    });
    if (held.errors.length > 0) throw new Error(JSON.stringify(held.errors));
    const decisionIds: string[] = [];
    for (const text of texts) {
      const decided = await manager.request(StickDecideDocument, { input: { meetingId, text, significant: false, advocateInputId: null } });
      if (decided.errors.length > 0) throw new Error(JSON.stringify(decided.errors));
      decisionIds.push(decided.data?.recordMeetingDecision.decisions.find((d) => d.text === text)?.id ?? '');
    }
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, manager, advocate, childId, meetingId, decisionIds };
  }

  async function otherLaManager(): Promise<GraphqlTestClient> {
    const client = api.client();
    await client.login(DEMO.manager, DEMO.password);
    return client;
  }

  it('a decision stands while the LA may challenge it; the window skips the Easter bank holidays', async () => {
    const { advocate, manager, meetingId, decisionIds } = await setup(['Amir moves to a school nearer his carers']);
    today('2025-04-22');
    const read = await advocate.request(StickFollowThroughDocument, { meetingId });
    expect(read.errors).toEqual([]);
    expect(read.data?.decisionFollowThrough).toEqual([
      {
        decisionId: decisionIds[0],
        meetingId,
        childId: expect.any(String),
        text: 'Amir moves to a school nearer his carers',
        heldOn: HELD_ON,
        implementBy: null,
        implementedOn: null,
        challengedOn: null,
        challengeReasons: null,
        status: 'CHALLENGE_WINDOW_OPEN',
        challengeBy: '2025-04-23',
        explanation: 'The local authority may challenge it until 23 April 2025.',
        challengeDeadlineExplanation: WINDOW_EXPLAINED,
        concernId: null,
        canActAsLa: false,
        canEscalate: false,
      },
    ]);
    expect((await manager.request(StickFollowThroughDocument, { meetingId })).data?.decisionFollowThrough[0]?.canActAsLa).toBe(true);
    today('2025-04-24');
    expect((await advocate.request(StickFollowThroughDocument, { meetingId })).data?.decisionFollowThrough[0]).toMatchObject({
      status: 'AWAITING_IMPLEMENTATION',
      explanation: 'Not challenged, so it stands: to be implemented.',
    });
  });

  it('the LA challenges with reasons on the last day of the window; a day later it is too late', async () => {
    const { manager, meetingId, decisionIds, childId } = await setup(['Weekly contact with his brother', 'A new bike']);
    today('2025-04-24');
    const [first, second] = decisionIds;
    const challenged = await manager.request(StickChallengeDocument, {
      input: { decisionId: first ?? '', challengedOn: '2025-04-23', reasons: '  The brother has moved to Scotland.  ' },
    });
    expect(challenged.errors).toEqual([]);
    expect(challenged.data?.challengeDecision).toMatchObject({
      status: 'CHALLENGED',
      challengedOn: '2025-04-23',
      challengeReasons: 'The brother has moved to Scotland.',
      explanation: 'Challenged by the local authority on 23 April 2025.',
      canActAsLa: false,
    });
    const late = await manager.request(StickChallengeDocument, { input: { decisionId: second ?? '', challengedOn: '2025-04-24', reasons: 'Too dear.' } });
    expect(codes(late)).toEqual([
      ['BAD_USER_INPUT', 'Too late to challenge: the window closed on 23 April 2025, 5 working days after the meeting on 14 April 2025.'],
    ]);
    expect(fields(late)).toEqual([['BAD_USER_INPUT', 'challengedOn']]);
    expect(fields(await manager.request(StickChallengeDocument, { input: { decisionId: second ?? '', challengedOn: '2025-04-22', reasons: '   ' } }))).toEqual([
      ['BAD_USER_INPUT', 'reasons'],
    ]);
    expect(fields(await manager.request(StickChallengeDocument, { input: { decisionId: second ?? '', challengedOn: '2025-04-25', reasons: 'x' } }))).toEqual([
      ['BAD_USER_INPUT', 'challengedOn'],
    ]);
    const audit = (await api.dataSource.query(
      `SELECT action, outcome FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'decision_follow_through.%' ORDER BY id`,
      [childId],
    )) as Array<{ action: string; outcome: string }>;
    expect(audit).toEqual([{ action: 'decision_follow_through.challenged', outcome: 'ALLOWED' }]);
    expect(meetingId).not.toBe('');
  });

  it('a challenged decision cannot be implemented, nor an implemented one challenged', async () => {
    const { manager, decisionIds } = await setup(['Therapy every fortnight', 'Swimming lessons']);
    today('2025-04-16');
    const [a, b] = decisionIds;
    await manager.request(StickChallengeDocument, { input: { decisionId: a ?? '', challengedOn: '2025-04-16', reasons: 'No therapist available.' } });
    expect(codes(await manager.request(StickImplementedDocument, { input: { decisionId: a ?? '', implementedOn: '2025-04-16' } }))).toEqual([
      ['CONFLICT', 'This decision was challenged by the local authority on 16 April 2025.'],
    ]);
    const done = await manager.request(StickImplementedDocument, { input: { decisionId: b ?? '', implementedOn: '2025-04-15' } });
    expect(done.data?.markDecisionImplemented).toMatchObject({
      status: 'IMPLEMENTED',
      implementedOn: '2025-04-15',
      explanation: 'Implemented on 15 April 2025.',
    });
    expect(
      codes(await manager.request(StickChallengeDocument, { input: { decisionId: b ?? '', challengedOn: '2025-04-16', reasons: 'Changed our mind.' } })),
    ).toEqual([['CONFLICT', 'This decision was already implemented on 15 April 2025.']]);
    expect(fields(await manager.request(StickImplementedDocument, { input: { decisionId: a ?? '', implementedOn: '2025-04-10' } }))).toEqual([
      ['BAD_USER_INPUT', 'implementedOn'],
    ]);
    expect(fields(await manager.request(StickImplementByDocument, { input: { decisionId: b ?? '', implementBy: '2025-04-01' } }))).toEqual([
      ['BAD_USER_INPUT', 'implementBy'],
    ]);
  });

  it('two managers acting on one decision at once: exactly one wins, the other gets CONFLICT', async () => {
    const { manager, fx, decisionIds } = await setup(['A laptop for school']);
    today('2025-04-16');
    const colleague = await fx.signIn(fx.managerEmail);
    const decisionId = decisionIds[0] ?? '';
    const results = await Promise.all([
      manager.request(StickChallengeDocument, { input: { decisionId, challengedOn: '2025-04-16', reasons: 'No budget.' } }),
      colleague.request(StickImplementedDocument, { input: { decisionId, implementedOn: '2025-04-16' } }),
      manager.request(StickChallengeDocument, { input: { decisionId, challengedOn: '2025-04-16', reasons: 'No budget at all.' } }),
    ]);
    const outcomes = results.map((r) => (r.errors.length === 0 ? 'OK' : r.errors[0]?.extensions?.code));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(2);
  });

  it('unchallenged and not implemented by its date: flagged for the LA and the advocate, escalated once in one step', async () => {
    const { manager, advocate, decisionIds, childId } = await setup(['Amir gets his passport']);
    const decisionId = decisionIds[0] ?? '';
    today('2025-04-15');
    expect((await manager.request(StickImplementByDocument, { input: { decisionId, implementBy: '2025-05-01' } })).data?.setDecisionImplementBy).toMatchObject({
      implementBy: '2025-05-01',
      status: 'CHALLENGE_WINDOW_OPEN',
    });
    today('2025-05-01');
    expect((await advocate.request(StickFlaggedDocument)).data?.unimplementedDecisions).toEqual([]);
    expect(codes(await advocate.request(StickEscalateDocument, { decisionId }))).toEqual([
      ['CONFLICT', 'Only a decision not implemented by its date can be escalated. Not challenged, so it stands: to be implemented by 1 May 2025.'],
    ]);
    today('2025-05-02');
    const flagged = await advocate.request(StickFlaggedDocument);
    expect(flagged.data?.unimplementedDecisions.map((d) => [d.decisionId, d.status, d.explanation, d.canEscalate])).toEqual([
      [decisionId, 'NOT_IMPLEMENTED', 'Not implemented by 1 May 2025, and not challenged: it stands and can be escalated.', true],
    ]);
    expect((await manager.request(StickFlaggedDocument)).data?.unimplementedDecisions.map((d) => [d.decisionId, d.canEscalate])).toEqual([[decisionId, false]]);
    expect((await (await otherLaManager()).request(StickFlaggedDocument)).data?.unimplementedDecisions.map((d) => d.decisionId)).not.toContain(decisionId);
    expect(codes(await manager.request(StickImplementByDocument, { input: { decisionId, implementBy: '2025-06-30' } }))).toEqual([
      ['CONFLICT', 'This decision was due to be implemented by 1 May 2025: record that it was implemented; its date can no longer be moved.'],
    ]);

    const [first, second] = await Promise.all([
      advocate.request(StickEscalateDocument, { decisionId }),
      advocate.request(StickEscalateDocument, { decisionId }),
    ]);
    const won = [first, second].filter((r) => r.errors.length === 0);
    expect(won).toHaveLength(1);
    expect([first, second].flatMap(codes)).toEqual([['CONFLICT', 'This decision has already been escalated as a concern.']]);
    const concernId = won[0]?.data?.escalateDecision.concernId ?? '';
    expect(won[0]?.data?.escalateDecision).toMatchObject({ canEscalate: false, explanation: expect.stringContaining('Escalated as a concern.') });
    const concern = await advocate.request(StickConcernDocument, { id: concernId });
    expect(concern.data?.concern).toEqual({
      id: concernId,
      stage: 'INFORMAL',
      whatIsWrong:
        'The decision made at the meeting on 14 April 2025 has not been implemented by 1 May 2025, and the local authority did not challenge it: “Amir gets his passport”.',
      childWants: 'The child wants the decision made at their meeting carried out.',
      themes: ['DELAY_IN_THE_PLAN'],
    });
    expect(codes(await advocate.request(StickEscalateDocument, { decisionId }))).toEqual([
      ['CONFLICT', 'This decision has already been escalated as a concern.'],
    ]);
    const concerns = (await api.dataSource.query(`SELECT count(*)::int AS n FROM concerns WHERE child_id = $1`, [childId])) as Array<{ n: number }>;
    expect(concerns[0]?.n).toBe(1);
    expect(codes(await manager.request(StickImplementByDocument, { input: { decisionId, implementBy: '2025-06-30' } }))).toEqual([
      ['CONFLICT', 'This decision has been escalated as a concern: its date can no longer be moved.'],
    ]);
  });

  it('deny by default: another LA gets NOT_FOUND, the advocate cannot act for the LA, the LA cannot escalate', async () => {
    const { advocate, manager, meetingId, decisionIds } = await setup(['Piano lessons']);
    today('2025-04-16');
    const decisionId = decisionIds[0] ?? '';
    const other = await otherLaManager();
    expect(codes(await other.request(StickFollowThroughDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(codes(await other.request(StickChallengeDocument, { input: { decisionId, challengedOn: '2025-04-16', reasons: 'No.' } })).map(([c]) => c)).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await advocate.request(StickImplementedDocument, { input: { decisionId, implementedOn: '2025-04-16' } })).map(([c]) => c)).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await manager.request(StickEscalateDocument, { decisionId })).map(([c]) => c)).toEqual(['FORBIDDEN']);
    expect(
      codes(await manager.request(StickImplementedDocument, { input: { decisionId: '00000000-0000-4000-8000-000000000000', implementedOn: '2025-04-16' } })),
    ).toEqual([['NOT_FOUND', 'No meeting decision with that id is in your caseload or your local authority.']]);
  });
});

import { errorCodes, onDay } from '../../support/clock';
import { advocacyFixture } from '../../support/advocacy-fixture';
import {
  ConcernsAwaitingDocument,
  ConcernsAwaitingDueDocument,
  ConcernsEscalationQueueDocument,
  ConcernsFromActionDocument,
  ConcernsNotificationsDocument,
  type RaiseConcernInput,
  TestApplyToCourtDocument,
  TestRecordAdvocateAtHearingDocument,
  TestRecordChildCourtRequestDocument,
  TestRecordCourtHearingDocument,
  TestRequestConcernInformationDocument,
  TestResolveConcernDocument,
  TestTriageConcernDocument,
} from '@heard/graphql-types/testing';
import { CONCERN, type ConcernData, concernWorld, ESCALATE, NOTE, RAISE, raiseInput, RESPOND } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const TRIAGE = TestTriageConcernDocument;
const REQUEST_INFO = TestRequestConcernInformationDocument;
const APPLY = TestApplyToCourtDocument;
const HEARING = TestRecordCourtHearingDocument;
const CHILD_REQUEST = TestRecordChildCourtRequestDocument;
const AT_HEARING = TestRecordAdvocateAtHearingDocument;
const RESOLVE = TestResolveConcernDocument;

describe('concerns and the escalation ladder', () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const kinds = async (client: GraphqlTestClient, id: string) => (await client.request(CONCERN, { id })).data?.concern.timeline.map((e) => e.kind);

  async function raise(advocate: GraphqlTestClient, childId: string, overrides: Partial<RaiseConcernInput> = {}): Promise<ConcernData> {
    const raised = await advocate.request(RAISE, { input: raiseInput(childId, overrides) });
    expect(raised.errors).toEqual([]);
    return raised.data?.raiseConcern as ConcernData;
  }

  it('each role sees a concern only where it should: the LA at once, another LA never, the Commissioner from their stage', async () => {
    const { advocate, manager, childId } = await concernWorld(api);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    onDay(api, '2025-03-03');

    const concern = await raise(advocate, childId);
    expect([concern.stage, concern.status, concern.stageDeadline, concern.themes]).toEqual([
      'INFORMAL',
      'OPEN',
      '2025-03-10',
      ['SIBLINGS', 'CONTACT_WITH_FAMILY'],
    ]);
    expect(concern.timeline.map((e) => [e.kind, e.asked, e.answer, e.evidence])).toEqual([
      [
        'RAISED',
        'Sibling contact has stopped since the placement move',
        'I want to see my sister every week',
        [{ text: 'Contact log shows no visits since March', url: 'https://records.example/contact-log' }],
      ],
    ]);
    expect(concern.escalationTargets).toEqual([
      { stage: 'TEAM_MANAGER', needsAtRiskReason: true },
      { stage: 'SERVICE_MANAGER', needsAtRiskReason: true },
      { stage: 'DIRECTOR', needsAtRiskReason: true },
      { stage: 'CHILDRENS_COMMISSIONER', needsAtRiskReason: true },
    ]);

    const awaiting = ConcernsAwaitingDocument;
    expect((await manager.request(awaiting)).data?.concernsAwaitingResponse).toEqual([{ id: concern.id }]);
    expect((await otherManager.request(awaiting)).data?.concernsAwaitingResponse).toEqual([]);
    expect(errorCodes(await otherManager.request(CONCERN, { id: concern.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await commissioner.request(CONCERN, { id: concern.id }))).toEqual(['NOT_FOUND']);
    const queue = async () => (await commissioner.request(ConcernsEscalationQueueDocument)).data?.escalationQueue.filter((c) => c.id === concern.id);
    expect(await queue()).toEqual([]);

    await advocate.request(NOTE, {
      input: { concernId: concern.id, note: 'Child told me privately she is frightened of the carer’s son', confidential: true, evidence: [] },
    });
    expect(await kinds(advocate, concern.id)).toEqual(['RAISED', 'NOTE']);
    expect(await kinds(manager, concern.id)).toEqual(['RAISED']);
    // A note sent without saying is advocate-only: the safe default, on the server as in the portal.
    await advocate.request(NOTE, { input: { concernId: concern.id, note: 'Sent without a confidentiality choice', evidence: [] } });
    expect(await kinds(advocate, concern.id)).toEqual(['RAISED', 'NOTE', 'NOTE']);
    expect(await kinds(manager, concern.id)).toEqual(['RAISED']);

    const skipped = await advocate.request(ESCALATE, {
      input: {
        concernId: concern.id,
        toStage: 'CHILDRENS_COMMISSIONER',
        asked: 'Please intervene',
        atRiskReason: 'Child reports feeling unsafe at home',
        evidence: [],
      },
    });
    expect(skipped.data?.escalateConcern.stage).toBe('CHILDRENS_COMMISSIONER');
    expect(await queue()).toEqual([{ id: concern.id }]);
    expect(await kinds(commissioner, concern.id)).toEqual(['RAISED', 'ESCALATED']);
    expect(errorCodes(await otherManager.request(CONCERN, { id: concern.id }))).toEqual(['NOT_FOUND']);
    const audited: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'concern.read' AND entity_id = $1 AND actor_role = 'COMMISSIONER_STAFF'`,
      [childId],
    );
    expect(audited).toEqual([{ n: 1 }]);
  });

  it('escalating waits for a missed deadline or a response; skipping needs a reason; the history cannot be edited', async () => {
    const { advocate, manager, childId } = await concernWorld(api);
    onDay(api, '2025-03-03');
    const concern = await raise(advocate, childId, { raisedOn: '2025-02-20' });
    expect([concern.stageDeadline, concern.overdue, concern.workingDaysOverdue]).toEqual(['2025-02-27', true, 2]);

    const toTeamManager = await advocate.request(ESCALATE, {
      input: { concernId: concern.id, toStage: 'TEAM_MANAGER', asked: 'Restart sibling contact', evidence: [] },
    });
    expect([toTeamManager.data?.escalateConcern.stage, toTeamManager.data?.escalateConcern.stageDeadline]).toEqual(['TEAM_MANAGER', '2025-03-10']);

    const early = await advocate.request(ESCALATE, { input: { concernId: concern.id, toStage: 'SERVICE_MANAGER', asked: 'Please decide', evidence: [] } });
    expect(early.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'atRiskReason',
        'Team manager has until 2025-03-10 to respond. Escalate once the deadline has passed or they have responded, or record why the child is at risk.',
      ],
    ]);
    expect(errorCodes(await manager.request(ESCALATE, { input: { concernId: concern.id, toStage: 'SERVICE_MANAGER', asked: 'x', evidence: [] } }))).toEqual([
      'FORBIDDEN',
    ]);

    const responded = await manager.request(RESPOND, { input: { concernId: concern.id, answer: 'Contact will restart in six weeks', evidence: [] } });
    expect(responded.data?.respondToConcern.respondedAtStage).toBe(true);
    const toService = await advocate.request(ESCALATE, {
      input: { concernId: concern.id, toStage: 'SERVICE_MANAGER', asked: 'Six weeks is too long for her', evidence: [] },
    });
    expect(toService.data?.escalateConcern.stage).toBe('SERVICE_MANAGER');

    const skip = await advocate.request(ESCALATE, { input: { concernId: concern.id, toStage: 'CHILDRENS_COMMISSIONER', asked: 'x', evidence: [] } });
    // Named as the at-risk reason's problem, so the portal shows it under that field.
    expect(skip.errors.map((e) => [e.extensions?.field, e.message])).toEqual([
      ['atRiskReason', 'Stages can be skipped only when the child is at risk: record why.'],
    ]);
    expect(await kinds(advocate, concern.id)).toEqual(['RAISED', 'ESCALATED', 'RESPONDED', 'ESCALATED']);

    await expect(api.dataSource.query(`UPDATE concern_events SET answer = 'edited' WHERE concern_id = $1`, [concern.id])).rejects.toThrow(
      'permission denied for table concern_events',
    );
    await expect(api.dataSource.query(`DELETE FROM concern_events WHERE concern_id = $1`, [concern.id])).rejects.toThrow(
      'permission denied for table concern_events',
    );
  });

  it('the Commissioner triages, asks the LA for information, applies to court; the advocate records the child in court', async () => {
    const { advocate, manager, childId } = await concernWorld(api);
    onDay(api, '2025-03-03');
    const concern = await raise(advocate, childId);
    await advocate.request(ESCALATE, {
      input: {
        concernId: concern.id,
        toStage: 'CHILDRENS_COMMISSIONER',
        asked: 'Please intervene',
        atRiskReason: 'Placement about to break down',
        evidence: [],
      },
    });

    const triaged = await commissioner.request(TRIAGE, {
      input: { concernId: concern.id, note: 'High priority: placement at risk', confidential: false, evidence: [] },
    });
    expect(triaged.data?.triageConcern.triaged).toBe(true);
    expect(await kinds(manager, concern.id)).toEqual(['RAISED', 'ESCALATED']);

    const early = await commissioner.request(REQUEST_INFO, { input: { concernId: concern.id, asked: 'Send the placement plan', dueOn: '2025-03-03' } });
    expect(early.errors.map((e) => e.message)).toEqual(["The LA's deadline must be after today, 3 March 2025."]);
    await commissioner.request(REQUEST_INFO, { input: { concernId: concern.id, asked: 'Send the placement plan', dueOn: '2025-03-10' } });
    expect((await manager.request(ConcernsAwaitingDueDocument)).data?.concernsAwaitingResponse).toEqual([{ id: concern.id, informationDueOn: '2025-03-10' }]);
    const answered = await manager.request(RESPOND, {
      input: { concernId: concern.id, answer: 'Plan attached', evidence: [{ text: 'Placement plan v3', url: 'https://la.example/plan.pdf' }] },
    });
    expect(answered.data?.respondToConcern.informationDueOn).toBeNull();

    const applied = await commissioner.request(APPLY, {
      input: {
        concernId: concern.id,
        court: 'Family Court at Leeds',
        caseNumber: 'LS25C00123',
        orderSought: 'Order that sibling contact continues',
        hearingDates: ['2025-04-01'],
      },
    });
    expect(applied.data?.applyToCourt.stage).toBe('COURT');
    await advocate.request(CHILD_REQUEST, { input: { concernId: concern.id, childWords: 'I want you to tell the judge what I think' } });
    await advocate.request(AT_HEARING, {
      input: { concernId: concern.id, hearingOn: '2025-04-01', attended: true, summary: 'Told the court she wants weekly contact with her sister' },
    });
    await commissioner.request(HEARING, {
      input: { concernId: concern.id, hearingOn: '2025-04-01', whatHappened: 'Representations heard from the advocate', outcome: 'Contact order made: weekly' },
    });

    const seen = (await advocate.request(CONCERN, { id: concern.id })).data?.concern;
    expect(seen?.courtApplication).toEqual({
      court: 'Family Court at Leeds',
      caseNumber: 'LS25C00123',
      orderSought: 'Order that sibling contact continues',
      hearingDates: ['2025-04-01'],
      outcome: 'Contact order made: weekly',
    });
    expect(seen?.timeline.map((e) => e.kind)).toEqual([
      'RAISED',
      'ESCALATED',
      'TRIAGED',
      'INFORMATION_REQUESTED',
      'RESPONDED',
      'APPLIED_TO_COURT',
      'CHILD_COURT_REQUEST',
      'ADVOCATE_AT_HEARING',
      'HEARING',
    ]);
    expect(seen?.timeline.find((e) => e.kind === 'ADVOCATE_AT_HEARING')).toMatchObject({
      attended: true,
      hearingDates: ['2025-04-01'],
      answer: 'Told the court she wants weekly contact with her sister',
    });

    const resolved = await commissioner.request(RESOLVE, { input: { concernId: concern.id, text: 'I see my sister every week now' } });
    expect([resolved.data?.resolveConcern.status, resolved.data?.resolveConcern.outcome]).toEqual(['RESOLVED', 'I see my sister every week now']);
    const after = await advocate.request(NOTE, { input: { concernId: concern.id, note: 'x', confidential: false, evidence: [] } });
    expect(after.errors.map((e) => e.message)).toEqual(['This concern was resolved; nothing more can be recorded on it.']);
    const notices = await advocate.request(ConcernsNotificationsDocument);
    expect(notices.data?.notifications.filter((n) => n.kind === 'CONCERN_APPLIED_TO_COURT')).toEqual([
      { kind: 'CONCERN_APPLIED_TO_COURT', link: `/advocate/concerns/${concern.id}` },
    ]);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { advocate, manager, childId } = await concernWorld(api);
    onDay(api, '2025-03-03');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ themes: [] }, 'Choose at least one theme.'],
      [{ whatIsWrong: '  ' }, 'Enter what is wrong.'],
      [{ raisedOn: '2025-03-04' }, 'The date the concern was raised cannot be in the future. Today is 3 March 2025.'],
      [{ fromActionId: '00000000-0000-4000-8000-000000000000' }, 'That action is not from this child’s meetings.'],
      [{ evidence: [{ text: 'Letter', url: 'javascript:alert(1)' }] }, 'evidence url must be an https:// link'],
    ];
    for (const [overrides, message] of cases) {
      const result = await advocate.request(RAISE, { input: raiseInput(childId, overrides) });
      expect([errorCodes(result), result.errors[0]?.message]).toEqual([['BAD_USER_INPUT'], expect.stringContaining(message)]);
    }
    expect(errorCodes(await manager.request(RAISE, { input: raiseInput(childId) }))).toEqual(['FORBIDDEN']);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM concerns WHERE child_id = $1`, [childId])).toEqual([{ n: 0 }]);
  });

  it('a drifted action becomes a concern in one step, once', async () => {
    const { fx, advocate, manager, childId } = await concernWorld(api);
    const [staff] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const [user] = (await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as Array<{ id: string }>;
    const [meeting] = (await api.dataSource.query(
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, '2025-02-03', 'Office', $2, 'COMPLETED', '2025-02-03', 'PN1', $3) RETURNING id`,
      [childId, staff?.id, user?.id],
    )) as Array<{ id: string }>;
    const insertAction = async (carryOvers: number) =>
      (
        (await api.dataSource.query(
          `INSERT INTO meeting_actions (child_id, meeting_id, what, owner, due_on, monitoring, carry_overs) VALUES ($1, $2, 'Arrange contact', 'SW', '2025-03-01', 'Log', $3) RETURNING id`,
          [childId, meeting?.id, carryOvers],
        )) as Array<{ id: string }>
      )[0]?.id;
    const fresh = await insertAction(1);
    const drifted = await insertAction(2);
    onDay(api, '2025-03-03');
    const refused = await advocate.request(RAISE, { input: raiseInput(childId, { fromActionId: fresh, themes: ['DELAY_IN_THE_PLAN'] }) });
    expect(refused.errors.map((e) => e.message)).toEqual(['Only an open action that has drifted (carried over twice) can become a concern.']);
    const concern = await raise(advocate, childId, { fromActionId: drifted, themes: ['DELAY_IN_THE_PLAN'] });
    expect((await manager.request(ConcernsFromActionDocument, { id: concern.id })).data?.concern.fromActionId).toBe(drifted);
    const again = await advocate.request(RAISE, { input: raiseInput(childId, { fromActionId: drifted, themes: ['DELAY_IN_THE_PLAN'] }) });
    expect(again.errors.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', 'A concern has already been raised about this action.']]);
  });
});

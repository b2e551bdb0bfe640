import {
  PaperCompleteDocument,
  PaperConsultDocument,
  PaperHoldDocument,
  PaperReviewReadDocument,
  PaperScheduleDocument,
  PaperSignOffDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);
const NOT_ELIGIBLE =
  'Paper reviews are only for a child settled in a long-term foster placement whose meetings are yearly: this child has their meetings instead.';

describe('paper reviews between yearly meetings', () => {
  let api: TestApp;
  const today = (date: string) => jest.spyOn(Clock.prototype, 'today').mockReturnValue(date);

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  /** A child in care since 8 January 2024 in the placement given, with meetings held on the days given. */
  async function setup(placementType: string, heldOn: string[]) {
    today('2025-01-20');
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2024-01-08', newChild: newChild({ givenName: 'Lena' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    await api.dataSource.query(`UPDATE care_episodes SET placement_type = $2 WHERE child_id = $1`, [childId, placementType]);
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const chairStaffId = chair?.id ?? '';
    for (const day of heldOn) {
      const scheduled = await manager.request(PaperScheduleDocument, { input: { childId, scheduledOn: day, place: 'Home', chairStaffId, invitees: [] } });
      const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
      const steps = [
        await manager.request(PaperHoldDocument, { input: { meetingId, heldOn: day, attendees: ['Lena', 'Tess Manager'], participationCode: 'PN1' } }),
        await manager.request(PaperCompleteDocument, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'We talked' } }),
      ];
      const failed = [scheduled, ...steps].flatMap((s) => s.errors);
      if (failed.length > 0) throw new Error(JSON.stringify(failed));
    }
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, manager, advocate, childId, chairStaffId };
  }

  async function otherLaManager(): Promise<GraphqlTestClient> {
    const client = api.client();
    await client.login(DEMO.manager, DEMO.password);
    return client;
  }

  it('a child settled in long-term fostering with yearly meetings has a paper review due 6 months after the last', async () => {
    const { advocate, manager, childId } = await setup('U4', ['2024-02-01', '2025-01-15']);
    const read = await advocate.request(PaperReviewReadDocument, { childId });
    expect(read.errors).toEqual([]);
    expect(read.data?.paperReview).toEqual({
      childId,
      eligible: true,
      explanation:
        'Paper review: due by Tuesday 15 July 2025, 6 months after the last meeting on 15 January 2025, halfway to the next yearly meeting, as the child is settled in a long-term foster placement.',
      afterMeetingOn: '2025-01-15',
      dueOn: '2025-07-15',
      lastWorkingDayBefore: null,
      deadlineStatus: 'AWAITED',
      consultations: [],
      signedOffOn: null,
      chairName: null,
      canRecord: ['CHILD'],
      canSignOff: false,
    });
    expect((await manager.request(PaperReviewReadDocument, { childId })).data?.paperReview.canRecord).toEqual(['CARER', 'SOCIAL_WORKER']);
  });

  it('no paper review for a child not in long-term fostering, or before their meetings are yearly', async () => {
    const notFostered = await setup('U3', ['2024-02-01', '2025-01-15']);
    expect((await notFostered.manager.request(PaperReviewReadDocument, { childId: notFostered.childId })).data?.paperReview).toMatchObject({
      eligible: false,
      explanation: NOT_ELIGIBLE,
      dueOn: null,
      canRecord: [],
    });
    expect(
      codes(
        await notFostered.manager.request(PaperConsultDocument, {
          input: { childId: notFostered.childId, who: 'CARER', consultedOn: '2025-01-20', summary: 'All well.' },
        }),
      ),
    ).toEqual([['CONFLICT', NOT_ELIGIBLE]]);
    const oneMeeting = await setup('U4', ['2025-01-15']);
    expect((await oneMeeting.advocate.request(PaperReviewReadDocument, { childId: oneMeeting.childId })).data?.paperReview.eligible).toBe(false);
  });

  it('the advocate records the child’s consultation, the LA the carers’ and social worker’s; the chair signs off once, when all three are in', async () => {
    const { advocate, manager, childId, chairStaffId, fx } = await setup('U4', ['2024-02-01', '2025-01-15']);
    today('2025-07-16');
    const consult = (client: GraphqlTestClient, who: 'CHILD' | 'CARER' | 'SOCIAL_WORKER', summary: string) =>
      client.request(PaperConsultDocument, { input: { childId, who, consultedOn: '2025-07-01', summary } });
    expect(codes(await manager.request(PaperSignOffDocument, { input: { childId, chairStaffId, signedOffOn: '2025-07-16' } }))).toEqual([
      ['CONFLICT', 'Record the consultation with the child, the carers and the social worker before signing off the paper review.'],
    ]);
    expect((await consult(manager, 'CHILD', 'Lena is happy')).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await consult(advocate, 'CARER', 'All fine')).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await consult(advocate, 'CHILD', ' I want to stay here and do judo. ')).errors).toEqual([]);
    expect((await consult(manager, 'CARER', 'Settled and doing well at school.')).errors).toEqual([]);
    expect(codes(await manager.request(PaperSignOffDocument, { input: { childId, chairStaffId, signedOffOn: '2025-07-16' } }))).toEqual([
      ['CONFLICT', 'Record the consultation with the social worker before signing off the paper review.'],
    ]);
    const last = await consult(manager, 'SOCIAL_WORKER', 'No concerns.');
    expect(last.data?.recordPaperReviewConsultation).toMatchObject({ canSignOff: true, deadlineStatus: 'OVERDUE' });
    expect(last.data?.recordPaperReviewConsultation.consultations.map((c) => [c.who, c.consultedOn, c.summary])).toEqual([
      ['CHILD', '2025-07-01', 'I want to stay here and do judo.'],
      ['CARER', '2025-07-01', 'Settled and doing well at school.'],
      ['SOCIAL_WORKER', '2025-07-01', 'No concerns.'],
    ]);

    const colleague = await fx.signIn(fx.managerEmail);
    const both = await Promise.all([
      manager.request(PaperSignOffDocument, { input: { childId, chairStaffId, signedOffOn: '2025-07-16' } }),
      colleague.request(PaperSignOffDocument, { input: { childId, chairStaffId, signedOffOn: '2025-07-16' } }),
    ]);
    expect(both.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(both.flatMap(codes)).toEqual([['CONFLICT', 'This paper review has already been signed off.']]);
    expect((await advocate.request(PaperReviewReadDocument, { childId })).data?.paperReview).toMatchObject({
      signedOffOn: '2025-07-16',
      chairName: 'Tess Manager',
      deadlineStatus: 'LATE',
      canRecord: [],
      canSignOff: false,
    });
    expect(codes(await consult(manager, 'CARER', 'Late addition'))).toEqual([['CONFLICT', 'This paper review has already been signed off.']]);
  });

  it('bad input names the field; the chair must be one who may chair the child’s meetings; another LA gets NOT_FOUND', async () => {
    const { advocate, manager, childId, fx } = await setup('U4', ['2024-02-01', '2025-01-15']);
    today('2025-07-16');
    const field = (r: GraphqlResponse<unknown>) => r.errors.map((e) => [e.extensions?.code, e.extensions?.['field']]);
    expect(field(await advocate.request(PaperConsultDocument, { input: { childId, who: 'CHILD', consultedOn: '2025-07-17', summary: 'x' } }))).toEqual([
      ['BAD_USER_INPUT', 'consultedOn'],
    ]);
    expect(field(await advocate.request(PaperConsultDocument, { input: { childId, who: 'CHILD', consultedOn: '2025-01-14', summary: 'x' } }))).toEqual([
      ['BAD_USER_INPUT', 'consultedOn'],
    ]);
    expect(field(await advocate.request(PaperConsultDocument, { input: { childId, who: 'CHILD', consultedOn: '2025-07-01', summary: '  ' } }))).toEqual([
      ['BAD_USER_INPUT', 'summary'],
    ]);
    const [junior] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Jo Junior', 'SOCIAL_WORKER', false, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const signOff = await manager.request(PaperSignOffDocument, { input: { childId, chairStaffId: junior?.id ?? '', signedOffOn: '2025-07-16' } });
    expect(codes(signOff)).toEqual([['BAD_USER_INPUT', 'The chair must be a team manager or a social worker recorded as experienced.']]);
    const other = await otherLaManager();
    expect(codes(await other.request(PaperReviewReadDocument, { childId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(
      codes(await other.request(PaperConsultDocument, { input: { childId, who: 'CARER', consultedOn: '2025-07-01', summary: 'x' } })).map(([c]) => c),
    ).toEqual(['NOT_FOUND']);
    const audit = (await api.dataSource.query(
      `SELECT action, actor_role FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'paper_review.%' AND outcome = 'ALLOWED' ORDER BY id`,
      [childId],
    )) as Array<{ action: string; actor_role: string }>;
    expect(audit).toEqual([]);
  });
});

import {
  ChildRecordActionDocument,
  ChildRecordCompleteDocument,
  ChildRecordDecideDocument,
  ChildRecordDraftDocument,
  ChildRecordGoneThroughDocument,
  ChildRecordHoldDocument,
  ChildRecordReadDocument,
  ChildRecordSaveDocument,
  ChildRecordScheduleDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const DRAFT = [
  'At your meeting on 30 January 2025 we decided:',
  '- You will see your brother every week.',
  '',
  'Who will do what:',
  '- Your social worker will arrange the visits by 13 February 2025.',
  '',
  'If you want to ask about any of this, or you do not agree, tell your advocate.',
].join('\n');
const NOT_COMPLETED = 'The record for the child can only be written once the meeting is completed.';

interface Setup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
}

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);

describe("the child's record of a meeting", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A child in care with their advocate and a meeting, held and completed with a decision and an action unless `complete` is false. */
  async function setup(complete = true): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName: 'Maya' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(ChildRecordScheduleDocument, {
      input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id ?? '', invitees: [] },
    });
    const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
    if (complete) {
      const steps = [
        await manager.request(ChildRecordHoldDocument, {
          input: { meetingId, heldOn: '2025-01-30', attendees: ['Maya', 'Tess Manager'], participationCode: 'PN1' },
        }),
        await manager.request(ChildRecordDecideDocument, {
          input: { meetingId, text: 'you will see your brother every week', significant: false, advocateInputId: null },
        }),
        await manager.request(ChildRecordActionDocument, {
          input: { meetingId, what: 'Arrange the visits.', owner: 'Your social worker', dueOn: '2025-02-13', monitoring: 'Next meeting' },
        }),
        await manager.request(ChildRecordCompleteDocument, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'We talked about your brother' } }),
      ];
      const failed = steps.flatMap((s) => s.errors);
      if (failed.length > 0) throw new Error(`setup failed: ${JSON.stringify(failed)}`);
    }
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, manager, advocate, childId, meetingId };
  }

  const audited = (childId: string) =>
    api.dataSource.query(`SELECT action, outcome, actor_role FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'meeting_child_record.%' ORDER BY id`, [
      childId,
    ]) as Promise<Array<{ action: string; outcome: string; actor_role: string }>>;

  it('the advocate sees the draft, stores it, edits it and records going through it with the child; every step is audited', async () => {
    const { advocate, childId, meetingId, fx } = await setup();
    const read = await advocate.request(ChildRecordReadDocument, { meetingId });
    expect(read.errors).toEqual([]);
    expect(read.data?.meetingChildRecord).toEqual({
      meetingId,
      childGivenName: 'Maya',
      meetingDate: '2025-01-30',
      text: null,
      draft: DRAFT,
      version: 0,
      editedByName: null,
      goneThroughOn: null,
      childSaid: null,
      canEdit: true,
    });

    const drafted = await advocate.request(ChildRecordDraftDocument, { meetingId });
    expect(drafted.data?.draftChildRecord).toMatchObject({ text: DRAFT, version: 1, editedByName: fx.advocates[0]?.name });
    expect(codes(await advocate.request(ChildRecordDraftDocument, { meetingId }))).toEqual([
      ['CONFLICT', 'The record for the child has already been drafted: edit it instead.'],
    ]);

    const saved = await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: '  You will see your brother every week.  ', version: 1 } });
    expect(saved.data?.saveChildRecord).toMatchObject({ text: 'You will see your brother every week.', version: 2 });

    const gone = await advocate.request(ChildRecordGoneThroughDocument, {
      input: { meetingId, version: 2, goneThroughOn: '2025-02-03', childSaid: 'I am happy about my brother' },
    });
    expect(gone.data?.recordChildRecordGoneThrough).toMatchObject({ version: 3, goneThroughOn: '2025-02-03', childSaid: 'I am happy about my brother' });

    expect(await audited(childId)).toEqual([
      { action: 'meeting_child_record.read', outcome: 'ALLOWED', actor_role: 'ADVOCATE' },
      { action: 'meeting_child_record.drafted', outcome: 'ALLOWED', actor_role: 'ADVOCATE' },
      { action: 'meeting_child_record.saved', outcome: 'ALLOWED', actor_role: 'ADVOCATE' },
      { action: 'meeting_child_record.gone_through', outcome: 'ALLOWED', actor_role: 'ADVOCATE' },
    ]);
  });

  it("the LA's manager reads the text, not the draft or what the child said, and may not edit it", async () => {
    const { advocate, manager, meetingId } = await setup();
    await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'You will stay with your carers.', version: 0 } });
    await advocate.request(ChildRecordGoneThroughDocument, { input: { meetingId, version: 1, goneThroughOn: '2025-02-03', childSaid: 'I like it here' } });
    const read = await manager.request(ChildRecordReadDocument, { meetingId });
    expect(read.data?.meetingChildRecord).toMatchObject({
      text: 'You will stay with your carers.',
      draft: null,
      version: 2,
      goneThroughOn: '2025-02-03',
      childSaid: null,
      canEdit: false,
    });
    expect(codes(await manager.request(ChildRecordSaveDocument, { input: { meetingId, text: 'Changed', version: 2 } })).map(([c]) => c)).toEqual(['FORBIDDEN']);
  });

  it('a save over a stale version is CONFLICT and changes nothing', async () => {
    const { advocate, meetingId } = await setup();
    await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'First words.', version: 0 } });
    await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'Second words.', version: 1 } });
    const stale = await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'Old tab words.', version: 1 } });
    expect(codes(stale)).toEqual([
      ['CONFLICT', 'Someone saved the record for the child since you opened it. Reload the page to see their changes, then make yours again.'],
    ]);
    expect(codes(await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'Another first.', version: 0 } })).map(([c]) => c)).toEqual([
      'CONFLICT',
    ]);
    const read = await advocate.request(ChildRecordReadDocument, { meetingId });
    expect(read.data?.meetingChildRecord).toMatchObject({ text: 'Second words.', version: 2 });
  });

  it('before the meeting is completed, reading or writing the record is CONFLICT with a sentence', async () => {
    const { advocate, manager, meetingId } = await setup(false);
    expect(codes(await advocate.request(ChildRecordReadDocument, { meetingId }))).toEqual([['CONFLICT', NOT_COMPLETED]]);
    expect(codes(await manager.request(ChildRecordReadDocument, { meetingId }))).toEqual([['CONFLICT', NOT_COMPLETED]]);
    expect(codes(await advocate.request(ChildRecordDraftDocument, { meetingId }))).toEqual([['CONFLICT', NOT_COMPLETED]]);
    expect(codes(await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'Too early.', version: 0 } }))).toEqual([
      ['CONFLICT', NOT_COMPLETED],
    ]);
  });

  it("the child's former advocate is FORBIDDEN to edit it and another provider's advocate is NOT_FOUND; both refusals are audited", async () => {
    const { advocate, childId, meetingId } = await setup();
    const elsewhere = await advocacyFixture(api, [{ cap: 5 }]);
    const other = await elsewhere.signIn(elsewhere.advocates[0]?.email ?? '');
    expect(codes(await other.request(ChildRecordReadDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    await api.dataSource.query(`UPDATE assignments SET ended_on = CURRENT_DATE, end_reason = 'ADVOCATE_LEFT' WHERE child_id = $1 AND ended_on IS NULL`, [
      childId,
    ]);
    expect(codes(await advocate.request(ChildRecordSaveDocument, { input: { meetingId, text: 'After I left.', version: 0 } }))).toEqual([
      ['FORBIDDEN', 'Only the child’s current advocate can do that.'],
    ]);
    const refused = (await api.dataSource.query(
      `SELECT operation, actor_role FROM audit_log WHERE outcome = 'REFUSED' AND (details::text LIKE '%' || $1 || '%' OR $2 = ANY(child_ids)) ORDER BY id`,
      [meetingId, childId],
    )) as Array<{ operation: string; actor_role: string }>;
    expect(refused.map((r) => r.actor_role)).toEqual(['ADVOCATE', 'ADVOCATE']);
  });
});

import {
  YouSaidWeDidListDocument,
  YouSaidWeDidRecordViewDocument,
  YouSaidWeDidScheduleDocument,
  YouSaidWeDidSetDocument,
  type SetViewOutcomeInput,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const SHARED = 'I want to see my brother every week';
const PRIVATE = 'I want to move school';

interface Setup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
  sharedId: string;
  privateId: string;
  decisionId: string;
}

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message, e.extensions?.['field']]);

describe('you said, we did', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function childWithMeeting(fx: AdvocacyFixture, manager: GraphqlTestClient): Promise<{ childId: string; meetingId: string }> {
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const scheduled = await manager.request(YouSaidWeDidScheduleDocument, {
      input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id, invitees: [] },
    });
    return { childId, meetingId: scheduled.data?.scheduleMeeting.id ?? '' };
  }

  const decisionAt = async (meetingId: string, userId: string, text: string): Promise<string> => {
    const [row] = (await api.dataSource.query(
      `INSERT INTO meeting_decisions (meeting_id, text, significant, recorded_by_user_id) VALUES ($1, $2, false, $3) RETURNING id`,
      [meetingId, text, userId],
    )) as Array<{ id: string }>;
    return row?.id ?? '';
  };

  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const { childId, meetingId } = await childWithMeeting(fx, manager);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    let ids: string[] = [];
    for (const [text, shareable] of [
      [SHARED, true],
      [PRIVATE, false],
    ] as const) {
      const recorded = await advocate.request(YouSaidWeDidRecordViewDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text, shareable } });
      ids = recorded.data?.recordChildView.views.map((v) => v.id) ?? [];
    }
    const decisionId = await decisionAt(meetingId, fx.advocates[0]?.userId ?? '', 'Weekly contact with her brother');
    return { fx, manager, advocate, childId, meetingId, sharedId: ids[0] ?? '', privateId: ids[1] ?? '', decisionId };
  }

  const input = (viewId: string, overrides: Partial<SetViewOutcomeInput> = {}): SetViewOutcomeInput => ({
    viewId,
    outcome: 'DONE',
    reason: null,
    decisionId: null,
    actionId: null,
    showToChild: true,
    version: 0,
    ...overrides,
  });

  const stored = (viewId: string) =>
    api.dataSource.query(`SELECT outcome, reason, decision_id, show_to_child, version FROM child_view_outcomes WHERE view_id = $1`, [viewId]);
  const storedThemes = async (viewId: string) =>
    ((await api.dataSource.query(`SELECT themes FROM child_view_outcomes WHERE view_id = $1`, [viewId])) as Array<{ themes: string[] }>).map((r) => r.themes);

  const audited = (childId: string, action: string) =>
    api.dataSource.query(`SELECT actor_role, outcome, details FROM audit_log WHERE action = $1 AND $2::uuid = ANY(child_ids) ORDER BY occurred_at, id`, [
      action,
      childId,
    ]);

  it('the current advocate sets an outcome and reads the list, open items first; reads and writes are audited', async () => {
    const { advocate, childId, meetingId, sharedId, privateId, decisionId } = await setup();
    const set = await advocate.request(YouSaidWeDidSetDocument, {
      input: input(privateId, {
        outcome: 'NOT_DONE',
        reason: 'the new school has no places this year.',
        decisionId,
        themes: ['NOT_BEING_LISTENED_TO', 'EDUCATION'],
      }),
    });
    expect(set.errors).toEqual([]);
    const notDone = {
      viewId: privateId,
      said: PRIVATE,
      shared: false,
      meetingId,
      outcome: 'NOT_DONE',
      reason: 'the new school has no places this year.',
      themes: ['NOT_BEING_LISTENED_TO', 'EDUCATION'],
      decision: { id: decisionId, text: 'Weekly contact with her brother' },
      action: null,
      showToChild: true,
      version: 1,
      forChild: { youSaid: 'You asked for: I want to move school.', weDid: 'We could not do it, because the new school has no places this year.' },
      maySetOutcome: true,
    };
    expect(set.data?.setViewOutcome).toEqual(notDone);
    const list = await advocate.request(YouSaidWeDidListDocument, { childId });
    expect(list.data?.youSaidWeDid).toEqual([
      {
        viewId: sharedId,
        said: SHARED,
        shared: true,
        meetingId,
        outcome: 'OPEN',
        reason: null,
        themes: [],
        decision: null,
        action: null,
        showToChild: false,
        version: 0,
        forChild: { youSaid: 'You asked for: I want to see my brother every week.', weDid: 'We are still working on it.' },
        maySetOutcome: true,
      },
      notDone,
    ]);
    expect(await audited(childId, 'you_said_we_did.outcome_set')).toEqual([
      {
        actor_role: 'ADVOCATE',
        outcome: 'ALLOWED',
        details: { viewId: privateId, outcome: 'NOT_DONE', showToChild: true, themes: 'NOT_BEING_LISTENED_TO,EDUCATION' },
      },
    ]);
    expect(await audited(childId, 'you_said_we_did.read')).toEqual([{ actor_role: 'ADVOCATE', outcome: 'ALLOWED', details: { items: 2 } }]);
  });

  it('LA managers of the child’s LA read the outcomes of shared views only, never unshared ones', async () => {
    const { manager, advocate, childId, sharedId, privateId } = await setup();
    expect((await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId) })).errors).toEqual([]);
    expect((await advocate.request(YouSaidWeDidSetDocument, { input: input(privateId) })).errors).toEqual([]);
    const list = await manager.request(YouSaidWeDidListDocument, { childId });
    expect(list.data?.youSaidWeDid.map((i) => [i.viewId, i.outcome, i.maySetOutcome])).toEqual([[sharedId, 'DONE', false]]);
    expect(list.text).not.toContain(PRIVATE);
    expect(codes(await manager.request(YouSaidWeDidSetDocument, { input: input(sharedId, { version: 1 }) }))).toEqual([
      ['FORBIDDEN', 'You do not have permission to do that.', undefined],
    ]);
  });

  it.each([
    ['an advocate of another provider', 'other', 'NOT_FOUND', "No child's view with that id for a child you can see."],
    ['the child’s former advocate', 'former', 'FORBIDDEN', 'Only the child’s current advocate can record what became of what they asked for.'],
  ] as const)('%s cannot set an outcome; the refusal is audited', async (_who, who, code, message) => {
    const { advocate, childId, sharedId } = await setup();
    let caller = advocate;
    if (who === 'other') {
      const other = await advocacyFixture(api, [{ cap: 1 }]);
      caller = await other.signIn(other.advocates[0]?.email ?? '');
    } else {
      await api.dataSource.query(`UPDATE assignments SET ended_on = '2025-01-20', end_reason = 'ADVOCATE_LEFT' WHERE child_id = $1 AND ended_on IS NULL`, [
        childId,
      ]);
    }
    expect(codes(await caller.request(YouSaidWeDidSetDocument, { input: input(sharedId) }))).toEqual([[code, message, undefined]]);
    expect(await stored(sharedId)).toEqual([]);
    const [refusal] = (await api.dataSource.query(`SELECT outcome, entity FROM audit_log WHERE outcome = 'REFUSED' AND entity_id = $1`, [sharedId])) as Array<{
      outcome: string;
      entity: string;
    }>;
    expect(refusal).toEqual({ outcome: 'REFUSED', entity: 'view' });
  });

  it('two saves from the same version: one wins, the other is a CONFLICT', async () => {
    const { fx, advocate, sharedId } = await setup();
    const second = await fx.signIn(fx.advocates[0]?.email ?? '');
    const results = await Promise.all([
      advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'DONE' }) }),
      second.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'PARTLY', reason: 'we asked' }) }),
    ]);
    const outcomes = results.map((r) => (r.errors.length === 0 ? 'saved' : (r.errors[0]?.extensions?.code ?? ''))).sort();
    expect(outcomes).toEqual(['CONFLICT', 'saved']);
    expect(await stored(sharedId)).toHaveLength(1);
    const later = await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'OPEN', version: 0 }) });
    expect(codes(later)).toEqual([
      ['CONFLICT', 'Someone saved this item’s outcome since you opened it: reload it to see their change, then try again.', undefined],
    ]);
    const reopened = await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'OPEN', version: 1 }) });
    expect(reopened.data?.setViewOutcome.version).toBe(2);
  });

  it('refuses a decision from another child’s meeting, a missing reason and a settled item changed without reopening, each on its field', async () => {
    const { fx, manager, advocate, sharedId } = await setup();
    const other = await childWithMeeting(fx, manager);
    const foreign = await decisionAt(other.meetingId, fx.advocates[0]?.userId ?? '', 'Another child’s decision');
    expect(codes(await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { decisionId: foreign }) }))).toEqual([
      ['BAD_USER_INPUT', 'Select a decision from one of this child’s meetings', 'decisionId'],
    ]);
    expect(codes(await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'PARTLY', reason: ' ' }) }))).toEqual([
      ['BAD_USER_INPUT', 'Enter what was done and what was not', 'reason'],
    ]);
    expect(await stored(sharedId)).toEqual([]);
    expect((await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId) })).errors).toEqual([]);
    expect(codes(await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { outcome: 'NOT_DONE', reason: 'no', version: 1 }) }))).toEqual([
      ['BAD_USER_INPUT', 'This is marked done: reopen it (still open) before changing it.', 'outcome'],
    ]);
    expect(await stored(sharedId)).toEqual([{ outcome: 'DONE', reason: null, decision_id: null, show_to_child: true, version: 1 }]);
  });

  it('stores the themes exactly as chosen, replaces them on a later save, and refuses unknown or repeated ones on "themes"', async () => {
    const { advocate, sharedId } = await setup();
    const first = await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { themes: ['CONTACT_WITH_FAMILY', 'SIBLINGS'] }) });
    expect(first.data?.setViewOutcome.themes).toEqual(['CONTACT_WITH_FAMILY', 'SIBLINGS']);
    expect(await storedThemes(sharedId)).toEqual([['CONTACT_WITH_FAMILY', 'SIBLINGS']]);
    const repeated = await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { version: 1, themes: ['SIBLINGS', 'SIBLINGS'] }) });
    expect(codes(repeated)).toEqual([['BAD_USER_INPUT', 'Choose each theme only once', 'themes']]);
    const unknown = await advocate.request(YouSaidWeDidSetDocument, {
      input: { ...input(sharedId, { version: 1 }), themes: ['HOLIDAYS'] } as unknown as SetViewOutcomeInput,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.errors.map((e) => [e.extensions?.code, e.message.includes('input.themes[0]'), e.message.includes('"HOLIDAYS"')])).toEqual([
      ['BAD_USER_INPUT', true, true],
    ]);
    expect(await storedThemes(sharedId)).toEqual([['CONTACT_WITH_FAMILY', 'SIBLINGS']]);
    const cleared = await advocate.request(YouSaidWeDidSetDocument, { input: input(sharedId, { version: 1 }) });
    expect(cleared.data?.setViewOutcome.themes).toEqual([]);
    expect(await storedThemes(sharedId)).toEqual([[]]);
  });
});

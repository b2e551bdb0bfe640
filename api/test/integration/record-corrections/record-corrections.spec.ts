import {
  CorrectionsActionDocument,
  CorrectionsAddDocument,
  CorrectionsContactDocument,
  CorrectionsDecideDocument,
  CorrectionsHoldDocument,
  CorrectionsOfChildDocument,
  CorrectionsOnChildDocument,
  CorrectionsOnMeetingDocument,
  CorrectionsScheduleDocument,
  CorrectionsViewDocument,
} from '@heard/graphql-types/testing';
import { Client } from 'pg';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { londonDate, ukLongDate } from '@heard/domain';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Items {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
  decisionId: string;
  actionId: string;
  sharedViewId: string;
  unsharedViewId: string;
  contactId: string;
}

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);
const NO_ITEM = 'No such recorded item is on that child’s record.';
/** Corrections are dated by the API's clock: today in London. */
const today = () => ukLongDate(londonDate(new Date()));

describe('putting it right: corrections and the child’s disagreements beside recorded items', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** Maya in care, her advocate, a held meeting with a decision, an action, a shared and an unshared view, and a contact. */
  async function setup(): Promise<Items> {
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
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const scheduled = await manager.request(CorrectionsScheduleDocument, {
      input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id ?? '', invitees: [] },
    });
    const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
    await advocate.request(CorrectionsViewDocument, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to stay at school', shareable: true } });
    const views = await advocate.request(CorrectionsViewDocument, { input: { meetingId, kind: 'TO_RAISE', text: 'I miss my dog', shareable: false } });
    await manager.request(CorrectionsHoldDocument, { input: { meetingId, heldOn: '2025-01-30', attendees: ['Maya'], participationCode: 'PN1' } });
    const decided = await manager.request(CorrectionsDecideDocument, {
      input: { meetingId, text: 'Maya will see her brother every month', significant: false, advocateInputId: null },
    });
    const acted = await manager.request(CorrectionsActionDocument, {
      input: { meetingId, what: 'Arrange the visits.', owner: 'Social worker', dueOn: '2025-02-13', monitoring: 'Next meeting' },
    });
    const contacts = await advocate.request(CorrectionsContactDocument, {
      input: { childId, kind: 'VISIT', occurredOn: '2026-01-02', occurredTime: '16:00', privateNote: 'Talked about school', viewsRecorded: true },
    });
    const failed = [views, decided, acted, contacts].flatMap((r) => r.errors);
    if (failed.length > 0) throw new Error(`setup failed: ${JSON.stringify(failed)}`);
    const viewIds = views.data?.recordChildView.views ?? [];
    return {
      fx,
      manager,
      advocate,
      childId,
      meetingId,
      decisionId: decided.data?.recordMeetingDecision.decisions[0]?.id ?? '',
      actionId: acted.data?.recordAction.actions[0]?.id ?? '',
      sharedViewId: viewIds.find((v) => v.text === 'I want to stay at school')?.id ?? '',
      unsharedViewId: viewIds.find((v) => v.text === 'I miss my dog')?.id ?? '',
      contactId: contacts.data?.recordContact[0]?.id ?? '',
    };
  }

  it('the advocate adds the child’s disagreement and the LA a correction; both show beside the decision for both, in plain words', async () => {
    const { advocate, manager, childId, meetingId, decisionId, fx } = await setup();
    const disagreement = await advocate.request(CorrectionsAddDocument, {
      input: {
        childId,
        itemKind: 'MEETING_DECISION',
        itemId: decisionId,
        kind: 'CHILD_DISAGREEMENT',
        text: '  I want to see him every week, not every month.  ',
      },
    });
    expect(disagreement.errors).toEqual([]);
    const correction = await manager.request(CorrectionsAddDocument, {
      input: { childId, itemKind: 'MEETING_DECISION', itemId: decisionId, kind: 'CORRECTION', text: 'The decision was every fortnight.' },
    });
    expect(correction.errors).toEqual([]);
    const expected = [
      {
        itemKind: 'MEETING_DECISION',
        itemId: decisionId,
        kind: 'CHILD_DISAGREEMENT',
        text: 'I want to see him every week, not every month.',
        recordedByName: fx.advocates[0]?.name,
        recordedByRole: 'ADVOCATE',
        label: `Maya disagrees (recorded by their advocate on ${today()})`,
      },
      {
        itemKind: 'MEETING_DECISION',
        itemId: decisionId,
        kind: 'CORRECTION',
        text: 'The decision was every fortnight.',
        recordedByName: 'Test Manager',
        recordedByRole: 'LA_MANAGER',
        label: `Corrected by the local authority on ${today()}`,
      },
    ];
    for (const reader of [advocate, manager]) {
      const meeting = await reader.request(CorrectionsOnMeetingDocument, { id: meetingId });
      expect(meeting.errors).toEqual([]);
      expect(meeting.data?.meeting.decisions).toEqual([{ id: decisionId, corrections: expected.map((e) => ({ ...e, recordedByName: expect.any(String) })) }]);
    }
    const [original] = (await api.dataSource.query(`SELECT text FROM meeting_decisions WHERE id = $1`, [decisionId])) as Array<{ text: string }>;
    expect(original?.text).toBe('Maya will see her brother every month');
    const audit = (await api.dataSource.query(
      `SELECT action, actor_role, details->>'itemKind' AS item_kind, details->>'kind' AS kind FROM audit_log
        WHERE $1 = ANY(child_ids) AND action LIKE 'record_correction%' ORDER BY id`,
      [childId],
    )) as unknown[];
    expect(audit).toEqual([
      { action: 'record_correction.added', actor_role: 'ADVOCATE', item_kind: 'MEETING_DECISION', kind: 'CHILD_DISAGREEMENT' },
      { action: 'record_correction.added', actor_role: 'LA_MANAGER', item_kind: 'MEETING_DECISION', kind: 'CORRECTION' },
    ]);
  });

  it('puts right every kind of item, each shown beside its own item', async () => {
    const { advocate, childId, meetingId, actionId, sharedViewId, contactId } = await setup();
    const add = (itemKind: 'CHILD_DETAILS' | 'MEETING_ACTION' | 'CHILD_VIEW' | 'CONTACT', itemId: string, text: string) =>
      advocate.request(CorrectionsAddDocument, { input: { childId, itemKind, itemId, kind: 'CORRECTION', text } });
    const results = [
      await add('CHILD_DETAILS', childId, 'Her first language is Polish.'),
      await add('MEETING_ACTION', actionId, 'The owner is the foster carer.'),
      await add('CHILD_VIEW', sharedViewId, 'She said college, not school.'),
      await add('CONTACT', contactId, 'It was a call, not a visit.'),
    ];
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const texts = (list: Array<{ text: string }> | undefined) => (list ?? []).map((c) => c.text);
    const child = await advocate.request(CorrectionsOnChildDocument, { id: childId });
    expect(texts(child.data?.child.corrections)).toEqual(['Her first language is Polish.']);
    expect(child.data?.childContacts.map((c) => texts(c.corrections))).toEqual([['It was a call, not a visit.']]);
    const meeting = await advocate.request(CorrectionsOnMeetingDocument, { id: meetingId });
    expect(meeting.data?.meeting.actions.map((a) => texts(a.corrections))).toEqual([['The owner is the foster carer.']]);
    expect(meeting.data?.meeting.views.map((v) => [v.id === sharedViewId, texts(v.corrections)])).toEqual(
      expect.arrayContaining([
        [true, ['She said college, not school.']],
        [false, []],
      ]),
    );
    const all = await advocate.request(CorrectionsOfChildDocument, { childId });
    expect(all.data?.recordCorrections.map((c) => c.itemKind)).toEqual(['CHILD_DETAILS', 'MEETING_ACTION', 'CHILD_VIEW', 'CONTACT']);
  });

  it('visibility follows the item: a correction on an unshared view or a contact never reaches the LA', async () => {
    const { advocate, manager, childId, meetingId, unsharedViewId, contactId } = await setup();
    await advocate.request(CorrectionsAddDocument, {
      input: { childId, itemKind: 'CHILD_VIEW', itemId: unsharedViewId, kind: 'CHILD_DISAGREEMENT', text: 'I said my cat, not my dog.' },
    });
    await advocate.request(CorrectionsAddDocument, { input: { childId, itemKind: 'CONTACT', itemId: contactId, kind: 'CORRECTION', text: 'It was a call.' } });
    const meeting = await manager.request(CorrectionsOnMeetingDocument, { id: meetingId });
    expect(meeting.data?.meeting.views.map((v) => v.id)).not.toContain(unsharedViewId);
    expect((meeting.data?.meeting.views ?? []).flatMap((v) => v.corrections)).toEqual([]);
    expect((await manager.request(CorrectionsOfChildDocument, { childId })).data?.recordCorrections).toEqual([]);
    expect((await advocate.request(CorrectionsOfChildDocument, { childId })).data?.recordCorrections.map((c) => c.text)).toEqual([
      'I said my cat, not my dog.',
      'It was a call.',
    ]);
    expect(
      codes(
        await manager.request(CorrectionsAddDocument, {
          input: { childId, itemKind: 'CHILD_VIEW', itemId: unsharedViewId, kind: 'CORRECTION', text: 'Not so.' },
        }),
      ),
    ).toEqual([['NOT_FOUND', NO_ITEM]]);
    expect(
      codes(await manager.request(CorrectionsAddDocument, { input: { childId, itemKind: 'CONTACT', itemId: contactId, kind: 'CORRECTION', text: 'Not so.' } })),
    ).toEqual([['NOT_FOUND', NO_ITEM]]);
  });

  it('refuses the LA a disagreement and anyone an item of another child; every refusal is audited', async () => {
    const { manager, advocate, childId, decisionId } = await setup();
    const other = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName: 'Sam' }) },
    });
    const otherChildId = other.data?.recordTriggerEvent.child.id ?? '';
    expect(
      codes(
        await manager.request(CorrectionsAddDocument, {
          input: { childId, itemKind: 'MEETING_DECISION', itemId: decisionId, kind: 'CHILD_DISAGREEMENT', text: 'No.' },
        }),
      ),
    ).toEqual([['FORBIDDEN', "Only the child's advocate can record that the child disagrees: the local authority can add a correction."]]);
    expect(
      codes(
        await manager.request(CorrectionsAddDocument, {
          input: { childId: otherChildId, itemKind: 'MEETING_DECISION', itemId: decisionId, kind: 'CORRECTION', text: 'No.' },
        }),
      ),
    ).toEqual([['NOT_FOUND', NO_ITEM]]);
    expect(
      codes(
        await advocate.request(CorrectionsAddDocument, {
          input: { childId, itemKind: 'CHILD_DETAILS', itemId: otherChildId, kind: 'CORRECTION', text: 'No.' },
        }),
      ),
    ).toEqual([['NOT_FOUND', NO_ITEM]]);
    const refusals = async (id: string) =>
      (
        (await api.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE $1 = ANY(child_ids) AND action = 'access.refused' AND outcome = 'REFUSED'`,
          [id],
        )) as Array<{ n: number }>
      )[0]?.n;
    expect(await refusals(childId)).toBe(2);
    expect(await refusals(otherChildId)).toBe(1);
    expect((await advocate.request(CorrectionsOfChildDocument, { childId })).data?.recordCorrections).toEqual([]);
  });

  it.each([
    [{ text: '   ' }, 'text', 'Enter what is wrong, or what the child says.'],
    [{ text: 'x'.repeat(5001) }, 'text', 'Enter what is wrong, or what the child says (up to 5000 characters)'],
    [{ itemId: 'not-an-id' }, 'itemId', 'Choose a recorded item from the list.'],
  ])('refuses bad input (case %#) with a 400 naming the field', async (change, field, message) => {
    const { advocate, childId } = await setup();
    const result = await advocate.request(CorrectionsAddDocument, {
      input: { childId, itemKind: 'CHILD_DETAILS', itemId: childId, kind: 'CORRECTION', text: 'ok', ...change },
    });
    expect(result.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result.errors[0])).toContain(field);
    expect(result.errors[0]?.message).toContain(message);
  });

  it('is append-only in the database: the runtime role cannot change or remove a correction, and no one can change one', async () => {
    const { advocate, childId } = await setup();
    await advocate.request(CorrectionsAddDocument, { input: { childId, itemKind: 'CHILD_DETAILS', itemId: childId, kind: 'CORRECTION', text: 'Polish.' } });
    const runtime = new Client({ connectionString: (api.dataSource.options as { url?: string }).url });
    await runtime.connect();
    try {
      const attempt = (sql: string) =>
        runtime.query(sql).then(
          () => 'allowed',
          (error: Error) => error.message,
        );
      expect(await attempt(`UPDATE record_corrections SET text = 'changed'`)).toBe('permission denied for table record_corrections');
      expect(await attempt(`DELETE FROM record_corrections`)).toBe('permission denied for table record_corrections');
      expect(await attempt(`TRUNCATE record_corrections`)).toBe('permission denied for table record_corrections');
    } finally {
      await runtime.end();
    }
    const owner = new Client({ connectionString: api.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE record_corrections SET text = 'changed' WHERE child_id = $1`, [childId])).rejects.toThrow(
        'record_corrections is append-only: UPDATE is not allowed',
      );
    } finally {
      await owner.end();
    }
  });
});

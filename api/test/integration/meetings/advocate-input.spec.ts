import {
  AdvocateInputHoldDocument,
  AdvocateInputDecideDocument,
  AdvocateInputAdvocateInputDocument,
  AdvocateInputSelfDocument,
  AdvocateInputMeetingDocument,
  AdvocateInputCompleteDocument,
  AdvocateInputOutcomeDocument,
  AdvocateInputScheduleDocument,
  AdvocateInputTimelineDocument,
  AdvocateInputViewDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture, type FixtureAdvocate } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = AdvocateInputScheduleDocument;
const HOLD = AdvocateInputHoldDocument;
const DECIDE = AdvocateInputDecideDocument;
const COMPLETE = AdvocateInputCompleteDocument;
const ADVOCATE_INPUT = AdvocateInputAdvocateInputDocument;
const SELF = AdvocateInputSelfDocument;
const VIEW = AdvocateInputViewDocument;
const MEETING = AdvocateInputMeetingDocument;
const OUTCOME = AdvocateInputOutcomeDocument;

interface InputData {
  id: string;
  meetingId: string;
  proposal: string;
  input: string;
  advocateName: string;
  recordedAt: string;
  migratedFromChair: boolean;
}
const NOTHING_LINKED =
  "This decision changes the child's care plan, so link the advocate's input on it under \"The advocate's input\". There is none to link until the child's advocate records it on their own screen, or records that the child chose to represent themselves at this meeting.";
const PROPOSAL = 'Move to a new foster placement';
const WORDS = 'The child wants to stay near their school and asked that the move waits until the summer.';

const problems = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message, e.extensions?.['field'] ?? null]);

describe("the advocate's input is the advocate's", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  interface Setup {
    fx: AdvocacyFixture;
    manager: GraphqlTestClient;
    advocate: GraphqlTestClient;
    childsAdvocate: FixtureAdvocate;
    other: FixtureAdvocate;
    childId: string;
    chair: string;
  }

  /** A child in a fresh LA with two advocates in its provider; the child is assigned to one of them. */
  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const childsAdvocate = fx.advocates.find((a) => a.id === trigger.data?.recordTriggerEvent.advocate?.id);
    const other = fx.advocates.find((a) => a !== childsAdvocate);
    if (childsAdvocate === undefined || other === undefined) throw new Error('the child was not assigned to a fixture advocate');
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    return { fx, manager, advocate: await fx.signIn(childsAdvocate.email), childsAdvocate, other, childId, chair: chair?.id ?? '' };
  }

  async function meetingFor(s: Pick<Setup, 'manager' | 'chair'>, childId: string, scheduledOn = '2025-01-30'): Promise<string> {
    const result = await s.manager.request(SCHEDULE, { input: { childId, scheduledOn, place: 'Family centre', chairStaffId: s.chair, invitees: [] } });
    return result.data?.scheduleMeeting.id ?? '';
  }

  const hold = (manager: GraphqlTestClient, meetingId: string, participationCode = 'PN2') =>
    manager.request(HOLD, { input: { meetingId, heldOn: '2025-02-03', attendees: ['Tess Manager'], participationCode } });
  const recordInput = (client: GraphqlTestClient, meetingId: string, proposal = PROPOSAL, input = WORDS) =>
    client.request(ADVOCATE_INPUT, { input: { meetingId, proposal, input } });
  const decide = (manager: GraphqlTestClient, meetingId: string, advocateInputId: string | null, significant = true) =>
    manager.request(DECIDE, { input: { meetingId, text: PROPOSAL, significant, advocateInputId } });
  const decisionCount = async (meetingId: string) =>
    api.dataSource.query(`SELECT count(*)::int AS n FROM meeting_decisions WHERE meeting_id = $1`, [meetingId]);

  it('an LA manager can record neither the advocate’s input nor the child’s self-representation', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    expect((await recordInput(s.manager, meetingId)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await s.manager.request(SELF, { input: { meetingId, childWords: 'I will speak for myself' } })).errors.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    const held = await s.manager.request(HOLD, {
      input: { meetingId, heldOn: '2025-02-03', attendees: ['Tess Manager'], participationCode: 'PN1', childSelfRepresenting: true },
    });
    expect(held.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const typed = await s.manager.request(DECIDE, { input: { meetingId, text: PROPOSAL, significant: true, advocateInput: 'Typed by the chair' } });
    expect(typed.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(
      await api.dataSource.query(
        `SELECT (SELECT count(*)::int FROM advocate_inputs WHERE meeting_id = $1) AS inputs, (SELECT count(*)::int FROM child_self_representations WHERE meeting_id = $1) AS selves`,
        [meetingId],
      ),
    ).toEqual([{ inputs: 0, selves: 0 }]);
  });

  it('a significant decision without a linked advocate input is refused, naming the field', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    await hold(s.manager, meetingId);
    expect(problems(await decide(s.manager, meetingId, null))).toEqual([['BAD_USER_INPUT', NOTHING_LINKED, 'advocateInputId']]);
    expect(problems(await decide(s.manager, meetingId, '00000000-0000-4000-8000-000000000000'))).toEqual([
      ['BAD_USER_INPUT', "No advocate's input with that id: choose one of the advocate's inputs for this meeting.", 'advocateInputId'],
    ]);
    expect(await decisionCount(meetingId)).toEqual([{ n: 0 }]);
    const minor = await decide(s.manager, meetingId, null, false);
    expect(minor.data?.recordMeetingDecision.decisions).toEqual([{ text: PROPOSAL, significant: false, basis: null, advocateInput: null }]);
  });

  it('with the input the child’s advocate recorded, the chair sees it, links it, and the decision shows it', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    const recorded = await recordInput(s.advocate, meetingId);
    expect(recorded.errors).toEqual([]);
    const [row] = (await api.dataSource.query(`SELECT id, recorded_by_user_id, advocate_id, recorded_at FROM advocate_inputs WHERE meeting_id = $1`, [
      meetingId,
    ])) as Array<{ id: string; recorded_by_user_id: string; advocate_id: string; recorded_at: Date }>;
    expect([row?.recorded_by_user_id, row?.advocate_id]).toEqual([s.childsAdvocate.userId, s.childsAdvocate.id]);
    const expected: InputData = {
      id: row?.id ?? '',
      meetingId,
      proposal: PROPOSAL,
      input: WORDS,
      advocateName: s.childsAdvocate.name,
      recordedAt: row?.recorded_at.toISOString() ?? '',
      migratedFromChair: false,
    };
    const seen = await s.manager.request(MEETING, { id: meetingId });
    expect(seen.data?.meeting.advocateInputs).toEqual([expected]);

    await hold(s.manager, meetingId);
    const atMeeting = await recordInput(s.advocate, meetingId, 'Change school', 'The child agrees if a friend can move too.');
    expect(atMeeting.data?.recordAdvocateInput.advocateInputs.map((i) => i.proposal)).toEqual([PROPOSAL, 'Change school']);
    const accepted = await decide(s.manager, meetingId, expected.id);
    expect(accepted.errors).toEqual([]);
    expect(accepted.data?.recordMeetingDecision.decisions).toEqual([
      {
        text: PROPOSAL,
        significant: true,
        basis: 'ADVOCATE_INPUT',
        advocateInput: { id: expected.id, proposal: PROPOSAL, input: WORDS, advocateName: s.childsAdvocate.name },
      },
    ]);
    expect(await api.dataSource.query(`SELECT basis, advocate_input_id FROM meeting_decisions WHERE meeting_id = $1`, [meetingId])).toEqual([
      { basis: 'ADVOCATE_INPUT', advocate_input_id: expected.id },
    ]);
    const timeline = await s.advocate.request(AdvocateInputTimelineDocument, { id: s.childId });
    expect(timeline.data?.meetingsForChild).toEqual([{ decisions: [{ basis: 'ADVOCATE_INPUT', advocateInput: { input: WORDS } }] }]);
    const audited = await api.dataSource.query(
      `SELECT actor_user_id, details->>'advocateInputId' AS input_id FROM audit_log WHERE action = 'meeting.advocate_input_recorded' AND entity_id = $1 ORDER BY id`,
      [s.childId],
    );
    expect(audited.map((a: { actor_user_id: string; input_id: string }) => a.actor_user_id)).toEqual([s.childsAdvocate.userId, s.childsAdvocate.userId]);
  });

  it('an input recorded for another meeting of the child, or for another child, is refused', async () => {
    const s = await setup();
    const earlier = await meetingFor(s, s.childId, '2025-01-20');
    const meetingId = await meetingFor(s, s.childId);
    const fromEarlier = (await recordInput(s.advocate, earlier)).data?.recordAdvocateInput.advocateInputs[0]?.id;
    const trigger = await s.manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const secondChild = trigger.data?.recordTriggerEvent.child.id ?? '';
    const secondAdvocate = s.fx.advocates.find((a) => a.id === trigger.data?.recordTriggerEvent.advocate?.id);
    const theirs = (await recordInput(await s.fx.signIn(secondAdvocate?.email ?? ''), await meetingFor(s, secondChild))).data?.recordAdvocateInput
      .advocateInputs[0]?.id;
    await hold(s.manager, meetingId);
    const otherMeeting = [
      'BAD_USER_INPUT',
      "The advocate's input you linked was recorded for a different meeting: link an input recorded for this meeting.",
      'advocateInputId',
    ];
    expect(problems(await decide(s.manager, meetingId, fromEarlier ?? ''))).toEqual([otherMeeting]);
    expect(problems(await decide(s.manager, meetingId, theirs ?? ''))).toEqual([otherMeeting]);
    expect(problems(await decide(s.manager, meetingId, theirs ?? '', false))).toEqual([otherMeeting]);
    expect(await decisionCount(meetingId)).toEqual([{ n: 0 }]);
  });

  it('an advocate who is not the child’s cannot record input or self-representation', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    const stranger = await s.fx.signIn(s.other.email);
    const notFound = ['NOT_FOUND', 'No child with that id is in your caseload or your local authority.', null];
    expect(problems(await recordInput(stranger, meetingId))).toEqual([notFound]);
    expect(problems(await stranger.request(SELF, { input: { meetingId, childWords: 'I will speak for myself' } }))).toEqual([notFound]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM advocate_inputs WHERE meeting_id = $1`, [meetingId])).toEqual([{ n: 0 }]);
  });

  it('the self-representation the advocate recorded, in the child’s words, lets a significant decision through', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    expect(problems(await s.advocate.request(SELF, { input: { meetingId, childWords: '   ' } }))).toEqual([
      ['BAD_USER_INPUT', "Enter the child's own words about representing themselves.", 'childWords'],
    ]);
    expect(
      problems(await s.advocate.request(VIEW, { input: { meetingId, kind: 'SELF_REPRESENTATION', text: 'I will speak for myself', shareable: true } })),
    ).toEqual([
      [
        'BAD_USER_INPUT',
        'Record the child\'s choice to represent themselves under "The child has chosen to represent themselves at this meeting", in the child\'s words.',
        'kind',
      ],
    ]);
    const words = 'I want to speak for myself this time';
    const recorded = await s.advocate.request(SELF, { input: { meetingId, childWords: ` ${words} ` } });
    expect(recorded.data?.recordChildSelfRepresentation.selfRepresentation).toEqual({
      childWords: words,
      recordedByName: s.childsAdvocate.name,
      migratedFromChair: false,
    });
    const seen = await s.manager.request(MEETING, { id: meetingId });
    expect([seen.data?.meeting.childSelfRepresenting, seen.data?.meeting.selfRepresentation?.childWords]).toEqual([true, words]);
    expect(problems(await s.advocate.request(SELF, { input: { meetingId, childWords: 'Again' } }))).toEqual([
      ['CONFLICT', 'The child’s choice to represent themselves at this meeting is already recorded.', null],
    ]);
    await hold(s.manager, meetingId, 'PN1');
    const accepted = await decide(s.manager, meetingId, null);
    expect(accepted.data?.recordMeetingDecision.decisions).toEqual([
      { text: PROPOSAL, significant: true, basis: 'CHILD_SELF_REPRESENTING', advocateInput: null },
    ]);
  });

  it('two parallel self-representations for one meeting: exactly one is recorded, the other is a CONFLICT', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    const results = await Promise.all([1, 2].map((n) => s.advocate.request(SELF, { input: { meetingId, childWords: `I will speak for myself (${n})` } })));
    expect(results.map((r) => r.errors.map((e) => e.extensions?.code)).sort()).toEqual([[], ['CONFLICT']]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM child_self_representations WHERE meeting_id = $1`, [meetingId])).toEqual([{ n: 1 }]);
  });

  it('a child who opted out represents themselves: the significant decision records CHILD_OPTED_OUT, and the meeting offers advocacy again', async () => {
    const s = await setup();
    const offers: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM offers WHERE child_id = $1`, [s.childId]);
    const optedOut = await s.advocate.request(OUTCOME, {
      input: { offerId: offers[0]?.id, outcome: 'OPTED_OUT', decidedOn: '2025-01-08', childWords: 'I do not want an advocate right now' },
    });
    expect(optedOut.errors).toEqual([]);
    const meetingId = await meetingFor(s, s.childId);
    const held = await hold(s.manager, meetingId, 'PN1');
    expect(held.data?.holdMeeting.childOptedOut).toBe(true);
    const reoffers = await api.dataSource.query(
      `SELECT reason, to_char(prompted_on, 'YYYY-MM-DD') AS prompted_on, outcome FROM offers WHERE child_id = $1 AND reason = 'CARE_PLANNING_MEETING'`,
      [s.childId],
    );
    expect(reoffers).toEqual([{ reason: 'CARE_PLANNING_MEETING', prompted_on: '2025-02-03', outcome: null }]);
    const accepted = await decide(s.manager, meetingId, null);
    expect(accepted.data?.recordMeetingDecision.decisions).toEqual([{ text: PROPOSAL, significant: true, basis: 'CHILD_OPTED_OUT', advocateInput: null }]);
    expect(await api.dataSource.query(`SELECT basis, advocate_input_id FROM meeting_decisions WHERE meeting_id = $1`, [meetingId])).toEqual([
      { basis: 'CHILD_OPTED_OUT', advocate_input_id: null },
    ]);
  });

  it('after completion the meeting takes no more input', async () => {
    const s = await setup();
    const meetingId = await meetingFor(s, s.childId);
    await hold(s.manager, meetingId);
    expect((await s.manager.request(COMPLETE, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'Summary' } })).errors).toEqual([]);
    const completed = ['CONFLICT', 'The meeting is completed: the advocate records this before or at the meeting.', null];
    expect(problems(await recordInput(s.advocate, meetingId))).toEqual([completed]);
    expect(problems(await s.advocate.request(SELF, { input: { meetingId, childWords: 'I will speak for myself' } }))).toEqual([completed]);
  });
});

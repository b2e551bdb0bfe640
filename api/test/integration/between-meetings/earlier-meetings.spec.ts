import {
  BetweenAnswerDocument,
  BetweenLaRequestsDocument,
  BetweenRaiseConcernDocument,
  BetweenRequestDocument,
  BetweenRequestsOfChildDocument,
} from '@heard/graphql-types/testing';
import { onDay } from '../../support/clock';
import { fireAtOnce, oneWinner, outcomes, signedInClients } from '../../support/parallel';
import { startTestApp, type TestApp } from '../../support/test-app';
import { betweenSetup, refusals } from './between-fixture';

const EXPLANATION = 'The local authority must answer by Monday 13 April 2026: 5 working days after the request on Thursday 2 April 2026.';

describe('the advocate requests an earlier meeting and the LA answers within 5 working days', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  /** A request made on Thursday 2 April 2026; `sessions` more sessions of the advocate are signed in first, on the real clock. */
  async function requested(sessions = 0) {
    const s = await betweenSetup(api);
    const clients = await signedInClients(sessions, () => s.fx.signIn(s.fx.advocates[0]?.email ?? ''));
    onDay(api, '2026-04-02');
    const made = await s.advocate.request(BetweenRequestDocument, { input: { childId: s.childId, reason: 'Her placement is breaking down.' } });
    return { ...s, clients, requestId: made.data?.requestEarlierMeeting.id ?? '', made };
  }

  it('is due 5 working days after the request, over Easter, and the LA agrees with the date of the meeting', async () => {
    const s = await requested();
    expect(s.made.data?.requestEarlierMeeting).toEqual({
      id: s.requestId,
      childId: s.childId,
      reason: 'Her placement is breaking down.',
      requestedOn: '2026-04-02',
      answerDueBy: '2026-04-13',
      answerDueExplanation: EXPLANATION,
      answerStatus: 'AWAITED',
      answer: null,
      answeredOn: null,
      meetingOn: null,
      answerReasons: null,
      concernId: null,
      canRaiseConcern: false,
      canAnswer: false,
    });
    const managerNotes = (await api.dataSource.query(
      `SELECT n.message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = $2`,
      [s.fx.managerEmail, 'EARLIER_MEETING_REQUESTED'],
    )) as Array<{ message: string }>;
    expect(managerNotes).toEqual([{ message: 'Amelia Hart: An advocate asked for an earlier meeting: answer by 13 April 2026.' }]);
    expect((await s.manager.request(BetweenLaRequestsDocument, {})).data?.earlierMeetingRequests).toEqual([
      { id: s.requestId, childId: s.childId, answerStatus: 'AWAITED' },
    ]);
    onDay(api, '2026-04-13');
    const agreed = await s.manager.request(BetweenAnswerDocument, { input: { requestId: s.requestId, answer: 'AGREED', meetingOn: '2026-04-20' } });
    expect(agreed.data?.answerEarlierMeetingRequest).toMatchObject({
      answer: 'AGREED',
      answeredOn: '2026-04-13',
      meetingOn: '2026-04-20',
      answerStatus: 'ON_TIME',
      canAnswer: false,
    });
    const seen = await s.advocate.request(BetweenRequestsOfChildDocument, { childId: s.childId });
    expect(seen.data?.earlierMeetingRequestsOfChild.map((r) => [r.answer, r.meetingOn, r.answerStatus, r.canRaiseConcern])).toEqual([
      ['AGREED', '2026-04-20', 'ON_TIME', false],
    ]);
    expect(refusals(await s.manager.request(BetweenAnswerDocument, { input: { requestId: s.requestId, answer: 'DECLINED', reasons: 'No' } }))).toEqual([
      ['CONFLICT', 'requestId', 'This request has already been answered.'],
    ]);
  });

  it('a decline needs reasons, an agreement needs a date from today; another LA cannot see the request', async () => {
    const s = await requested();
    const answer = (input: { answer: 'AGREED' | 'DECLINED'; meetingOn?: string; reasons?: string }) =>
      s.manager.request(BetweenAnswerDocument, { input: { requestId: s.requestId, ...input } });
    expect(refusals(await answer({ answer: 'DECLINED', reasons: '  ' }))).toEqual([['BAD_USER_INPUT', 'reasons', 'Enter the reasons for declining.']]);
    expect(refusals(await answer({ answer: 'AGREED' }))).toEqual([['BAD_USER_INPUT', 'meetingOn', 'Enter the date of the earlier meeting.']]);
    expect(refusals(await answer({ answer: 'AGREED', meetingOn: '2026-04-01' }))).toEqual([
      ['BAD_USER_INPUT', 'meetingOn', 'The date of the earlier meeting must be today (2 April 2026) or later.'],
    ]);
    expect(refusals(await s.otherManager.request(BetweenAnswerDocument, { input: { requestId: s.requestId, answer: 'DECLINED', reasons: 'No' } }))).toEqual([
      ['NOT_FOUND', null, 'No request for an earlier meeting with that id is in your caseload or your local authority.'],
    ]);
    expect((await s.otherManager.request(BetweenRequestsOfChildDocument, { childId: s.childId })).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.otherManager.request(BetweenLaRequestsDocument, {})).data?.earlierMeetingRequests).toEqual([]);
    const declined = await answer({ answer: 'DECLINED', reasons: 'The review is in two weeks anyway.' });
    expect(declined.data?.answerEarlierMeetingRequest).toMatchObject({
      answer: 'DECLINED',
      answerReasons: 'The review is in two weeks anyway.',
      meetingOn: null,
    });
    const advocateNotes = (await api.dataSource.query(`SELECT message FROM notifications WHERE user_id = $1 AND kind = 'EARLIER_MEETING_ANSWERED'`, [
      s.advocateUserId,
    ])) as Array<{ message: string }>;
    expect(advocateNotes).toEqual([{ message: 'Amelia Hart: The local authority declined the request for an earlier meeting, with reasons.' }]);
  });

  it('one open request per child: parallel requests, one wins, the others are a CONFLICT', async () => {
    const s = await betweenSetup(api);
    const clients = await signedInClients(3, () => s.fx.signIn(s.fx.advocates[0]?.email ?? ''));
    const answers = await fireAtOnce(clients, BetweenRequestDocument, { input: { childId: s.childId, reason: 'She asked for it.' } });
    expect(outcomes(answers)).toEqual(oneWinner(3, 'The child already has a request for an earlier meeting waiting for an answer.'));
    expect((await s.manager.request(BetweenRequestsOfChildDocument, { childId: s.childId })).data?.earlierMeetingRequestsOfChild).toHaveLength(1);
  });

  it('unanswered past its date: the advocate raises a concern on the ladder in one step, once', async () => {
    const s = await requested(3);
    expect(refusals(await s.advocate.request(BetweenRaiseConcernDocument, { requestId: s.requestId }))).toEqual([
      ['CONFLICT', 'requestId', 'The local authority still has time to answer this request.'],
    ]);
    onDay(api, '2026-04-14');
    const overdue = await s.advocate.request(BetweenRequestsOfChildDocument, { childId: s.childId });
    expect(overdue.data?.earlierMeetingRequestsOfChild.map((r) => [r.answerStatus, r.canRaiseConcern])).toEqual([['OVERDUE', true]]);
    const raised = await fireAtOnce(s.clients, BetweenRaiseConcernDocument, { requestId: s.requestId });
    expect(outcomes(raised)).toEqual(oneWinner(3, 'A concern has already been raised about this request.'));
    const concernId = raised.find((r) => r.errors.length === 0)?.data?.raiseConcernFromEarlierMeetingRequest.concernId;
    const concerns = (await api.dataSource.query(`SELECT id, what_is_wrong, child_wants, themes, stage, raised_on::text FROM concerns WHERE child_id = $1`, [
      s.childId,
    ])) as Array<Record<string, unknown>>;
    expect(concerns).toEqual([
      {
        id: concernId,
        what_is_wrong: 'The local authority did not answer a request for an earlier meeting made on 2 April 2026: the answer was due by 13 April 2026.',
        child_wants: 'An earlier meeting. Her placement is breaking down.',
        themes: ['DELAY_IN_THE_PLAN', 'NOT_BEING_LISTENED_TO'],
        stage: 'INFORMAL',
        raised_on: '2026-04-14',
      },
    ]);
    const after = await s.advocate.request(BetweenRequestsOfChildDocument, { childId: s.childId });
    expect(after.data?.earlierMeetingRequestsOfChild.map((r) => [r.concernId, r.canRaiseConcern])).toEqual([[concernId, false]]);
  });

  it('refuses a blank reason, a manager asking, and an advocate who is not the child’s', async () => {
    const s = await betweenSetup(api);
    expect(refusals(await s.advocate.request(BetweenRequestDocument, { input: { childId: s.childId, reason: ' ' } }))).toEqual([
      ['BAD_USER_INPUT', 'reason', 'Enter why an earlier meeting is needed.'],
    ]);
    expect((await s.manager.request(BetweenRequestDocument, { input: { childId: s.childId, reason: 'x' } })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await betweenSetup(api);
    expect((await stranger.advocate.request(BetweenRequestDocument, { input: { childId: s.childId, reason: 'x' } })).errors[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

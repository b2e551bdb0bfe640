import { addDays, createEnglandAndWalesCalendar, londonDate, themeResponseDeadline } from '@heard/domain';
import {
  ThemeAnswersAddFollowUpDocument,
  ThemeAnswersAnswerDocument,
  ThemeAnswersCompleteFollowUpDocument,
  ThemeAnswersListDocument,
  ThemeAnswersLocalAuthoritiesDocument,
  ThemeAnswersOneDocument,
  ThemeAnswersPutDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message, e.extensions?.['field']]);
const QUESTION = 'Why are brothers and sisters placed apart so often?';

describe('a theme put to a local authority gets an answer', () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  const today = londonDate(new Date());
  const deadline = themeResponseDeadline(createEnglandAndWalesCalendar(), today);

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    fx = await advocacyFixture(api, []);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(() => api.close());

  async function put(localAuthorityId = fx.laId): Promise<string> {
    const result = await commissioner.request(ThemeAnswersPutDocument, { input: { localAuthorityId, theme: 'SIBLINGS', question: QUESTION } });
    expect(result.errors).toEqual([]);
    return result.data?.putThemeToLocalAuthority.id ?? '';
  }

  const answer = (themeRequestId: string, byWhen = addDays(today, 90)) =>
    manager.request(ThemeAnswersAnswerDocument, { input: { themeRequestId, found: 'Six sibling groups split.', willDo: 'Review each placement.', byWhen } });

  it('puts a theme due in 20 working days and tells the LA’s managers', async () => {
    const result = await commissioner.request(ThemeAnswersPutDocument, { input: { localAuthorityId: fx.laId, theme: 'SIBLINGS', question: `  ${QUESTION} ` } });
    expect(result.errors).toEqual([]);
    const request = result.data?.putThemeToLocalAuthority;
    expect(request).toEqual({
      id: request?.id,
      localAuthorityId: fx.laId,
      localAuthorityName: expect.stringMatching(/^Test LA /) as unknown as string,
      theme: 'SIBLINGS',
      themeLabel: 'Siblings',
      question: QUESTION,
      putOn: today,
      deadline,
      status: 'AWAITING_ANSWER',
      statusLabel: 'Awaiting answer',
      answer: null,
      followUps: [],
      allowedCommands: [],
    });
    const notified = (await api.dataSource.query(
      `SELECT n.kind, n.message, n.link, o.subject FROM notifications n JOIN users u ON u.id = n.user_id
         LEFT JOIN outbox_messages o ON o.notification_id = n.id WHERE u.email = $1 AND n.dedupe_key = $2`,
      [fx.managerEmail, `theme-request:${request?.id ?? ''}`],
    )) as unknown[];
    expect(notified).toEqual([
      {
        kind: 'THEME_PUT',
        message: `The Children's Commissioner has put a theme to your local authority (Siblings): answer by ${deadline}.`,
        link: `/la/theme-requests/${request?.id ?? ''}`,
        subject: 'Heard: something needs your attention',
      },
    ]);
  });

  it('lists the local authorities a theme can be put to', async () => {
    const listed = await commissioner.request(ThemeAnswersLocalAuthoritiesDocument, {});
    expect(listed.data?.themeLocalAuthorities.find((la) => la.id === fx.laId)?.name).toMatch(/^Test LA [0-9a-f]{8}$/);
  });

  it('refuses bad input naming the field', async () => {
    const blank = await commissioner.request(ThemeAnswersPutDocument, { input: { localAuthorityId: fx.laId, theme: 'SIBLINGS', question: ' ' } });
    expect(codes(blank)).toEqual([['BAD_USER_INPUT', 'Enter what you are asking the local authority', 'question']]);
    const nowhere = await commissioner.request(ThemeAnswersPutDocument, {
      input: { localAuthorityId: '00000000-0000-4000-8000-000000000000', theme: 'SIBLINGS', question: QUESTION },
    });
    expect(codes(nowhere)).toEqual([['BAD_USER_INPUT', 'Choose a local authority from the list', 'localAuthorityId']]);
    const id = await put();
    expect(codes(await answer(id, today))).toEqual([['BAD_USER_INPUT', 'The date it will be done by must be after today', 'byWhen']]);
    const empty = await manager.request(ThemeAnswersAnswerDocument, { input: { themeRequestId: id, found: '', willDo: 'x', byWhen: addDays(today, 5) } });
    expect(codes(empty)).toEqual([['BAD_USER_INPUT', 'Enter what the local authority found', 'found']]);
  });

  it('shows an LA manager only their own LA’s themes', async () => {
    const own = await put();
    const other = await put(fx.otherLaId);
    const listed = await manager.request(ThemeAnswersListDocument, {});
    const ids = listed.data?.themeRequests.map((r) => r.id) ?? [];
    expect(ids).toContain(own);
    expect(ids).not.toContain(other);
    expect(new Set(listed.data?.themeRequests.map((r) => r.localAuthorityId))).toEqual(new Set([fx.laId]));
    expect(codes(await manager.request(ThemeAnswersOneDocument, { id: other }))).toEqual([
      ['NOT_FOUND', 'No theme request with that id for a local authority you can see.', undefined],
    ]);
    const all = await commissioner.request(ThemeAnswersListDocument, {});
    expect(all.data?.themeRequests.map((r) => r.id)).toEqual(expect.arrayContaining([own, other]));
    const one = await manager.request(ThemeAnswersOneDocument, { id: own });
    expect(one.data?.themeRequest.allowedCommands).toEqual(['ANSWER']);
  });

  it('takes one answer of two sent at once, on time', async () => {
    const id = await put();
    const results = await Promise.all([answer(id), answer(id)]);
    expect(results.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const answered = await commissioner.request(ThemeAnswersOneDocument, { id });
    expect(answered.data?.themeRequest.status).toBe('ANSWERED_ON_TIME');
    expect(answered.data?.themeRequest.answer).toEqual({
      found: 'Six sibling groups split.',
      willDo: 'Review each placement.',
      byWhen: addDays(today, 90),
      answeredOn: today,
      onTime: true,
    });
    const audited = (await api.dataSource.query(`SELECT action, details FROM audit_log WHERE entity = 'theme_request' AND entity_id = $1 ORDER BY id`, [
      id,
    ])) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(audited.map((a) => a.action)).toEqual(['theme_request.put', 'theme_request.answered', 'theme_request.read']);
    expect(audited[1]?.details).toEqual({ onTime: true });
  });

  it('marks an answer after the deadline late', async () => {
    const id = await put();
    await api.dataSource.query(`UPDATE theme_requests SET put_on = $2::date - 40, deadline = $2::date - 1 WHERE id = $1`, [id, today]);
    expect((await manager.request(ThemeAnswersOneDocument, { id })).data?.themeRequest.statusLabel).toBe('Overdue');
    const late = await answer(id);
    expect(late.data?.answerTheme.status).toBe('ANSWERED_LATE');
    expect(late.data?.answerTheme.statusLabel).toBe('Answered late');
    expect(late.data?.answerTheme.answer?.onTime).toBe(false);
  });

  it('tracks follow-ups from open to done, once', async () => {
    const id = await put();
    const early = await manager.request(ThemeAnswersAddFollowUpDocument, {
      input: { themeRequestId: id, action: 'Audit placements', owner: 'Head of placements', dueOn: addDays(today, 30) },
    });
    expect(codes(early)).toEqual([['CONFLICT', 'Answer the theme before adding follow-ups.', undefined]]);
    await answer(id);
    const added = await manager.request(ThemeAnswersAddFollowUpDocument, {
      input: { themeRequestId: id, action: 'Audit placements', owner: 'Head of placements', dueOn: addDays(today, 30) },
    });
    const followUp = added.data?.addThemeFollowUp.followUps[0];
    expect(followUp).toEqual({ id: followUp?.id, action: 'Audit placements', owner: 'Head of placements', dueOn: addDays(today, 30), state: 'OPEN' });
    expect(added.data?.addThemeFollowUp.allowedCommands).toEqual(['ADD_FOLLOW_UP', 'COMPLETE_FOLLOW_UP']);
    const done = await manager.request(ThemeAnswersCompleteFollowUpDocument, { followUpId: followUp?.id ?? '' });
    expect(done.data?.completeThemeFollowUp.followUps.map((f) => f.state)).toEqual(['DONE']);
    const again = await manager.request(ThemeAnswersCompleteFollowUpDocument, { followUpId: followUp?.id ?? '' });
    expect(codes(again)).toEqual([['CONFLICT', 'This follow-up is already done.', undefined]]);
    const noOwner = await manager.request(ThemeAnswersAddFollowUpDocument, {
      input: { themeRequestId: id, action: 'More', owner: ' ', dueOn: addDays(today, 3) },
    });
    expect(codes(noOwner)).toEqual([['BAD_USER_INPUT', 'Enter who owns the action', 'owner']]);
  });
});

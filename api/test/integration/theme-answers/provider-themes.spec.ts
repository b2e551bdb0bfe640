import { addDays, createEnglandAndWalesCalendar, londonDate, themeResponseDeadline, ukLongDate } from '@heard/domain';
import {
  AddThemeFollowUpDocument,
  AnswerThemeDocument,
  CompleteThemeFollowUpDocument,
  PutThemeToLocalAuthorityDocument,
  PutThemeToProviderDocument,
  RecordProviderAnswerDocument,
  ThemeProvidersDocument,
  ThemeRequestDocument,
  ThemeRequestsDocument,
} from '@heard/graphql-types';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message, e.extensions?.['field']]);
const QUESTION = 'Why are children moved between your homes so often?';

describe('a theme put to a children’s home provider, answered through Commissioner staff', () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  const provider = `Provider ${Date.now().toString(36)}`;
  const contacts = [`a-${Date.now()}@provider.example`, `b-${Date.now()}@provider.example`];
  const today = londonDate(new Date());
  const deadline = themeResponseDeadline(createEnglandAndWalesCalendar(), today);

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    fx = await advocacyFixture(api, []);
    manager = await fx.signIn(fx.managerEmail);
    // Three homes of one provider (two sharing a contact address), in the manager's LA.
    for (const [i, email] of [contacts[0], contacts[1], contacts[0]].entries()) {
      await api.dataSource.query(
        `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id) VALUES ($1, $2, $3, $4, 'A', $5)`,
        [`Home ${i}`, provider, email, `P${Date.now()}${i}`, fx.laId],
      );
    }
  });
  afterAll(() => api.close());

  async function put(): Promise<string> {
    const result = await commissioner.request(PutThemeToProviderDocument, {
      input: { providerName: provider, theme: 'PLACEMENT_STABILITY', question: QUESTION },
    });
    expect(result.errors).toEqual([]);
    return result.data?.putThemeToProvider.id ?? '';
  }

  const record = (themeRequestId: string, receivedOn = today, byWhen = addDays(today, 60)) =>
    commissioner.request(RecordProviderAnswerDocument, {
      input: { themeRequestId, found: 'Moves followed staff shortages.', willDo: 'Recruit two managers.', byWhen, receivedOn },
    });

  it('lists the homes’ providers to choose from', async () => {
    const listed = await commissioner.request(ThemeProvidersDocument, {});
    expect(listed.data?.themeProviders.filter((p) => p === provider)).toEqual([provider]);
    expect(codes(await manager.request(ThemeProvidersDocument, {})).map((c) => c[0])).toEqual(['FORBIDDEN']);
  });

  it('puts a theme to a provider, due in 20 working days, and emails each of its contact addresses once', async () => {
    const result = await commissioner.request(PutThemeToProviderDocument, {
      input: { providerName: provider, theme: 'PLACEMENT_STABILITY', question: ` ${QUESTION} ` },
    });
    expect(result.errors).toEqual([]);
    const request = result.data?.putThemeToProvider;
    expect(request).toEqual({
      id: request?.id,
      recipientKind: 'PROVIDER',
      recipientName: provider,
      localAuthorityName: null,
      providerName: provider,
      theme: 'PLACEMENT_STABILITY',
      themeLabel: 'Placement stability',
      question: QUESTION,
      putOn: today,
      deadline,
      status: 'AWAITING_ANSWER',
      statusLabel: 'Awaiting answer',
      answer: null,
      followUps: [],
      allowedCommands: ['RECORD_PROVIDER_ANSWER'],
    });
    const emails = (await api.dataSource.query(`SELECT to_address, subject, body FROM outbox_messages WHERE to_address = ANY($1) ORDER BY to_address`, [
      contacts,
    ])) as unknown[];
    const body =
      `The Children's Commissioner has put a theme to ${provider}, found through independent advocacy in its children's homes: Placement stability.\n\n` +
      `${QUESTION}\n\nPlease reply to the Commissioner's office by ${ukLongDate(deadline)}, saying what you found, what you will do and by when.` +
      `\n\nFor children's privacy this email names no child.`;
    const subject = `The Children's Commissioner has put a theme to ${provider}`;
    expect(emails).toEqual([...contacts].sort().map((to_address) => ({ to_address, subject, body })));
    const audited = (await api.dataSource.query(`SELECT action, details FROM audit_log WHERE entity = 'theme_request' AND entity_id = $1`, [
      request?.id,
    ])) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(audited).toEqual([{ action: 'theme_request.put', details: { providerName: provider, theme: 'PLACEMENT_STABILITY', deadline, emailed: 2 } }]);
  });

  it('refuses a provider not among the homes’ providers, and other bad input, naming the field', async () => {
    const nobody = await commissioner.request(PutThemeToProviderDocument, {
      input: { providerName: 'No such provider', theme: 'PLACEMENT_STABILITY', question: QUESTION },
    });
    expect(codes(nobody)).toEqual([['BAD_USER_INPUT', 'Choose a provider from the list', 'providerName']]);
    const blank = await commissioner.request(PutThemeToProviderDocument, { input: { providerName: provider, theme: 'PLACEMENT_STABILITY', question: '  ' } });
    expect(codes(blank)).toEqual([['BAD_USER_INPUT', 'Enter what you are asking the provider', 'question']]);
    const id = await put();
    expect(codes(await record(id, addDays(today, 1)))).toEqual([
      ['BAD_USER_INPUT', 'The date the answer was received must be today or in the past', 'receivedOn'],
    ]);
    expect(codes(await record(id, addDays(today, -1)))).toEqual([
      ['BAD_USER_INPUT', 'The date the answer was received must be on or after the date the theme was put', 'receivedOn'],
    ]);
    expect(codes(await record(id, today, today))).toEqual([
      ['BAD_USER_INPUT', 'The date it will be done by must be after the date the answer was received', 'byWhen'],
    ]);
    expect((await record(id, '2026-02-30')).errors.map((e) => [e.extensions?.code, e.extensions?.['field']])).toEqual([['BAD_USER_INPUT', 'receivedOn']]);
    expect((await commissioner.request(ThemeRequestDocument, { id })).data?.themeRequest.answer).toBeNull();
  });

  it('records one of two answers sent at once, on time by the date it was received', async () => {
    const id = await put();
    const results = await Promise.all([record(id), record(id)]);
    expect(results.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const answered = (await commissioner.request(ThemeRequestDocument, { id })).data?.themeRequest;
    expect([answered?.status, answered?.allowedCommands, answered?.answer]).toEqual([
      'ANSWERED_ON_TIME',
      ['ADD_FOLLOW_UP', 'COMPLETE_FOLLOW_UP'],
      { found: 'Moves followed staff shortages.', willDo: 'Recruit two managers.', byWhen: addDays(today, 60), answeredOn: today, onTime: true },
    ]);
    const audited = (await api.dataSource.query(
      `SELECT details FROM audit_log WHERE entity = 'theme_request' AND entity_id = $1 AND action = 'theme_request.provider_answer_recorded'`,
      [id],
    )) as unknown[];
    expect(audited).toEqual([{ details: { receivedOn: today, onTime: true } }]);
  });

  it('judges a late answer by the date it was received, not the day it was recorded', async () => {
    const id = await put();
    await api.dataSource.query(`UPDATE theme_requests SET put_on = $2::date - 40, deadline = $2::date - 12 WHERE id = $1`, [id, today]);
    const onTime = addDays(today, -12);
    const result = await record(id, onTime, addDays(today, 30));
    expect([result.data?.recordProviderAnswer.status, result.data?.recordProviderAnswer.answer?.answeredOn]).toEqual(['ANSWERED_ON_TIME', onTime]);
    const late = await put();
    await api.dataSource.query(`UPDATE theme_requests SET put_on = $2::date - 40, deadline = $2::date - 12 WHERE id = $1`, [late, today]);
    expect((await record(late, addDays(today, -11), addDays(today, 30))).data?.recordProviderAnswer.statusLabel).toBe('Answered late');
  });

  it('lets Commissioner staff, not the LA, track a provider’s follow-ups', async () => {
    const id = await put();
    await record(id);
    const added = await commissioner.request(AddThemeFollowUpDocument, {
      input: { themeRequestId: id, action: 'Check the recruitment', owner: 'Commissioner’s office', dueOn: addDays(today, 30) },
    });
    expect(added.errors).toEqual([]);
    const followUp = added.data?.addThemeFollowUp.followUps[0]?.id ?? '';
    const done = await commissioner.request(CompleteThemeFollowUpDocument, { followUpId: followUp });
    expect(done.data?.completeThemeFollowUp.followUps.map((f) => f.state)).toEqual(['DONE']);
    // An LA's own theme stays the LA's to follow up and answer.
    const la = (await commissioner.request(PutThemeToLocalAuthorityDocument, { input: { localAuthorityId: fx.laId, theme: 'SIBLINGS', question: QUESTION } }))
      .data?.putThemeToLocalAuthority.id;
    expect(codes(await record(la ?? ''))).toEqual([
      ['FORBIDDEN', 'The local authority answers and follows up a theme put to it; Commissioner staff do it for a provider.', undefined],
    ]);
    await manager.request(AnswerThemeDocument, { input: { themeRequestId: la ?? '', found: 'F', willDo: 'W', byWhen: addDays(today, 9) } });
    const notTheirs = await commissioner.request(AddThemeFollowUpDocument, {
      input: { themeRequestId: la ?? '', action: 'Audit', owner: 'Office', dueOn: addDays(today, 30) },
    });
    expect(codes(notTheirs).map((c) => c[0])).toEqual(['FORBIDDEN']);
  });

  it('never shows an LA manager a provider’s request, even one whose homes are in their LA', async () => {
    const id = await put();
    const listed = await manager.request(ThemeRequestsDocument, {});
    expect(listed.errors).toEqual([]);
    expect(listed.data?.themeRequests.filter((r) => r.recipientKind === 'PROVIDER')).toEqual([]);
    const notFound = [['NOT_FOUND', 'No theme request with that id for a local authority you can see.', undefined]];
    expect(codes(await manager.request(ThemeRequestDocument, { id }))).toEqual(notFound);
    expect(codes(await manager.request(AnswerThemeDocument, { input: { themeRequestId: id, found: 'F', willDo: 'W', byWhen: addDays(today, 9) } }))).toEqual(
      notFound,
    );
    expect(
      codes(
        await manager.request(RecordProviderAnswerDocument, {
          input: { themeRequestId: id, found: 'F', willDo: 'W', byWhen: addDays(today, 9), receivedOn: today },
        }),
      ).map((c) => c[0]),
    ).toEqual(['FORBIDDEN']);
    await record(id);
    expect(
      codes(await manager.request(AddThemeFollowUpDocument, { input: { themeRequestId: id, action: 'A', owner: 'O', dueOn: addDays(today, 9) } })),
    ).toEqual(notFound);
  });

  it('appears in England’s annual report with its on-time standing, and in no LA’s', async () => {
    // The reporting year 2013 (1 April 2013 to 31 March 2014), which no other suite writes to.
    const insert = (putOn: string, deadline: string, answeredOn: string | null) =>
      api.dataSource.query(
        `INSERT INTO theme_requests (provider_name, theme, question, put_by_user_id, put_at, put_on, deadline, found, will_do, by_when, answered_at, answered_on, answered_by_user_id)
         SELECT $1, 'PLACEMENT_STABILITY', 'Why?', u.id, $2::date, $2::date, $3::date,
                CASE WHEN $4::date IS NOT NULL THEN 'Found' END, CASE WHEN $4::date IS NOT NULL THEN 'Will do' END, $4::date + 30,
                $4::date, $4::date, CASE WHEN $4::date IS NOT NULL THEN u.id END
           FROM users u WHERE u.role = 'COMMISSIONER_STAFF' ORDER BY u.email LIMIT 1`,
        [provider, putOn, deadline, answeredOn],
      );
    await insert('2013-06-03', '2013-07-01', '2013-07-01');
    await insert('2013-06-03', '2013-07-01', '2013-07-02');
    await insert('2014-03-03', '2014-03-31', null);
    await insert('2014-04-01', '2014-04-30', null); // the year after
    const service = api.app.get(ReportFiguresService);
    const england = await service.figures(api.dataSource.manager, 2013, null);
    expect(england.providerThemeAnswers).toEqual([{ theme: 'PLACEMENT_STABILITY', put: 3, onTime: 1, late: 1, notAnswered: 1 }]);
    expect(england.themeAnswers.filter((a) => a.theme === 'PLACEMENT_STABILITY')).toEqual([]);
    const la = await service.figures(api.dataSource.manager, 2013, fx.laId);
    expect([la.providerThemeAnswers, la.themeAnswers]).toEqual([null, []]);
  });
});

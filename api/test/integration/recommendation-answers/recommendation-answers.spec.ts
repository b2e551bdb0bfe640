import {
  AnswerVisitRecommendationDocument,
  HomeDocument,
  HomeVisitDocument,
  RecordHomeAnswerDocument,
  VisitRecommendationsToAnswerDocument,
} from '@heard/graphql-types';
import { Clock } from '../../../src/common/clock';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, SAVE, sharedHomeWorld, SUBMIT, type SharedHomeWorld } from '../../support/home-fixture';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message, e.extensions?.['field']]);

/** Submitted on Monday 10 March 2025: due twenty working days later, on Monday 7 April. */
const SUBMITTED = new Date('2025-03-10T10:00:00Z');
const DUE = '2025-04-07';
const ABOUT_CHILD = 'Review night staffing';
const ABOUT_HOME = 'Repair the lounge window';

describe('each visit recommendation is answered by the home and the placing local authorities', () => {
  let api: TestApp;
  let world: SharedHomeWorld;
  let commissioner: GraphqlTestClient;
  let homeName: string;
  let laNames: { mine: string; other: string };
  let clock: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    world = await sharedHomeWorld(api);
    clock = jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(SUBMITTED);
    const report = completeReport({
      recommendations: [
        { what: ABOUT_CHILD, owner: 'Registered manager', dueOn: '2025-04-10', themes: ['SAFETY'], childId: world.childId },
        { what: ABOUT_HOME, owner: 'Registered manager', dueOn: '2025-04-12', themes: ['PLACEMENT_STABILITY'], childId: null },
      ],
    });
    const saved = await world.advocate.request(SAVE, { input: { homeId: world.homeId, report } });
    expect(saved.errors).toEqual([]);
    expect((await world.advocate.request(SUBMIT, { id: saved.data?.saveHomeVisitDraft.id ?? '' })).errors).toEqual([]);
    const [names] = (await api.dataSource.query(
      `SELECT h.name AS home, mine.name AS mine, other.name AS other FROM children_homes h, children c1 JOIN local_authorities mine ON mine.id = c1.local_authority_id,
              children c2 JOIN local_authorities other ON other.id = c2.local_authority_id WHERE h.id = $1 AND c1.id = $2 AND c2.id = $3`,
      [world.homeId, world.childId, world.otherChildId],
    )) as Array<{ home: string; mine: string; other: string }>;
    homeName = names?.home ?? '';
    laNames = { mine: names?.mine ?? '', other: names?.other ?? '' };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  const awaiting = (answererName: string, answerer: 'HOME' | 'LOCAL_AUTHORITY') => ({
    answerer,
    answererName,
    dueOn: DUE,
    status: 'AWAITING_ANSWER',
    statusLabel: 'Awaiting answer',
    late: false,
    response: null,
    answeredOn: null,
  });
  const shape = (answers: ReadonlyArray<Record<string, unknown>>) =>
    answers.map(({ answerer, answererName, dueOn, status, statusLabel, late, response, answeredOn }) => ({
      answerer,
      answererName,
      dueOn,
      status,
      statusLabel,
      late,
      response,
      answeredOn,
    }));

  async function openAnswers(client: GraphqlTestClient): Promise<Map<string, Array<Record<string, unknown>>>> {
    const home = await client.request(HomeDocument, { id: world.homeId });
    expect(home.errors).toEqual([]);
    return new Map((home.data?.home.openRecommendationList ?? []).map((r) => [r.what, r.answers.map((a) => ({ ...a }))]));
  }

  async function mineToAnswer(client: GraphqlTestClient, what: string): Promise<string> {
    const list = await client.request(VisitRecommendationsToAnswerDocument);
    return list.data?.visitRecommendationsToAnswer.find((r) => r.what === what)?.answer.id ?? '';
  }

  it('opens, at submission, the home’s answer and each placing LA’s, or only the child’s LA for a recommendation about a child', async () => {
    const answers = await openAnswers(commissioner);
    expect(shape(answers.get(ABOUT_CHILD) ?? [])).toEqual([awaiting(homeName, 'HOME'), awaiting(laNames.mine, 'LOCAL_AUTHORITY')]);
    expect(shape(answers.get(ABOUT_HOME) ?? [])).toEqual([
      awaiting(homeName, 'HOME'),
      ...[awaiting(laNames.mine, 'LOCAL_AUTHORITY'), awaiting(laNames.other, 'LOCAL_AUTHORITY')].sort((a, b) => a.answererName.localeCompare(b.answererName)),
    ]);
    const notices = (await api.dataSource.query(
      `SELECT message FROM notifications WHERE user_id = (SELECT id FROM users WHERE email = $1) AND kind = 'HOME_VISIT_SUBMITTED'`,
      [world.fx.managerEmail],
    )) as Array<{ message: string }>;
    expect(notices.map((n) => n.message.endsWith('The home and the placing local authorities answer them by 7 April 2025.'))).toEqual([true]);
  });

  it('lists an LA manager’s own LA’s recommendations to answer, and never another LA’s', async () => {
    const mine = await world.manager.request(VisitRecommendationsToAnswerDocument);
    expect(
      mine.data?.visitRecommendationsToAnswer.map((r) => [r.what, r.aboutAChild, r.homeName, r.visitOn, r.answer.answererName, r.answer.allowedCommands]),
    ).toEqual([
      [ABOUT_CHILD, true, homeName, '2025-02-14', laNames.mine, ['ANSWER_FOR_LA']],
      [ABOUT_HOME, false, homeName, '2025-02-14', laNames.mine, ['ANSWER_FOR_LA']],
    ]);
    const other = await world.otherManager.request(VisitRecommendationsToAnswerDocument);
    expect(other.data?.visitRecommendationsToAnswer.map((r) => [r.what, r.answer.answererName])).toEqual([[ABOUT_HOME, laNames.other]]);
    const audited = (await api.dataSource.query(`SELECT action, child_ids::text[] AS children FROM audit_log WHERE request_id = $1`, [
      mine.headers.get('x-request-id'),
    ])) as Array<{ action: string; children: string[] }>;
    expect(audited).toEqual([{ action: 'recommendation_answer.list', children: [world.childId] }]);
  });

  it('refuses an empty answer, another LA’s answer and anyone but an LA manager, naming what is wrong', async () => {
    const answerId = await mineToAnswer(world.manager, ABOUT_HOME);
    expect(codes(await world.manager.request(AnswerVisitRecommendationDocument, { input: { answerId, response: '   ' } }))).toEqual([
      ['BAD_USER_INPUT', 'Enter what was done or will be done about the recommendation', 'response'],
    ]);
    expect(codes(await world.otherManager.request(AnswerVisitRecommendationDocument, { input: { answerId, response: 'Done' } }))).toEqual([
      ['NOT_FOUND', 'No answer with that id is yours to give.', undefined],
    ]);
    expect(codes(await world.manager.request(AnswerVisitRecommendationDocument, { input: { answerId: 'not-an-id', response: 'Done' } }))).toEqual([
      ['BAD_USER_INPUT', 'Choose an answer from the list.', 'answerId'],
    ]);
    expect((await world.advocate.request(AnswerVisitRecommendationDocument, { input: { answerId, response: 'Done' } })).errors[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const stored = (await api.dataSource.query(`SELECT response FROM home_recommendation_answers WHERE id = $1`, [answerId])) as Array<{
      response: string | null;
    }>;
    expect(stored).toEqual([{ response: null }]);
  });

  it('takes one of two parallel answers from the LA and refuses the other with CONFLICT; it is on time and audited', async () => {
    clock.mockReturnValue(new Date('2025-04-07T16:00:00Z'));
    const answerId = await mineToAnswer(world.manager, ABOUT_CHILD);
    const results = await Promise.all(
      ['Night staffing doubled from April.', 'A second answer'].map((response) =>
        world.manager.request(AnswerVisitRecommendationDocument, { input: { answerId, response } }),
      ),
    );
    expect(results.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const won = results.find((r) => r.errors.length === 0)?.data?.answerVisitRecommendation;
    expect(won && { status: won.status, late: won.late, answeredOn: won.answeredOn, allowedCommands: won.allowedCommands }).toEqual({
      status: 'ANSWERED_ON_TIME',
      late: false,
      answeredOn: '2025-04-07',
      allowedCommands: [],
    });
    const audited = (await api.dataSource.query(
      `SELECT details->>'onTime' AS on_time, child_ids::text[] AS children FROM audit_log WHERE action = 'recommendation_answer.answered' AND details->>'answerId' = $1`,
      [answerId],
    )) as Array<{ on_time: string; children: string[] }>;
    expect(audited).toEqual([{ on_time: 'true', children: [world.childId] }]);
  });

  it('flags the answers not given by the due date as overdue', async () => {
    clock.mockReturnValue(new Date('2025-04-08T09:00:00Z'));
    const answers = await openAnswers(commissioner);
    expect((answers.get(ABOUT_HOME) ?? []).map((a) => [a.answererName, a.status, a.late])).toEqual([
      [homeName, 'OVERDUE', true],
      ...[
        [laNames.mine, 'OVERDUE', true],
        [laNames.other, 'OVERDUE', true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ]);
  });

  it('has the home’s responsible advocate record the home’s answer on the date it was received, within the dates it could have been', async () => {
    clock.mockReturnValue(new Date('2025-04-10T09:00:00Z'));
    const answerId = String((await openAnswers(world.advocate)).get(ABOUT_HOME)?.[0]?.['id'] ?? '');
    const record = (client: GraphqlTestClient, receivedOn: string) =>
      client.request(RecordHomeAnswerDocument, { input: { answerId, response: 'The window was repaired on 1 April.', receivedOn } });
    expect(codes(await record(world.advocate, '2025-04-11'))).toEqual([
      ['BAD_USER_INPUT', 'The date the answer was received must be today or in the past', 'receivedOn'],
    ]);
    expect(codes(await record(world.advocate, '2025-03-09'))).toEqual([
      ['BAD_USER_INPUT', 'The date the answer was received must be on or after the date the report was submitted', 'receivedOn'],
    ]);
    expect(codes(await record(world.otherAdvocate, '2025-04-09'))).toEqual([['NOT_FOUND', 'No answer with that id is yours to give.', undefined]]);
    const recorded = await record(world.advocate, '2025-04-09');
    expect(recorded.data?.recordHomeAnswer && shape([recorded.data.recordHomeAnswer])).toEqual([
      {
        ...awaiting(homeName, 'HOME'),
        status: 'ANSWERED_LATE',
        statusLabel: 'Answered late',
        late: true,
        response: 'The window was repaired on 1 April.',
        answeredOn: '2025-04-09',
      },
    ]);
    expect(codes(await record(world.advocate, '2025-04-09'))).toEqual([
      ['CONFLICT', 'This recommendation has already been answered: reload the page to see the answer.', undefined],
    ]);
  });

  it('shows an LA manager the home’s answer and their own LA’s, never another LA’s', async () => {
    const theirs = await openAnswers(world.otherManager);
    expect((theirs.get(ABOUT_HOME) ?? []).map((a) => [a.answererName, a.status])).toEqual([
      [homeName, 'ANSWERED_LATE'],
      [laNames.other, 'OVERDUE'],
    ]);
    expect((theirs.get(ABOUT_CHILD) ?? []).map((a) => a.answererName)).toEqual([homeName]);
  });

  it('puts the answers beside the recommendations on the visit report, for the next visit to follow up from', async () => {
    const home = await world.advocate.request(HomeDocument, { id: world.homeId });
    const visitId = home.data?.home.visits[0]?.id ?? '';
    const visit = await world.advocate.request(HomeVisitDocument, { id: visitId });
    expect(visit.data?.homeVisit.recommendations.map((r) => [r.what, r.answers.map((a) => [a.answerer, a.status, a.response])])).toEqual([
      [
        ABOUT_CHILD,
        [
          ['HOME', 'OVERDUE', null],
          ['LOCAL_AUTHORITY', 'ANSWERED_ON_TIME', 'Night staffing doubled from April.'],
        ],
      ],
      [
        ABOUT_HOME,
        [
          ['HOME', 'ANSWERED_LATE', 'The window was repaired on 1 April.'],
          ['LOCAL_AUTHORITY', 'OVERDUE', null],
          ['LOCAL_AUTHORITY', 'OVERDUE', null],
        ],
      ],
    ]);
  });
});

import { TestGenerateReportDocument, TestLogoutDocument } from '@heard/graphql-types/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Clock } from '../../../src/common/clock';
import { LISTENER_APPLICATION_NAME } from '../../../src/graphql/postgres-listener';
import { MAX_NOTIFY_BYTES, PostgresPubSub } from '../../../src/graphql/postgres-pubsub';
import { PUB_SUB } from '../../../src/graphql/pubsub';
import { OverdueConcernsJob } from '../../../src/modules/escalations/overdue-concerns.job';
import { MissedVisitsJob } from '../../../src/modules/home-visits/missed-visits.job';
import { ReportGeneratorService } from '../../../src/modules/reports/report-generator.service';
import { ReportJobsService } from '../../../src/modules/reports/report-jobs.service';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { concernWorld, NOTE, RAISE, raiseInput } from '../../support/concern-fixture';
import { GraphqlTestClient } from '../../support/graphql-client';
import { homeWorld } from '../../support/home-fixture';
import { BACKEND_HEADER, type RoundRobinProxy, startRoundRobinProxy } from '@heard/round-robin-proxy';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

/** Both processes share the database, the signing key and the PostgreSQL PubSub; both run the report worker. */
const SHARED_ENV = { PUBSUB: 'postgres', JWT_SECRET: 'scale-out-test-signing-key-shared-by-both-processes', REPORT_WORKER_SECONDS: '1' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ConcernUpdate {
  concernId: string;
  childId: string;
  kind: string;
  stage: string;
  status: string;
  at: string;
}

describe('two API processes on one database (PUBSUB=postgres)', () => {
  let a: TestApp;
  let b: TestApp;
  let proxy: RoundRobinProxy;
  const sockets: Client[] = [];

  beforeAll(async () => {
    a = await startTestApp(SHARED_ENV);
    b = await startTestApp(SHARED_ENV);
    proxy = await startRoundRobinProxy([a.url, b.url]);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await proxy.close();
    await a.close();
    await b.close();
  });

  /** The whole API behind the round-robin proxy, as fixtures expect it. */
  const behindProxy = (): TestApp => ({ ...a, url: proxy.url, client: () => new GraphqlTestClient(proxy.url) });

  /** Opens a graphql-ws connection to `url` and collects every `field` it is sent. */
  async function subscribe<T>(
    url: string,
    client: GraphqlTestClient,
    field: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ received: T[]; errors: unknown[] }> {
    const received: T[] = [];
    const errors: unknown[] = [];
    const socket = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${client.accessToken ?? ''}` },
      retryAttempts: 0,
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => {
      socket.on('connected', () => resolve());
      socket.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (value) => (value.data?.[field] === undefined ? errors.push(value.errors) : received.push(value.data[field] as T)),
          error: (e) => errors.push(e),
          complete: () => undefined,
        },
      );
    });
    await sleep(200);
    return { received, errors };
  }

  const userId = async (email: string): Promise<string> =>
    ((await a.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as Array<{ id: string }>)[0]?.id ?? '';

  it('a subscriber on A receives the exact update and notification a mutation on B caused; a subscriber on B whose filter excludes them receives nothing', async () => {
    const { fx, advocate, manager, childId } = await concernWorld(b);
    const other = await advocacyFixture(b, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const UPDATES = 'subscription { concernUpdated { concernId childId kind stage status at } }';
    const NOTIFICATIONS = 'subscription { notificationAdded { id kind message link concernId createdAt read } }';
    const [mine, mineNotified, theirs, theirsNotified] = await Promise.all([
      subscribe<ConcernUpdate>(a.url, manager, 'concernUpdated', UPDATES),
      subscribe<Record<string, unknown>>(a.url, manager, 'notificationAdded', NOTIFICATIONS),
      subscribe<ConcernUpdate>(b.url, otherManager, 'concernUpdated', UPDATES),
      subscribe<Record<string, unknown>>(b.url, otherManager, 'notificationAdded', NOTIFICATIONS),
    ]);

    jest.spyOn(b.app.get(Clock), 'now').mockReturnValue(new Date('2025-03-03T10:00:00Z'));
    const before = Date.now();
    const raised = await advocate.request(RAISE, { input: raiseInput(childId, { raisedOn: '2025-03-03' }) });
    const after = Date.now();
    expect(raised.errors).toEqual([]);
    const id = raised.data?.raiseConcern.id ?? '';
    expect(raised.data?.raiseConcern.stageDeadline).toBe('2025-03-10');
    await waitFor(() => mine.received.length > 0 && mineNotified.received.length > 0);
    await sleep(500);

    expect(mine.received).toEqual([{ concernId: id, childId, kind: 'RAISED', stage: 'INFORMAL', status: 'OPEN', at: expect.stringMatching(ISO) }]);
    const at = Date.parse(mine.received[0]?.at ?? '');
    expect(at >= before && at <= after).toBe(true);
    const [stored] = (await a.dataSource.query(`SELECT id, created_at FROM notifications WHERE concern_id = $1 AND user_id = $2`, [
      id,
      await userId(fx.managerEmail),
    ])) as Array<{ id: string; created_at: Date }>;
    expect(mineNotified.received).toEqual([
      {
        id: stored?.id,
        kind: 'CONCERN_RAISED',
        message: 'Child1 Test: An advocate raised a concern with you: respond by 10 March 2025. (Informal (social worker) stage)',
        link: `/la/concerns/${id}`,
        concernId: id,
        createdAt: stored?.created_at.toISOString(),
        read: false,
      },
    ]);
    expect([theirs.received, theirsNotified.received]).toEqual([[], []]);
    expect([mine.errors, mineNotified.errors, theirs.errors, theirsNotified.errors]).toEqual([[], [], [], []]);
  });

  it("signing out through B closes that session's socket on A (4403) and reaches the user's other session on A, and nobody else's", async () => {
    const fx = await advocacyFixture(a, [{ cap: 1 }]);
    const onA = await fx.signIn(fx.managerEmail);
    const otherTab = await fx.signIn(fx.managerEmail);
    const someoneElse = await fx.signIn(fx.advocates[0]?.email ?? '');
    const SESSION = 'subscription { sessionEvents { kind at } }';
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = createClient({
        url: `${a.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${onA.accessToken ?? ''}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      sockets.push(socket);
      socket.on('closed', (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolve({ code, reason: String(reason) });
      });
    });
    const [mine, theirs] = await Promise.all([
      subscribe<{ kind: string; at: string }>(a.url, otherTab, 'sessionEvents', SESSION),
      subscribe<{ kind: string; at: string }>(b.url, someoneElse, 'sessionEvents', SESSION),
    ]);
    const onB = new GraphqlTestClient(b.url);
    onB.cookie = onA.cookie;
    const before = Date.now();
    expect((await onB.request(TestLogoutDocument)).data).toEqual({ logout: true });
    const after = Date.now();
    await waitFor(() => mine.received.length > 0);
    await expect(closed).resolves.toEqual({ code: 4403, reason: 'Session ended: signed out' });
    await sleep(300);
    expect(mine.received).toEqual([{ kind: 'SIGNED_OUT', at: expect.stringMatching(ISO) }]);
    const at = Date.parse(mine.received[0]?.at ?? '');
    expect(at >= before && at <= after).toBe(true);
    expect(theirs.received).toEqual([]);
  });

  it('behind one round-robin address, subscribers on both processes get every update in order, whichever process took the mutation', async () => {
    const { advocate, manager, childId } = await concernWorld(behindProxy());
    const sockets0 = [...proxy.served.websocket];
    const UPDATES = 'subscription { concernUpdated { concernId kind stage status } }';
    const first = await subscribe<Omit<ConcernUpdate, 'childId' | 'at'>>(proxy.url, manager, 'concernUpdated', UPDATES);
    const second = await subscribe<Omit<ConcernUpdate, 'childId' | 'at'>>(proxy.url, manager, 'concernUpdated', UPDATES);
    expect(proxy.served.websocket.map((n, i) => n - (sockets0[i] ?? 0))).toEqual([1, 1]);

    const raised = await advocate.request(RAISE, { input: raiseInput(childId) });
    const id = raised.data?.raiseConcern.id ?? '';
    const note = await advocate.request(NOTE, {
      input: { concernId: id, note: 'The social worker has been told by phone', confidential: false, evidence: [] },
    });
    const secret = await advocate.request(NOTE, { input: { concernId: id, note: 'Only advocates may read this', confidential: true, evidence: [] } });
    expect([note.errors, secret.errors]).toEqual([[], []]);
    const servedBy = [raised, note, secret].map((r) => r.headers.get(BACKEND_HEADER));
    expect([servedBy[0] !== servedBy[1], servedBy[1] !== servedBy[2]]).toEqual([true, true]);

    await waitFor(() => first.received.length >= 2 && second.received.length >= 2);
    await sleep(500);
    const expected = [
      { concernId: id, kind: 'RAISED', stage: 'INFORMAL', status: 'OPEN' },
      { concernId: id, kind: 'NOTE', stage: 'INFORMAL', status: 'OPEN' },
    ];
    expect([first.received, second.received]).toEqual([expected, expected]);
  });

  it('an event larger than a NOTIFY payload goes through pubsub_payloads with its Dates, in order, and old stored payloads are swept', async () => {
    const received: unknown[] = [];
    const onA = a.app.get<PostgresPubSub>(PUB_SUB);
    const onB = b.app.get<PostgresPubSub>(PUB_SUB);
    expect([onA, onB].map((p) => p instanceof PostgresPubSub)).toEqual([true, true]);
    const subscription = await onA.subscribe('scaleOutProbe', (payload) => received.push(payload));
    await a.dataSource.query(`INSERT INTO pubsub_payloads (body, created_at) VALUES ('{"old":true}', now() - interval '1 hour')`);
    const large = {
      text: 'é'.repeat(Math.floor(MAX_NOTIFY_BYTES / 2) + 10),
      at: new Date('2025-03-03T10:00:00.123Z'),
      hearings: Array.from({ length: 3 }, (_, i) => ({ on: new Date(Date.UTC(2025, 5, i + 1, 9, 30)) })),
    };
    expect(large.text.length).toBeLessThan(MAX_NOTIFY_BYTES);
    await onB.publish('scaleOutProbe', large);
    await onB.publish('scaleOutProbe', { small: true, at: new Date('2025-03-04T00:00:00Z') });
    await waitFor(() => received.length === 2);
    onA.unsubscribe(subscription);

    expect(received).toEqual([large, { small: true, at: new Date('2025-03-04T00:00:00Z') }]);
    expect((received[0] as typeof large).hearings[2]?.on).toBeInstanceOf(Date);
    const swept = `SELECT count(*) FILTER (WHERE body LIKE '%"scaleOutProbe"%')::int AS stored, count(*) FILTER (WHERE body = '{"old":true}')::int AS old FROM pubsub_payloads`;
    expect(await a.dataSource.query(swept)).toEqual([{ stored: 1, old: 0 }]);
  });

  it('a process whose LISTEN connection is cut reconnects and LISTENs again', async () => {
    const listeners = async (): Promise<number[]> =>
      (
        (await a.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
          LISTENER_APPLICATION_NAME,
        ])) as Array<{ pid: number }>
      ).map((r) => r.pid);
    const old = await listeners();
    expect(old).toHaveLength(2);
    const cut = (await a.dataSource.query(`SELECT pg_terminate_backend(pid) AS cut FROM unnest($1::int[]) AS pid`, [old])) as Array<{ cut: boolean }>;
    expect(cut).toEqual([{ cut: true }, { cut: true }]);
    const onA = a.app.get<PostgresPubSub>(PUB_SUB);
    const reconnected = async () => {
      const now = await listeners();
      return now.length === 2 && now.every((pid) => !old.includes(pid)) && onA.listening && b.app.get<PostgresPubSub>(PUB_SUB).listening;
    };
    await waitFor(reconnected, 10_000);

    const received: unknown[] = [];
    const subscription = await onA.subscribe('scaleOutProbe', (payload) => received.push(payload));
    await b.app.get<PostgresPubSub>(PUB_SUB).publish('scaleOutProbe', { after: 'reconnect' });
    await waitFor(() => received.length === 1);
    onA.unsubscribe(subscription);
    expect(received).toEqual([{ after: 'reconnect' }]);
  });

  it('a process closes its LISTEN connection when it shuts down', async () => {
    const count = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`;
    const third = await startTestApp(SHARED_ENV);
    expect(await a.dataSource.query(count, [LISTENER_APPLICATION_NAME])).toEqual([{ n: 3 }]);
    await third.close();
    await waitFor(async () => ((await a.dataSource.query(count, [LISTENER_APPLICATION_NAME])) as Array<{ n: number }>)[0]?.n === 2);
  });

  it('the overdue-concern and missed-visit jobs, run by both processes at once, mark and notify once', async () => {
    const { fx, advocate, childId, homeId } = await homeWorld(b);
    const advocateId = await userId(fx.advocates[0]?.email ?? '');
    for (const api of [a, b]) jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-03-10T10:00:00Z'));
    const raised = await advocate.request(RAISE, { input: raiseInput(childId, { raisedOn: '2025-02-20' }) });
    const id = raised.data?.raiseConcern.id ?? '';
    const pushed = await subscribe<{ kind: string; concernId: string | null }>(
      a.url,
      advocate,
      'notificationAdded',
      'subscription { notificationAdded { kind concernId } }',
    );

    const [overdueA, overdueB] = await Promise.all([
      a.app.get(OverdueConcernsJob).runOnce(),
      b.app.get(OverdueConcernsJob).runOnce(),
      a.app.get(MissedVisitsJob).runOnce(),
      b.app.get(MissedVisitsJob).runOnce(),
    ]);
    expect(overdueA + overdueB).toBe(1);
    expect(await a.dataSource.query(`SELECT kind, count(*)::int AS n FROM concern_events WHERE concern_id = $1 GROUP BY kind ORDER BY kind`, [id])).toEqual([
      { kind: 'DEADLINE_MISSED', n: 1 },
      { kind: 'RAISED', n: 1 },
    ]);
    const notified = (await a.dataSource.query(
      `SELECT n.kind, n.dedupe_key, count(o.id)::int AS emails FROM notifications n LEFT JOIN outbox_messages o ON o.notification_id = n.id
        WHERE n.user_id = $1 GROUP BY n.id ORDER BY n.dedupe_key`,
      [advocateId],
    )) as Array<{ kind: string; dedupe_key: string; emails: number }>;
    expect(notified).toEqual(
      [
        { kind: 'HOME_VISIT_MISSED', dedupe_key: `home-visit-missed:${homeId}:2025-01`, emails: 1 },
        { kind: 'HOME_VISIT_MISSED', dedupe_key: `home-visit-missed:${homeId}:2025-02`, emails: 1 },
        { kind: 'CONCERN_DEADLINE_MISSED', dedupe_key: `overdue:${id}:INFORMAL:2025-02-27`, emails: 1 },
      ].sort((x, y) => x.dedupe_key.localeCompare(y.dedupe_key)),
    );
    const perUser = `SELECT count(*)::int AS n FROM (SELECT user_id, dedupe_key FROM notifications WHERE dedupe_key LIKE $1 GROUP BY 1, 2 HAVING count(*) > 1) d`;
    expect(await a.dataSource.query(perUser, [`home-visit-missed:${homeId}:%`])).toEqual([{ n: 0 }]);
    await waitFor(() => pushed.received.length >= 3);
    await sleep(300);
    expect(pushed.received.map((n) => n.kind).sort()).toEqual(['CONCERN_DEADLINE_MISSED', 'HOME_VISIT_MISSED', 'HOME_VISIT_MISSED']);
  });

  it('queued report jobs, with both processes working the queue, are each generated exactly once', async () => {
    const commissioner = behindProxy().client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const [{ since }] = (await a.dataSource.query(`SELECT now() AS since`)) as [{ since: Date }];
    // The first four reports generated (the four of 2022, claimed at once below) are held until all four are
    // ready, so both processes store versions of the same year at the same moment. (Years no other suite uses.)
    const years = [2022, 2022, 2022, 2022, 2021, 2021];
    let ready = 0;
    let releaseAll: () => void = () => undefined;
    const together = new Promise<void>((resolve) => (releaseAll = resolve));
    const generated = [a, b].map((api) => {
      const generator = api.app.get(ReportGeneratorService);
      const generate = generator.generate.bind(generator);
      return jest.spyOn(generator, 'generate').mockImplementation(async (...args: Parameters<ReportGeneratorService['generate']>) => {
        const report = await generate(...args);
        ready += 1;
        if (ready === 4) releaseAll();
        if (ready <= 4) await together;
        return report;
      });
    });
    const jobIds: string[] = [];
    for (const year of years) {
      const queued = await commissioner.request(TestGenerateReportDocument, { year });
      jobIds.push(queued.data?.generateAnnualReport.id ?? '');
    }
    const progress = await subscribe<{ status: string; progress: number; reportId: string | null }>(
      proxy.url,
      commissioner,
      'reportJobUpdated',
      `subscription($id: ID!) { reportJobUpdated(jobId: $id) { status progress reportId } }`,
      { id: jobIds[5] },
    );
    const [workerA, workerB] = [a, b].map((api) => api.app.get(ReportJobsService)) as [ReportJobsService, ReportJobsService];
    await Promise.all([workerA.runOnce(), workerB.runOnce(), workerA.runOnce(), workerB.runOnce()]);
    const finished = `SELECT count(*)::int AS n FROM report_jobs WHERE id = ANY($1::uuid[]) AND status IN ('DONE', 'FAILED')`;
    await waitFor(async () => ((await a.dataSource.query(finished, [jobIds])) as Array<{ n: number }>)[0]?.n === years.length, 40_000);

    const jobs = (await a.dataSource.query(`SELECT status, attempts, failure, report_id FROM report_jobs WHERE id = ANY($1::uuid[])`, [jobIds])) as Array<{
      status: string;
      attempts: number;
      failure: string | null;
      report_id: string;
    }>;
    expect(jobs.map(({ status, attempts, failure }) => ({ status, attempts, failure }))).toEqual(
      years.map(() => ({ status: 'DONE', attempts: 1, failure: null })),
    );
    const reports = (await a.dataSource.query(`SELECT id, year, version FROM annual_reports WHERE created_at >= $1 ORDER BY year, version`, [since])) as Array<{
      id: string;
      year: number;
      version: number;
    }>;
    expect(reports.map((r) => r.id).sort()).toEqual(jobs.map((j) => j.report_id).sort());
    expect(reports.map((r) => r.year)).toEqual([2021, 2021, 2022, 2022, 2022, 2022]);
    for (const year of [2021, 2022]) {
      const versions = reports.filter((r) => r.year === year).map((r) => r.version);
      expect(versions).toEqual(versions.map((_, i) => (versions[0] ?? 0) + i));
    }
    expect(generated.reduce((calls, spy) => calls + spy.mock.calls.length, 0)).toBe(years.length);

    await waitFor(() => progress.received.at(-1)?.status === 'DONE');
    const [last] = (await a.dataSource.query(`SELECT report_id FROM report_jobs WHERE id = $1`, [jobIds[5]])) as Array<{ report_id: string }>;
    expect(progress.received[0]).toEqual({ status: 'RUNNING', progress: 0, reportId: null });
    expect(progress.received.at(-1)).toEqual({ status: 'DONE', progress: 100, reportId: last?.report_id });
  });
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import {
  ReportJobsAnnualReportPeriodDocument,
  ReportJobsAnnualReportsDocument,
  TestGenerateReportDocument,
  TestReportJobDocument,
} from '@heard/graphql-types/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Clock } from '../../../src/common/clock';
import { ReportJobsService } from '../../../src/modules/reports/report-jobs.service';
import { reportDataset } from '../../support/report-dataset';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

describe('generating the annual report as a background job', () => {
  let api: TestApp;
  let commissioner: GraphqlTestClient;
  const sockets: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api.close();
  });

  const download = (client: GraphqlTestClient, path: string) =>
    fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${client.accessToken ?? ''}` } });

  it('queues, reports progress over a subscription, is claimed once, and stores a version anyone allowed can download', async () => {
    const { fx } = await reportDataset(api);
    const worker = api.app.get(ReportJobsService);
    // Jobs other suites queued (they share this run's database) are run first, so the claims below are this test's.
    while ((await worker.runOnce()) > 0);
    // Suites share this run's database and may have generated 2025 already: this run's report is the next version.
    const [{ latest }] = (await api.dataSource.query(`SELECT coalesce(max(version), 0)::int AS latest FROM annual_reports WHERE year = 2025`)) as [
      { latest: number },
    ];
    const queued = await commissioner.request(TestGenerateReportDocument, { year: 2025 });
    expect(queued.data?.generateAnnualReport.status).toBe('QUEUED');
    const jobId = queued.data?.generateAnnualReport.id ?? '';

    const updates: Array<{ status: string; progress: number }> = [];
    const socket = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${commissioner.accessToken ?? ''}` },
      retryAttempts: 0,
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => {
      socket.on('connected', () => resolve());
      socket.subscribe<{ reportJobUpdated: { status: string; progress: number } }>(
        { query: `subscription($id: ID!) { reportJobUpdated(jobId: $id) { status progress } }`, variables: { id: jobId } },
        { next: (v) => v.data && updates.push(v.data.reportJobUpdated), error: () => undefined, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const claims = await Promise.all([worker.runOnce(), worker.runOnce()]);
    expect(claims.sort()).toEqual([0, 1]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(updates[0]).toEqual({ status: 'RUNNING', progress: 0 });
    expect(updates.at(-1)).toEqual({ status: 'DONE', progress: 100 });
    expect(updates.length).toBeGreaterThan(3);

    const job = await commissioner.request(TestReportJobDocument, { id: jobId });
    const reportId = job.data?.reportJob.reportId ?? '';
    const listed = await commissioner.request(ReportJobsAnnualReportsDocument);
    expect(listed.data?.annualReports.find((r) => r.id === reportId)).toMatchObject({ year: 2025, version: latest + 1, generatedBy: 'Alex Morgan' });

    const pdf = await download(commissioner, `/api/reports/${reportId}/report.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 8)
        .toString('latin1'),
    ).toBe('%PDF-1.7');
    const csv = await download(commissioner, `/api/reports/${reportId}/tables/stages.csv`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\n')[0]).toBe('Stage,Concerns');

    const manager = await fx.signIn(fx.managerEmail);
    const own = await download(manager, `/api/reports/${reportId}/tables/theme-counts.csv?scope=la`);
    expect((await own.text()).split('\n').slice(0, 2)).toEqual(['Theme,Concerns,Last year,Change', 'Siblings,5,[c],[c]']);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    expect((await download(advocate, `/api/reports/${reportId}/report.html`)).status).toBe(200);
    expect((await download(advocate, `/api/reports/${reportId}/report.html?scope=la`)).status).toBe(403);
    expect((await download(api.client(), `/api/reports/${reportId}/report.pdf`)).status).toBe(401);
    expect((await advocate.request(TestGenerateReportDocument, { year: 2025 })).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('a job left running by a stopped process is taken up again, and a bad year is refused', async () => {
    const queued = await commissioner.request(TestGenerateReportDocument, { year: 2024 });
    const jobId = queued.data?.generateAnnualReport.id ?? '';
    await api.dataSource.query(`UPDATE report_jobs SET status = 'RUNNING', heartbeat_at = now() - interval '5 minutes', attempts = 1 WHERE id = $1`, [jobId]);
    expect(await api.app.get(ReportJobsService).runOnce()).toBe(1);
    expect(await api.dataSource.query(`SELECT status, attempts FROM report_jobs WHERE id = $1`, [jobId])).toEqual([{ status: 'DONE', attempts: 2 }]);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-03-31T12:00:00Z'));
    const bad = await commissioner.request(TestGenerateReportDocument, { year: 2026 });
    jest.restoreAllMocks();
    expect(bad.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Choose a reporting year from the one starting 1 April 2015 to the latest, 1 April 2025 to 31 March 2026.'],
    ]);
  });

  it('generates the current year to date, provisional, to the London date it runs on, and says so in the HTML, PDF and CSV', async () => {
    const worker = api.app.get(ReportJobsService);
    while ((await worker.runOnce()) > 0);
    // 23:30 UTC on 15 June 2026 is 00:30 BST on 16 June in London: the year to date ends on the 16th.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-06-15T23:30:00Z'));
    try {
      const queued = await commissioner.request(TestGenerateReportDocument, { year: 2026 });
      expect(queued.errors).toEqual([]);
      expect(await worker.runOnce()).toBe(1);
      const complete = await commissioner.request(TestGenerateReportDocument, { year: 2025 });
      expect(await worker.runOnce()).toBe(1);

      const ytdId = (await commissioner.request(TestReportJobDocument, { id: queued.data?.generateAnnualReport.id ?? '' })).data?.reportJob.reportId ?? '';
      const ytd = await commissioner.request(ReportJobsAnnualReportPeriodDocument, { id: ytdId });
      expect(ytd.data?.annualReport).toEqual({ id: ytdId, year: 2026, periodStart: '2026-04-01', periodEnd: '2026-06-16', provisional: true });
      const wholeId = (await commissioner.request(TestReportJobDocument, { id: complete.data?.generateAnnualReport.id ?? '' })).data?.reportJob.reportId ?? '';
      const whole = await commissioner.request(ReportJobsAnnualReportPeriodDocument, { id: wholeId });
      expect(whole.data?.annualReport).toEqual({ id: wholeId, year: 2025, periodStart: '2025-04-01', periodEnd: '2026-03-31', provisional: false });

      const html = await (await download(commissioner, `/api/reports/${ytdId}/report.html`)).text();
      expect(html).toContain('<p class="period">England · year to date 1 April 2026 to 16 June 2026</p>');
      expect(html).toContain('<p><strong>Provisional: 1 April 2026 to 16 June 2026</strong></p>');
      expect(html).toContain('means the same days a year before: 1 April 2025 to 16 June 2025.');
      const pdf = await download(commissioner, `/api/reports/${ytdId}/report.pdf`);
      expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="heard-annual-report-2026-year-to-date.pdf"');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 8)
          .toString('latin1'),
      ).toBe('%PDF-1.7');
      const csv = await download(commissioner, `/api/reports/${ytdId}/tables/stages.csv`);
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="heard-2026-year-to-date-stages.csv"');
      expect((await csv.text()).split('\n').slice(0, 2)).toEqual(['Provisional: 1 April 2026 to 16 June 2026', 'Stage,Concerns']);
      expect((await (await download(commissioner, `/api/reports/${wholeId}/tables/stages.csv`)).text()).split('\n')[0]).toBe('Stage,Concerns');

      const refused = await commissioner.request(TestGenerateReportDocument, { year: 2027 });
      expect(refused.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'year']]);
    } finally {
      jest.restoreAllMocks();
    }
  });
});

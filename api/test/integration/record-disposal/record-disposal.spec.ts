import {
  DisposalChildReadDocument,
  DisposalDpoChildrenDocument,
  DisposalDueDocument,
  DisposalRegisterDocument,
  RetentionPlaceHoldDocument,
  RetentionRecordDeathDocument,
} from '@heard/graphql-types/testing';
import { DataSource } from 'typeorm';
import { Clock } from '../../../src/common/clock';
import { DISPOSAL_REGISTRY } from '../../../src/modules/record-disposal/disposal-registry';
import { RecordDisposalJob } from '../../../src/modules/record-disposal/record-disposal.job';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { ReportGeneratorService } from '../../../src/modules/reports/report-generator.service';
import type { AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { reportDataset } from '../../support/report-dataset';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

/**
 * Retention that runs, on the annual report's 2025 dataset: the child born on 1 January 2014 (two meetings, a
 * concern that reached court) died on 1 October 2025, so their record is kept until 1 October 2040; the child born
 * on 1 January 2008 died on 1 June 2025, aged 17, and their record is on legal hold.
 */
describe('records are disposed of after their retention date, keeping the published figures', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  let dpo: GraphqlTestClient;
  let disposed: string;
  let held: string;
  let today = '2041-01-02';

  const job = () => api.app.get(RecordDisposalJob);
  const figures = () => api.app.get(ReportFiguresService).figures(api.app.get(DataSource).manager, 2025, fx.laId);
  const query = <T>(sql: string, params: unknown[] = []) => api.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    api = await startTestApp();
    jest.spyOn(Clock.prototype, 'today').mockImplementation(() => today);
    const dataset = await reportDataset(api);
    fx = dataset.fx;
    [disposed, held] = [dataset.children[2] ?? '', dataset.children[4] ?? ''];
    manager = await fx.signIn(fx.managerEmail);
    dpo = await fx.signIn(fx.dpoEmail);
    for (const [childId, dateOfDeath] of [
      [disposed, '2025-10-01'],
      [held, '2025-06-01'],
    ] as const) {
      const recorded = await manager.request(RetentionRecordDeathDocument, { input: { childId, dateOfDeath } });
      if (recorded.errors.length > 0) throw new Error(recorded.errors[0]?.message);
    }
    await manager.request(RetentionPlaceHoldDocument, { input: { childId: held, reason: 'Inquiry into the placement' } });
    const userId = (await query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail]))[0]?.id;
    await query(
      `INSERT INTO record_corrections (child_id, item_kind, item_id, kind, text, recorded_by_user_id, recorded_by_role, recorded_at) VALUES ($1, 'CHILD_DETAILS', $1, 'CORRECTION', 'My name is spelt wrongly', $2, 'LA_MANAGER', now())`,
      [disposed, userId],
    );
    await query(
      `INSERT INTO child_views (meeting_id, kind, text, shareable, recorded_by_user_id) SELECT id, 'TO_RAISE', 'I want to see my sister', false, $2 FROM meetings WHERE child_id = $1`,
      [disposed, userId],
    );
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  it('every table with a foreign key to children has a decision in the registry', async () => {
    const referencing = await query<{ table: string }>(
      `SELECT DISTINCT conrelid::regclass::text AS table FROM pg_constraint WHERE contype = 'f' AND confrelid = 'children'::regclass ORDER BY 1`,
    );
    const decided = new Set(DISPOSAL_REGISTRY.map((step) => step.table));
    expect(referencing.map((r) => r.table).filter((table) => !decided.has(table))).toEqual([]);
    expect(DISPOSAL_REGISTRY.filter((step) => step.reason.length < 10)).toEqual([]);
  });

  it('gives notice first, waits the whole notice period, honours the hold, then disposes of the record once', async () => {
    const before = await figures();
    const published = await api.app.get(ReportGeneratorService).generate(2025, async () => undefined);
    await query(
      `INSERT INTO annual_reports (year, version, checksum, generated_by_user_id, national, by_local_authority)
       SELECT 2025, (SELECT COALESCE(max(version), 0) + 1 FROM annual_reports WHERE year = 2025), $1, id, $2, $3 FROM users WHERE email = $4`,
      [published.checksum, JSON.stringify(published.national), JSON.stringify(published.byLocalAuthority), DEMO.commissioner],
    );
    const stored = await query<unknown>(`SELECT * FROM annual_reports ORDER BY id`);

    expect(await job().runOnce()).toBe(0);
    const due = (await dpo.request(DisposalDueDocument)).data?.recordsDueForDisposal;
    const byId = new Map(due?.map((d) => [d.childId, d]));
    expect(byId.get(disposed)).toMatchObject({
      retainUntil: '2040-10-01',
      status: 'IN_NOTICE',
      legalHold: false,
      noticeGivenOn: '2041-01-02',
      disposableFrom: '2041-04-02',
      explanation:
        'The child died before their 18th birthday, so the record is kept for 15 years from the death, until 1 October 2040. It will be disposed of on or after 2 April 2041.',
    });
    expect(byId.get(held)).toMatchObject({ retainUntil: '2040-06-01', status: 'IN_NOTICE', legalHold: true, noticeGivenOn: '2041-01-02' });
    const notices = await query<{ message: string; link: string }>(
      `SELECT message, link FROM notifications WHERE kind = 'RECORD_DUE_FOR_DISPOSAL' AND dedupe_key LIKE $1`,
      [`disposal-notice:${disposed}:%`],
    );
    expect(notices.map((n) => n.link)).toEqual(['/data-protection/records-due-for-disposal']);

    today = '2041-04-01';
    expect(await job().runOnce()).toBe(0);
    today = '2041-04-02';
    // Two passes at once (as two API processes would run them): the row locks let each record be disposed of by one
    // pass only (other suites' records due by now are disposed of too, which must leave the figures unchanged as well).
    const registered = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM record_disposals`))[0]?.n ?? 0;
    const before2 = await registered();
    const passes = await Promise.all([job().runOnce(), job().runOnce()]);
    expect(passes[0] + passes[1]).toBe((await registered()) - before2);
    expect(await job().runOnce()).toBe(0);
    expect(
      await query(`SELECT child_id, rule, to_char(notice_given_on, 'YYYY-MM-DD') AS notice FROM record_disposals WHERE local_authority_id = $1`, [fx.laId]),
    ).toEqual([{ child_id: disposed, rule: 'FIFTEEN_YEARS_AFTER_DEATH', notice: '2041-01-02' }]);
    expect((await dpo.request(DisposalDueDocument)).data?.recordsDueForDisposal.find((d) => d.childId === held)).toMatchObject({
      status: 'ON_HOLD',
      legalHold: true,
    });

    expect(await figures()).toEqual(before);
    const again = await api.app.get(ReportGeneratorService).generate(2025, async () => undefined);
    expect(again.checksum).toBe(published.checksum);
    expect(await query<unknown>(`SELECT * FROM annual_reports ORDER BY id`)).toEqual(stored);
  });

  it('leaves no name, date of birth or words, and no read path finds the record', async () => {
    const [child] = await query<Record<string, unknown>>(
      `SELECT given_name, family_name, preferred_name, la_child_ref, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, first_language, disposed_at IS NOT NULL AS disposed FROM children WHERE id = $1`,
      [disposed],
    );
    expect(child).toEqual({
      given_name: '',
      family_name: '',
      preferred_name: null,
      la_child_ref: `disposed-${disposed}`,
      dob: '2014-01-01',
      first_language: null,
      disposed: true,
    });
    const words = await query<{ n: number }>(
      `SELECT (SELECT count(*) FROM record_corrections WHERE child_id = $1)::int + (SELECT count(*) FROM child_views v JOIN meetings m ON m.id = v.meeting_id WHERE m.child_id = $1 AND v.text <> '')::int
            + (SELECT count(*) FROM concerns WHERE child_id = $1 AND (what_is_wrong <> '' OR child_wants <> ''))::int
            + (SELECT count(*) FROM concern_events e JOIN concerns k ON k.id = e.concern_id WHERE k.child_id = $1 AND (e.answer IS NOT NULL OR e.asked IS NOT NULL))::int
            + (SELECT count(*) FROM child_deaths WHERE child_id = $1)::int + (SELECT count(*) FROM meeting_actions WHERE child_id = $1 AND what <> '')::int AS n`,
      [disposed],
    );
    expect(words).toEqual([{ n: 0 }]);
    expect((await manager.request(DisposalChildReadDocument, { id: disposed })).errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const dpoList = (await dpo.request(DisposalDpoChildrenDocument)).data?.dataProtectionChildren.children.map((c) => c.childId) ?? [];
    expect([dpoList.includes(disposed), dpoList.includes(held)]).toEqual([false, true]);
    const audit = await query<{ action: string; actor_role: string | null; details: Record<string, unknown> }>(
      `SELECT action, actor_role, details FROM audit_log WHERE $1 = ANY(child_ids) AND action LIKE 'retention.dispos%' ORDER BY id`,
      [disposed],
    );
    expect(audit.filter((a) => a.action !== 'retention.disposal_due_listed').map((a) => [a.action, a.actor_role, Object.keys(a.details).sort()])).toEqual([
      ['retention.disposal_notice_given', null, ['rule']],
      ['retention.disposed', null, ['disposalId', 'rule']],
    ]);
  });

  it('the register shows what was done to each table, with no personal data; the runtime role cannot change it', async () => {
    const register = (await dpo.request(DisposalRegisterDocument)).data?.recordDisposals ?? [];
    expect(register.map((r) => [r.childId, r.rule, r.noticeGivenOn])).toEqual([[disposed, 'FIFTEEN_YEARS_AFTER_DEATH', '2041-01-02']]);
    const counts = Object.fromEntries((register[0]?.counts ?? []).map((c) => [c.table, [c.anonymised, c.deleted]]));
    expect(counts).toMatchObject({
      children: [1, 0],
      meetings: [2, 0],
      child_views: [2, 0],
      child_deaths: [0, 1],
      record_corrections: [0, 1],
      concerns: [1, 0],
    });
    await expect(api.dataSource.query(`DELETE FROM record_disposals`)).rejects.toThrow(/permission denied/);
    await expect(api.dataSource.query(`SELECT dispose_append_only_rows($1)`, [held])).rejects.toThrow(/only a disposed record/);
    const otherDpo = api.client();
    await otherDpo.login(DEMO.dpo, DEMO.password);
    expect((await otherDpo.request(DisposalRegisterDocument)).data?.recordDisposals.filter((r) => r.childId === disposed)).toEqual([]);
    expect((await otherDpo.request(DisposalDueDocument)).data?.recordsDueForDisposal.filter((r) => [disposed, held].includes(r.childId))).toEqual([]);
    for (const refused of [manager, await fx.signIn(fx.advocates[0]?.email ?? '')]) {
      expect((await refused.request(DisposalDueDocument)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await refused.request(DisposalRegisterDocument)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const refusals = await query<{ actor_role: string; operation: string }>(
      `SELECT actor_role, operation FROM audit_log WHERE action = 'access.refused' AND operation LIKE 'query record%Disposal%' AND actor_user_id IN (SELECT id FROM users WHERE email = ANY($1)) ORDER BY id`,
      [[fx.managerEmail, fx.advocates[0]?.email ?? '']],
    );
    expect(refusals.map((r) => r.actor_role)).toEqual(['LA_MANAGER', 'LA_MANAGER', 'ADVOCATE', 'ADVOCATE']);
  });
});

import { buildReport, cellText, type ReportModel } from '@heard/report';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * The child's voice, safeguarding and children's court requests in the reporting year 2025 (1 April 2025 to 31 March
 * 2026, which ends in BST: 23:00 UTC), seeded in a fresh LA with known answers worked out by hand below.
 */
describe('annual report: the child’s voice, safeguarding and court requests', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 10 }]);
    await seed(api, fx);
  });
  afterAll(() => api.close());

  const figures = (year: number) => api.app.get(ReportFiguresService).figures(api.dataSource.manager, year, fx.laId);

  it('computes each measure for the LA at the end of the year', async () => {
    const f = await figures(2025);
    expect({
      contactStandard: f.contactStandard,
      lastHeard: f.lastHeard,
      youSaidWeDid: f.youSaidWeDid,
      childMessages: f.childMessages,
      safeguarding: f.safeguarding,
      courtRequests: f.courtRequests,
    }).toEqual({
      // c1 heard 11 days before, c3 late on the last day (0 days): within; c2 (49 days), c4 (never heard, offer due long ago)
      // and c5 (85 days; heard again only after the year) past; c6's advocacy ended in February, so not counted.
      contactStandard: { within: 2, past: 3 },
      lastHeard: { heard: 4, medianDays: 11 },
      youSaidWeDid: { done: 1, partly: 1, notDone: 1, open: 2 },
      childMessages: { inTime: 1, late: 1, notReplied: 1 },
      safeguarding: { onTime: 1, late: 1, notAcknowledged: 2, escalated: 2, medianHoursToAcknowledge: 1.5 },
      courtRequests: { attended: 1, couldNotAttend: 1, notRecorded: 1 },
    });
  });

  it('counts the year before on its own days', async () => {
    const f = await figures(2024);
    expect([f.youSaidWeDid, f.childMessages, f.courtRequests, f.safeguarding.onTime + f.safeguarding.late + f.safeguarding.notAcknowledged]).toEqual([
      { done: 1, partly: 0, notDone: 0, open: 0 },
      { inTime: 1, late: 0, notReplied: 0 },
      { attended: 0, couldNotAttend: 0, notRecorded: 1 },
      0,
    ]);
    // On 31 March 2025 no child had yet entered care in this LA.
    expect([f.contactStandard, f.lastHeard]).toEqual([
      { within: 0, past: 0 },
      { heard: 0, medianDays: null },
    ]);
  });

  it('publishes the LA’s sections suppressed: every count here is 1 to 4, and so is the total of 5 above them', async () => {
    const model = buildReport({ year: 2025, scope: 'Test LA', threshold: 4, current: await figures(2025), previous: await figures(2024) });
    const rows = (m: ReportModel, id: string) =>
      m.sections
        .flatMap((s) => s.tables)
        .find((t) => t.id === id)
        ?.rows.map((row) => row.map(cellText));
    expect(rows(model, 'contact-standard')).toEqual([
      ['Within the standard', '[c]', '[c]', '0', ''],
      ['Past the standard', '[c]', '[c]', '0', ''],
      ['Children with an advocate', '[c]', '[c]', '0', ''],
    ]);
    expect(rows(model, 'last-heard')).toEqual([
      ['This year', '[c]', '[c]'],
      ['Last year', '0', ''],
    ]);
    expect(rows(model, 'safeguarding-hours')).toEqual([
      ['This year', '[c]'],
      ['Last year', ''],
    ]);
    expect(rows(model, 'court-requests')).toEqual([
      ['The advocate attended', '[c]', '0'],
      ['The advocate could not attend', '[c]', '0'],
      ['Not yet recorded', '[c]', '[c]'],
      ['Requests', '[c]', '[c]'],
    ]);
  });
});

async function seed(api: TestApp, fx: AdvocacyFixture): Promise<void> {
  const manager = await fx.signIn(fx.managerEmail);
  const children: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const r = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-04-10', newChild: newChild({ dateOfBirth: '2012-05-05' }) },
    });
    if (r.errors.length > 0) throw new Error(r.errors[0]?.message);
    children.push(r.data?.recordTriggerEvent.child.id ?? '');
  }
  const [c1, c2, c3, c4, c5, c6] = children as [string, string, string, string, string, string];
  const db = api.dataSource;
  const id = async (sql: string, params: unknown[]): Promise<string> => ((await db.query(sql, params)) as Array<{ id: string }>)[0]?.id ?? '';
  const advocate = fx.advocates[0]?.userId ?? '';
  const managerUser = await id(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail]);
  const active = (await db.query(`SELECT count(*)::int AS n FROM assignments WHERE child_id = ANY($1::uuid[]) AND ended_on IS NULL`, [children])) as Array<{
    n: number;
  }>;
  if (active[0]?.n !== 6) throw new Error(`expected 6 assignments, found ${String(active[0]?.n)}`);
  await db.query(`UPDATE assignments SET started_on = '2025-04-10' WHERE child_id = ANY($1::uuid[])`, [children]);
  await db.query(`UPDATE assignments SET ended_on = '2026-02-01', end_reason = 'ADVOCATE_LEFT' WHERE child_id = $1`, [c6]);

  const contact = (child: string, at: string, views = true) =>
    db.query(`INSERT INTO child_contacts (child_id, advocate_user_id, kind, occurred_at, views_recorded) VALUES ($1, $2, 'VISIT', $3, $4)`, [
      child,
      advocate,
      at,
      views,
    ]);
  await contact(c1, '2026-03-20T10:00:00Z');
  await contact(c2, '2026-02-10T10:00:00Z');
  await contact(c3, '2026-03-31T22:30:00Z'); // 23:30 BST on 31 March
  await contact(c4, '2026-03-25T10:00:00Z', false);
  await contact(c5, '2026-01-05T10:00:00Z');
  await contact(c5, '2026-04-02T10:00:00Z');
  await contact(c6, '2026-03-30T10:00:00Z');

  const chair = await id(`INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Chair', 'TEAM_MANAGER', true) RETURNING id`, [
    fx.laId,
  ]);
  const meeting = (child: string, heldOn: string) =>
    id(
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, $2, 'Office', $3, 'COMPLETED', $2, 'PN1', $4) RETURNING id`,
      [child, heldOn, chair, managerUser],
    );
  const view = async (meetingId: string, outcome: string | null) => {
    const v = await id(
      `INSERT INTO child_views (meeting_id, kind, text, shareable, recorded_by_user_id) VALUES ($1, 'TO_RAISE', 'I want', true, $2) RETURNING id`,
      [meetingId, advocate],
    );
    if (outcome !== null)
      await db.query(
        `INSERT INTO child_view_outcomes (view_id, raised_at_meeting_id, outcome, reason, updated_by_user_id, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
        [v, meetingId, outcome, outcome === 'PARTLY' || outcome === 'NOT_DONE' ? 'Because' : null, advocate],
      );
  };
  const m1 = await meeting(c1, '2025-11-10');
  for (const outcome of ['DONE', 'PARTLY', 'NOT_DONE', 'OPEN', null]) await view(m1, outcome);
  await view(await meeting(c2, '2025-03-15'), 'DONE');

  const link = await id(`INSERT INTO child_channel_links (child_id, token_hash, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`, [
    c1,
    `report-${c1}`,
    advocate,
  ]);
  const message = (sentAt: string, dueAt: string, repliedAt: string | null) =>
    db.query(
      `INSERT INTO child_channel_messages (child_id, link_id, kind, text, sent_at, reply_due_at, replied_at, replied_by_user_id, reply_method) VALUES ($1, $2, 'MESSAGE', 'Hello', $3, $4, $5, $6, $7)`,
      [c1, link, sentAt, dueAt, repliedAt, repliedAt === null ? null : advocate, repliedAt === null ? null : 'CALL'],
    );
  await message('2025-12-01T10:00:00Z', '2025-12-02T10:00:00Z', '2025-12-02T09:00:00Z');
  await message('2025-12-05T10:00:00Z', '2025-12-08T10:00:00Z', '2025-12-08T11:00:00Z');
  await message('2026-03-31T15:00:00Z', '2026-04-01T15:00:00Z', null);
  await message('2026-03-31T23:30:00Z', '2026-04-01T23:30:00Z', null); // 00:30 BST on 1 April: the next year
  await message('2025-03-31T22:30:00Z', '2025-04-01T22:30:00Z', '2025-04-01T08:00:00Z'); // 23:30 BST on 31 March 2025: the year before

  const concern = (child: string) =>
    id(
      `INSERT INTO concerns (child_id, local_authority_id, raised_by_user_id, what_is_wrong, child_wants, themes, raised_on, stage, status, stage_entered_on, version)
       VALUES ($1, $2, $3, 'Wrong', 'Wants', '{SAFETY}', '2025-10-01', 'INFORMAL', 'OPEN', '2025-10-01', 1) RETURNING id`,
      [child, fx.laId, advocate],
    );
  const alert = async (raisedAt: string, dueAt: string, acknowledgedAt: string | null, escalatedAt: string | null) =>
    db.query(
      `INSERT INTO safeguarding_alerts (concern_id, local_authority_id, raised_at, due_at, acknowledged_at, acknowledged_by_user_id, escalated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [await concern(c2), fx.laId, raisedAt, dueAt, acknowledgedAt, acknowledgedAt === null ? null : managerUser, escalatedAt],
    );
  await alert('2025-10-06T09:00:00Z', '2025-10-06T16:30:00Z', '2025-10-06T10:30:00Z', null);
  await alert('2025-10-07T09:00:00Z', '2025-10-07T16:30:00Z', '2025-10-07T18:00:00Z', '2025-10-07T16:31:00Z');
  await alert('2025-10-08T09:00:00Z', '2025-10-08T16:30:00Z', null, '2025-10-08T16:31:00Z');
  await alert('2026-03-31T14:00:00Z', '2026-03-31T16:30:00Z', null, null);

  const events = async (list: Array<[string, string, Record<string, boolean>]>) => {
    const k = await concern(c3);
    for (const [i, [kind, at, details]] of list.entries())
      await db.query(
        `INSERT INTO concern_events (concern_id, sequence, kind, stage, actor_user_id, actor_role, at, details, audience) VALUES ($1, $2, $3, 'COURT', $4, 'ADVOCATE', $5, $6, '{ADVOCATE}')`,
        [k, i + 1, kind, advocate, at, JSON.stringify(details)],
      );
  };
  await events([
    ['CHILD_COURT_REQUEST', '2025-11-01T10:00:00Z', {}],
    ['ADVOCATE_AT_HEARING', '2025-11-20T10:00:00Z', { attended: true }],
  ]);
  await events([
    ['CHILD_COURT_REQUEST', '2025-12-01T10:00:00Z', {}],
    ['ADVOCATE_AT_HEARING', '2025-12-10T10:00:00Z', { attended: false }],
  ]);
  await events([['CHILD_COURT_REQUEST', '2026-01-10T10:00:00Z', {}]]);
  await events([['CHILD_COURT_REQUEST', '2025-03-10T10:00:00Z', {}]]);
}

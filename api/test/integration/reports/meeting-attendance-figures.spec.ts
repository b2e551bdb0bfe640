import { buildReport, cellText } from '@heard/report';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Held {
  heldOn: string;
  code: string;
  venue: string | null;
  firstSentOn: string | null;
}

/**
 * Children attending their meetings in the reporting year 2025, by venue and by the notice the invitations gave, in a
 * fresh LA: five meetings held in the year, one after it and one never held, with the answers worked out by hand.
 */
describe('annual report: attendance by venue and by notice given', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 10 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const db = api.dataSource;
    const [chair] = (await db.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Chair', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const [user] = (await db.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as Array<{ id: string }>;
    const meetings: Held[][] = [
      // Tuesday 27 May to Tuesday 10 June 2025: 10 working days. Attended (PN1).
      [
        { heldOn: '2025-06-10', code: 'PN1', venue: 'CHILDS_HOME', firstSentOn: '2025-05-27' },
        { heldOn: '2026-04-14', code: 'PN1', venue: 'CHILDS_HOME', firstSentOn: '2026-03-20' },
      ],
      // 19 to 26 August 2025 over the summer bank holiday (Monday 25 August): 4 working days, not 5. Absent (PN5).
      [{ heldOn: '2025-08-26', code: 'PN5', venue: 'SCHOOL', firstSentOn: '2025-08-19' }],
      // Friday 5 to Monday 15 September 2025: 6 working days. Attended, the advocate speaking (PN2).
      [{ heldOn: '2025-09-15', code: 'PN2', venue: 'SCHOOL', firstSentOn: '2025-09-05' }],
      // No logistics recorded in Heard. Attended without contributing (PN4).
      [{ heldOn: '2025-11-04', code: 'PN4', venue: null, firstSentOn: null }],
      // 1 to 9 December 2025: 6 working days. Under 4 (PN0): not counted as attending.
      [{ heldOn: '2025-12-09', code: 'PN0', venue: 'ONLINE', firstSentOn: '2025-12-01' }],
    ];
    for (const [i, held] of meetings.entries()) {
      const trigger = await manager.request(RECORD_TRIGGER, {
        input: { kind: 'ENTERED_CARE', occurredOn: '2025-04-07', newChild: newChild({ givenName: `Child ${i}` }) },
      });
      const childId = trigger.data?.recordTriggerEvent.child.id;
      if (childId === undefined) throw new Error(`trigger failed: ${trigger.text}`);
      for (const m of held) {
        const [meeting] = (await db.query(
          `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, scheduled_by_user_id, status, held_on, participation_code)
           VALUES ($1, $2, 'Venue', $3, $4, 'HELD', $2, $5) RETURNING id`,
          [childId, m.heldOn, chair?.id, user?.id, m.code],
        )) as Array<{ id: string }>;
        if (m.venue !== null)
          await db.query(
            `INSERT INTO meeting_logistics (meeting_id, start_time, length_minutes, venue_kind, venue_details, invitations_first_sent_on) VALUES ($1, '10:00', 60, $2, 'Details', $3)`,
            [meeting?.id, m.venue, m.firstSentOn],
          );
      }
      // A meeting scheduled but never held is not counted.
      await db.query(`INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, scheduled_by_user_id) VALUES ($1, '2025-10-01', 'Venue', $2, $3)`, [
        childId,
        chair?.id,
        user?.id,
      ]);
    }
  });
  afterAll(() => api.close());

  const figures = (year: number) => api.app.get(ReportFiguresService).figures(api.dataSource.manager, year, fx.laId);

  it('counts the meetings held in the year and the children attending, by venue and by notice band', async () => {
    const f = await figures(2025);
    expect(f.attendanceByVenue).toEqual([
      { venue: 'CHILDS_HOME', held: 1, attended: 1 },
      { venue: 'NOT_RECORDED', held: 1, attended: 1 },
      { venue: 'ONLINE', held: 1, attended: 0 },
      { venue: 'SCHOOL', held: 2, attended: 1 },
    ]);
    expect(f.attendanceByNotice).toEqual([
      { band: '10_OR_MORE_WORKING_DAYS', held: 1, attended: 1 },
      { band: '5_TO_9_WORKING_DAYS', held: 2, attended: 1 },
      { band: 'NOT_RECORDED', held: 1, attended: 1 },
      { band: 'UNDER_5_WORKING_DAYS', held: 1, attended: 0 },
    ]);
    expect((await figures(2026)).attendanceByVenue).toEqual([{ venue: 'CHILDS_HOME', held: 1, attended: 1 }]);
  });

  it('publishes them suppressed: every count from 1 to 4 is [c], and so is the total of 5 over them', async () => {
    const model = buildReport({ year: 2025, scope: 'Test LA', threshold: 4, current: await figures(2025), previous: await figures(2024) });
    const rows = (id: string) =>
      model.sections
        .flatMap((s) => s.tables)
        .find((t) => t.id === id)
        ?.rows.map((r) => r.map(cellText));
    expect(rows('attendance-notice')).toEqual([
      ['Less than 5 working days', '[c]', '0', '[c]'],
      ['5 to 9 working days', '[c]', '[c]', '[c]'],
      ['10 working days or more', '[c]', '[c]', '[c]'],
      ['Not recorded', '[c]', '[c]', '[c]'],
      ['Total', '[c]', '[c]', '[c]'],
    ]);
  });
});

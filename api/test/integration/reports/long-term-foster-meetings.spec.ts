import { MeetingsNextDueRuleDocument } from '@heard/graphql-types/testing';
import { nextMeetingDue, WorkingDayCalendar } from '@heard/domain';
import { DataSource } from 'typeorm';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Meetings held for a child in care since 8 January 2024: the first two on time, the third 11 months after the second. */
const HELD = ['2024-02-05', '2024-05-03', '2025-04-04'];
const START = '2024-01-08';

describe('the report judges meetings by the domain’s schedule, yearly for a child settled in long-term foster care', () => {
  let api: TestApp;
  let laId: string;
  let fx: Awaited<ReturnType<typeof advocacyFixture>>;
  const children = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    laId = fx.laId;
    const db = api.dataSource;
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await db.query(sql, params)) as Array<{ id: string }>)[0]?.id ?? '';
    const chair = await one(`INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Chair', 'TEAM_MANAGER', true) RETURNING id`, [
      laId,
    ]);
    const userId = await one(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail]);
    for (const [ref, placement] of [
      ['LTF-U4', 'U4'],
      ['LTF-U6', 'U6'],
    ] as const) {
      const child = await one(
        `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth, placement_type) VALUES ($1, $2, 'Foster', 'Child', '2014-03-01', $3) RETURNING id`,
        [laId, `${ref}-${Date.now()}`, placement],
      );
      children.set(placement, child);
      await db.query(`INSERT INTO care_episodes (child_id, start_date, reason_new_episode, legal_status, placement_type) VALUES ($1, $2, 'S', 'C2', $3)`, [
        child,
        START,
        placement,
      ]);
      for (const heldOn of HELD) {
        await db.query(
          `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, $2, 'Office', $3, 'COMPLETED', $2, 'PN1', $4)`,
          [child, heldOn, chair, userId],
        );
      }
    }
  });
  afterAll(() => api.close());

  it('counts the third meeting on time for the child placed long-term (U4), late for the child who is not (U6)', async () => {
    const figures = await api.app.get(ReportFiguresService).figures(api.app.get(DataSource).manager, 2025, laId);
    expect(figures.meetings).toEqual({ held: 2, onTime: 1 });
  });

  it('agrees with nextMeetingDue, which the meeting pages use', () => {
    const calendar = api.app.get(WorkingDayCalendar);
    const due = (settled: string | null) =>
      nextMeetingDue(calendar, { periodOfCareStart: START, heldOn: HELD.slice(0, 2), settledLongTermFosterSince: settled });
    expect([due(START).rule, due(START).dueOn >= '2025-04-04']).toEqual(['YEARLY_LONG_TERM_FOSTER', true]);
    expect([due(null).rule, due(null).dueOn >= '2025-04-04']).toEqual(['EVERY_6_MONTHS', false]);
  });

  it('gives the LA manager the same schedule on the child: yearly for U4, six-monthly for U6', async () => {
    const manager = await fx.signIn(fx.managerEmail);
    const rule = async (placement: string) =>
      (await manager.request(MeetingsNextDueRuleDocument, { id: children.get(placement) ?? '' })).data?.nextMeetingDue?.rule;
    expect([await rule('U4'), await rule('U6')]).toEqual(['YEARLY_LONG_TERM_FOSTER', 'EVERY_6_MONTHS']);
  });
});

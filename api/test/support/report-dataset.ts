import { QUALITY_STANDARDS } from '@heard/domain';
import { type OfferOutcome, ReportDatasetOptBackInDocument, ReportDatasetOutcomeDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from './advocacy-fixture';
import type { TestApp } from './test-app';

/**
 * A dataset with known counts for the reporting year 2025 (1 April 2025 to 31 March 2026) in a
 * fresh LA, built through the API where it matters (children, assignments, offers, decisions)
 * and by SQL for the rest. The expected figures are worked out by hand in reports.spec.ts.
 */
export async function reportDataset(api: TestApp): Promise<{ fx: AdvocacyFixture; children: string[] }> {
  const fx = await advocacyFixture(api, [{ cap: 10 }]);
  const manager = await fx.signIn(fx.managerEmail);
  const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
  const births = ['2022-06-01', '2018-01-01', '2014-01-01', '2011-01-01', '2008-01-01', '2012-05-05'];
  const children: string[] = [];
  const offers: string[] = [];
  for (const dateOfBirth of births) {
    const r = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-04-10', newChild: newChild({ dateOfBirth }) } });
    children.push(r.data?.recordTriggerEvent.child.id ?? '');
    offers.push(r.data?.recordTriggerEvent.child.currentOffer?.id ?? '');
  }
  const answers: Array<[number, OfferOutcome, string]> = [
    [0, 'ACCEPTED', '2025-04-14'],
    [1, 'ACCEPTED', '2025-04-14'],
    [2, 'ACCEPTED', '2025-04-15'],
    [3, 'OPTED_OUT', '2025-04-22'],
    [4, 'ACCEPTED', '2025-04-16'],
  ];
  for (const [i, outcome, decidedOn] of answers) {
    const result = await advocate.request(ReportDatasetOutcomeDocument, {
      input: { offerId: offers[i] ?? '', outcome, decidedOn, ...(outcome === 'OPTED_OUT' ? { childWords: 'I do not want one now' } : {}) },
    });
    if (result.errors.length > 0) throw new Error(result.errors[0]?.message);
  }
  const backIn = await advocate.request(ReportDatasetOptBackInDocument, { input: { childId: children[3] ?? '', decidedOn: '2025-06-02' } });
  if (backIn.errors.length > 0) throw new Error(backIn.errors[0]?.message);

  const db = api.dataSource;
  const id = async (sql: string, params: unknown[]): Promise<string> => ((await db.query(sql, params)) as Array<{ id: string }>)[0]?.id ?? '';
  const [c1, c2, c3, c4, c5] = children as [string, string, string, string, string];
  const chair = await id(`INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Chair', 'TEAM_MANAGER', true) RETURNING id`, [
    fx.laId,
  ]);
  const userId = ((await db.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as Array<{ id: string }>)[0]?.id;
  const meeting = (child: string, heldOn: string, code: string) =>
    id(
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, $2, 'Office', $3, 'COMPLETED', $2, $4, $5) RETURNING id`,
      [child, heldOn, chair, code, userId],
    );
  const m1 = await meeting(c1, '2025-05-01', 'PN0');
  await meeting(c2, '2025-05-20', 'PN1');
  const m3a = await meeting(c3, '2025-05-01', 'PN2');
  const m3b = await meeting(c3, '2025-09-01', 'PN2');
  await meeting(c4, '2025-04-30', 'PN3');
  await meeting(c5, '2025-05-02', 'PN4');
  const action = (child: string, m: string, due: string, status: string, carry: number, reviewed: string | null) =>
    db.query(
      `INSERT INTO meeting_actions (child_id, meeting_id, what, owner, due_on, monitoring, status, carry_overs, last_reviewed_meeting_id) VALUES ($1, $2, 'Do it', 'SW', $3, 'Check', $4, $5, $6)`,
      [child, m, due, status, carry, reviewed],
    );
  await action(c3, m3a, '2025-08-15', 'DONE', 0, m3b);
  await action(c3, m3a, '2025-09-15', 'DONE', 0, m3b);
  await action(c3, m3a, '2025-07-01', 'OPEN', 2, m3b);
  await action(c1, m1, '2024-12-01', 'DONE', 0, null);

  const advocateUser = fx.advocates[0]?.userId;
  const concern = async (child: string, raisedOn: string, themes: string[], stage: string, status: string, events: Array<[string, string]>) => {
    const k = await id(
      `INSERT INTO concerns (child_id, local_authority_id, raised_by_user_id, what_is_wrong, child_wants, themes, raised_on, stage, status, stage_entered_on, reached_commissioner_on, version)
       VALUES ($1, $2, $3, 'Wrong', 'Wants', $4, $5, $6, $7, $5, CASE WHEN $6 IN ('CHILDRENS_COMMISSIONER', 'COURT') THEN $5::date END, 1) RETURNING id`,
      [child, fx.laId, advocateUser, themes, raisedOn, stage, status],
    );
    for (const [i, [kind, at]] of events.entries()) {
      await db.query(
        `INSERT INTO concern_events (concern_id, sequence, kind, stage, actor_user_id, actor_role, at, audience) VALUES ($1, $2, $3, $4, $5, 'ADVOCATE', $6, '{ADVOCATE}')`,
        [k, i + 1, kind, stage, advocateUser, `${at}T12:00:00Z`],
      );
    }
  };
  await concern(c1, '2025-05-01', ['SIBLINGS', 'EDUCATION'], 'TEAM_MANAGER', 'OPEN', []);
  await concern(c2, '2025-06-01', ['SIBLINGS'], 'CHILDRENS_COMMISSIONER', 'RESOLVED', [['RESOLVED', '2025-06-10']]);
  await concern(c3, '2025-06-02', ['SIBLINGS', 'SAFETY'], 'COURT', 'RESOLVED', [
    ['APPLIED_TO_COURT', '2025-06-04'],
    ['RESOLVED', '2025-06-05'],
  ]);
  await concern(c4, '2025-07-01', ['SIBLINGS'], 'INFORMAL', 'WITHDRAWN', [['WITHDRAWN', '2025-07-03']]);
  await concern(c5, '2025-07-01', ['SIBLINGS'], 'INFORMAL', 'OPEN', []);
  await concern(c1, '2024-05-01', ['SIBLINGS'], 'INFORMAL', 'OPEN', []);

  const home = await id(
    `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id) VALUES ('Report Home', 'P', 'p@example.org', $1, 'A', $2) RETURNING id`,
    [`R${Date.now()}`, fx.laId],
  );
  const judgements = QUALITY_STANDARDS.map((standard, i) => ({
    standard,
    judgement: i < 5 ? 'MET' : i < 7 ? 'PARTLY_MET' : i < 8 ? 'NOT_MET' : 'NOT_SEEN',
    evidence: 'e',
  }));
  const report = (visitOn: string | null) =>
    JSON.stringify({ visitOn, announced: true, childrenSpokenTo: [], staffSpokenTo: 's', recordsChecked: 'r', judgements, recommendations: [], followUps: [] });
  await db.query(`INSERT INTO home_visits (home_id, advocate_user_id, status, visit_on, report) VALUES ($1, $2, 'SUBMITTED', '2025-06-10', $3)`, [
    home,
    advocateUser,
    report('2025-06-10'),
  ]);
  await db.query(`INSERT INTO home_visits (home_id, advocate_user_id, status, visit_on, report) VALUES ($1, $2, 'DRAFT', NULL, $3)`, [
    home,
    advocateUser,
    report(null),
  ]);
  // Missing from care (as an import of the return's missing.csv would record them). Reporting year 2025: MISSING 5 episodes of
  // 3 children (c1 twice, c2, c4 twice), AWAY 2 of 2 (c1, c2 on the year's last day), 3 children in all; c3's are in 2024 and 2026.
  const missing: Array<[string, 'MISSING' | 'AWAY', string, string | null]> = [
    [c1, 'MISSING', '2025-04-10', '2025-04-11'],
    [c1, 'MISSING', '2025-09-01', '2025-09-03'],
    [c1, 'AWAY', '2025-12-20', '2025-12-20'],
    [c2, 'MISSING', '2025-05-05', null],
    [c2, 'AWAY', '2026-03-31', '2026-04-02'],
    [c3, 'MISSING', '2025-03-31', '2025-04-01'],
    [c3, 'MISSING', '2026-04-01', null],
    [c4, 'MISSING', '2025-06-01', '2025-06-02'],
    [c4, 'MISSING', '2025-07-01', '2025-07-01'],
  ];
  for (const [child, kind, startedOn, endedOn] of missing)
    await db.query(`INSERT INTO missing_episodes (child_id, kind, started_on, ended_on) VALUES ($1, $2, $3, $4)`, [child, kind, startedOn, endedOn]);
  return { fx, children };
}

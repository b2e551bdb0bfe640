import { AdvocateInputsMigrationHoldDocument, AdvocateInputsMigrationScheduleDocument } from '@heard/graphql-types/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import { AdvocateInputs1795440100000 } from '../../../src/database/migrations/1795440100000-advocate-inputs';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = AdvocateInputsMigrationScheduleDocument;
const HOLD = AdvocateInputsMigrationHoldDocument;

/**
 * The migration moves what the chair typed into the advocate's tables, honestly marked, and keeps
 * each decision linked. Run on a transaction that is rolled back, so the database is left as it was.
 */
describe('database: the advocate-inputs migration moves the chair-typed data over', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('turns typed advocate input into marked advocate inputs linked to their decisions, and keeps self-representation with who recorded it', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const advocate = fx.advocates[0];
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const meetings: string[] = [];
    for (const scheduledOn of ['2025-01-20', '2025-01-27', '2025-01-30']) {
      const id =
        (await manager.request(SCHEDULE, { input: { childId, scheduledOn, place: 'Centre', chairStaffId: chair?.id, invitees: [] } })).data?.scheduleMeeting
          .id ?? '';
      await manager.request(HOLD, { input: { meetingId: id, heldOn: scheduledOn, attendees: ['Tess Manager'], participationCode: 'PN1' } });
      meetings.push(id);
    }
    const [typedAt, tickedAt, viewAt] = meetings;
    const [managerUser] = (await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as Array<{ id: string }>;
    const migration = new AdvocateInputs1795440100000();
    // Migrations run as the owner of the tables (requests run as a role that may not alter them).
    const owner = new DataSource(dataSourceOptions(api.ownerUrl));
    await owner.initialize();
    const runner = owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO meeting_decisions (meeting_id, text, significant, advocate_input, recorded_by_user_id, recorded_at) VALUES
        ($1, 'Move placement', true, 'The child wants to stay near school', $2, '2025-01-20T12:00:00Z'),
        ($1, 'Review contact', false, NULL, $2, '2025-01-20T12:01:00Z'),
        ($3, 'Change school', true, NULL, $2, '2025-01-27T12:00:00Z'),
        ($4, 'New key worker', true, NULL, $2, '2025-01-30T12:00:00Z')`,
        [typedAt, managerUser?.id, tickedAt, viewAt],
      );
      await runner.query(`UPDATE meetings SET child_self_representing = true WHERE id = ANY($1::uuid[])`, [[tickedAt, viewAt]]);
      await runner.query(
        `INSERT INTO child_views (meeting_id, kind, text, shareable, recorded_by_user_id, recorded_at) VALUES ($1, 'SELF_REPRESENTATION', 'I will speak for myself', true, $2, '2025-01-29T10:00:00Z')`,
        [viewAt, advocate?.userId],
      );
      await migration.up(runner);

      const inputs = await runner.query(
        `SELECT meeting_id, proposal, input, recorded_by_user_id, advocate_id, migrated_from_chair, recorded_at FROM advocate_inputs WHERE meeting_id = ANY($1::uuid[])`,
        [meetings],
      );
      expect(inputs).toEqual([
        {
          meeting_id: typedAt,
          proposal: 'Move placement',
          input: 'The child wants to stay near school',
          recorded_by_user_id: advocate?.userId,
          advocate_id: advocate?.id,
          migrated_from_chair: true,
          recorded_at: new Date('2025-01-20T12:00:00Z'),
        },
      ]);
      const decisions = await runner.query(
        `SELECT d.text, d.basis, i.input FROM meeting_decisions d LEFT JOIN advocate_inputs i ON i.id = d.advocate_input_id WHERE d.meeting_id = ANY($1::uuid[]) ORDER BY d.recorded_at`,
        [meetings],
      );
      expect(decisions).toEqual([
        { text: 'Move placement', basis: 'ADVOCATE_INPUT', input: 'The child wants to stay near school' },
        { text: 'Review contact', basis: null, input: null },
        { text: 'Change school', basis: 'CHILD_SELF_REPRESENTING', input: null },
        { text: 'New key worker', basis: 'CHILD_SELF_REPRESENTING', input: null },
      ]);
      const selves = await runner.query(
        `SELECT meeting_id, child_words, recorded_by_user_id, advocate_id, migrated_from_chair FROM child_self_representations WHERE meeting_id = ANY($1::uuid[]) ORDER BY migrated_from_chair DESC`,
        [meetings],
      );
      expect(selves).toEqual([
        { meeting_id: tickedAt, child_words: null, recorded_by_user_id: managerUser?.id, advocate_id: advocate?.id, migrated_from_chair: true },
        {
          meeting_id: viewAt,
          child_words: 'I will speak for myself',
          recorded_by_user_id: advocate?.userId,
          advocate_id: advocate?.id,
          migrated_from_chair: false,
        },
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
      await owner.destroy();
    }
  });
});

import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import {
  isoDatesSql,
  UkDatesInStoredExplanations1797000000001,
  ukDatesSql,
} from '../../../src/database/migrations/1797000000001-uk-dates-in-stored-explanations';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

const OLD = '2025-01-08: 2 working days after 2025-01-06, no bank holidays skipped';
const UK = '8 January 2025: 2 working days after 6 January 2025, no bank holidays skipped';

/** Explanations stored by older code read with UK dates. Run on a transaction that is rolled back. */
describe('database: the migration writes the dates of stored explanations in UK form', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('rewrites each ISO date as ukLongDate does, and back, leaving the rest of the sentence', async () => {
    const texts = [
      [OLD, UK],
      [
        '2026-12-17: 20 working days after 2026-11-18, skipping 25 and 26 December',
        '17 December 2026: 20 working days after 18 November 2026, skipping 25 and 26 December',
      ],
      ['2027-10-31 (bank holidays after 2027 by the usual rules)', '31 October 2027 (bank holidays after 2027 by the usual rules)'],
    ];
    for (const [iso, uk] of texts) {
      const [row] = (await api.dataSource.query(`SELECT ${ukDatesSql('$1::text')} AS uk, ${isoDatesSql('$2::text')} AS iso`, [iso, uk])) as Array<{
        uk: string;
        iso: string;
      }>;
      expect(row).toEqual({ uk, iso });
    }
  });

  it('rewrites an offer and a 903 finding stored with ISO dates, and leaves UK dates and values quoted from a file as they are', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const childIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild() } });
      childIds.push(trigger.data?.recordTriggerEvent.child.id ?? '');
    }
    const owner = new DataSource(dataSourceOptions(api.ownerUrl));
    await owner.initialize();
    const runner = owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE offers SET due_explanation = $2 WHERE child_id = $1`, [childIds[0], OLD]);
      const [untouched] = (await runner.query(`SELECT due_explanation FROM offers WHERE child_id = $1`, [childIds[1]])) as Array<{ due_explanation: string }>;
      const [{ id: userId }] = (await runner.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as [{ id: string }];
      const [{ id: importId }] = (await runner.query(
        `INSERT INTO ssda903_imports (local_authority_id, imported_by_user_id, status, checksum, children_total, children_done, started_at)
         VALUES ($1, $2, 'COMPLETED', $3, 1, 1, now()) RETURNING id`,
        [fx.laId, userId, `migration-${Date.now()}`],
      )) as [{ id: string }];
      const quoted = '"2024-02-30" is not a real date in the form dd/mm/yyyy.';
      await runner.query(
        `INSERT INTO ssda903_import_rejections (import_id, outcome, file, row_number, "column", reason, reason_code) VALUES
         ($1, 'REJECTED', 'episodes', 3, 'DECOM', 'This episode starts on 2024-04-01, before the child''s episode in row 2 ended (2024-05-02): episodes cannot overlap.', 'EPISODE_OVERLAP'),
         ($1, 'REJECTED', 'episodes', 4, 'DEC', $2, 'NOT_A_DATE')`,
        [importId, quoted],
      );
      await new UkDatesInStoredExplanations1797000000001().up(runner);
      expect(await runner.query(`SELECT reason FROM ssda903_import_rejections WHERE import_id = $1 ORDER BY row_number`, [importId])).toEqual([
        { reason: "This episode starts on 1 April 2024, before the child's episode in row 2 ended (2 May 2024): episodes cannot overlap." },
        { reason: quoted },
      ]);
      const after = await runner.query(`SELECT due_explanation FROM offers WHERE child_id = ANY($1::uuid[]) ORDER BY child_id = $2 DESC`, [
        childIds,
        childIds[0],
      ]);
      expect(after).toEqual([{ due_explanation: UK }, untouched]);
      expect(untouched?.due_explanation).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}: /);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
      await owner.destroy();
    }
  });
});

import { Ssda903BatchesImportDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { TriggerEventsRepository } from '../../../src/modules/triggers/trigger-events.repository';
import { advocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface ImportResult {
  status: string;
  childrenTotal: number;
  childrenDone: number;
  counts: Record<string, number> | null;
  rejections: Array<{ file: string; rowNumber: number; column: string; reason: string }>;
}

const IMPORT = Ssda903BatchesImportDocument;
const HEADER_COLUMNS = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** A return of children each with one open period of care starting on the given date (dd/mm/yyyy). */
function openPeriods(children: Array<[string, string]>): { header: string; episodes: string; reviews: string } {
  return {
    header: [HEADER_COLUMNS, ...children.map(([ref]) => `${ref},1,01/03/2012,WBRI,,,`)].join('\n'),
    episodes: [EPISODE_COLUMNS, ...children.map(([ref, start]) => `${ref},${start},S,C2,N1,U4,PR1,,,,,,`)].join('\n'),
    reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE\n',
  };
}

describe('importing a return in set-based batches keeps the one-child-at-a-time behaviour', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  async function importAs(client: GraphqlTestClient, files: Record<'header' | 'episodes' | 'reviews', string>): Promise<{ id: string; result: ImportResult }> {
    const form = new FormData();
    for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
    const response = await fetch(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${client.accessToken ?? ''}` },
    });
    const id = ((await response.json()) as { importId?: string }).importId ?? '';
    for (let i = 0; i < 200; i += 1) {
      const result = (await client.request(IMPORT, { id })).data?.ssda903Import;
      if (result !== undefined && result.status !== 'RUNNING') return { id, result };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  it('a child Heard cannot import is rejected on its own; the children before and after it are imported and assigned in file order', async () => {
    const fx = await advocacyFixture(api, [{ cap: 2 }]);
    const manager = await fx.signIn(fx.managerEmail);
    // Recording B2's entry to care (on 1 September 2016) fails as an unexpected error would: importing B2 fails.
    const record = TriggerEventsRepository.prototype.recordEnteredCare;
    jest.spyOn(TriggerEventsRepository.prototype, 'recordEnteredCare').mockImplementation(function (
      this: TriggerEventsRepository,
      ...args: Parameters<typeof record>
    ) {
      if (args[2].includes('2016-09-01')) throw new Error('the database failed');
      return record.apply(this, args);
    });
    // Their advocacy starts on the import date (signed in first: the upload checks its token against the real clock).
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-06-10T10:00:00Z'));
    const { result } = await importAs(
      manager,
      openPeriods([
        ['B1', '03/06/2024'],
        ['B2', '01/09/2016'],
        ['B3', '10/06/2024'],
      ]),
    );
    expect([result.status, result.childrenDone, result.counts?.childrenCreated, result.counts?.childrenAssigned]).toEqual(['COMPLETED', 3, 2, 2]);
    expect(result.rejections).toEqual([
      // Every row that would have been imported is rejected, so the file's totals still add up.
      {
        file: 'episodes',
        rowNumber: 3,
        column: 'CHILD',
        reason: 'Child B2 could not be imported because of a problem in Heard; nothing of theirs was changed.',
      },
      { file: 'header', rowNumber: 3, column: 'CHILD', reason: 'Child B2 could not be imported because of a problem in Heard; nothing of theirs was changed.' },
    ]);
    const assigned: Array<{ ref: string; started_on: string; offers: number }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, to_char(a.started_on, 'YYYY-MM-DD') AS started_on, (SELECT count(*)::int FROM offers o WHERE o.assignment_id = a.id) AS offers
         FROM children c JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL WHERE c.local_authority_id = $1 ORDER BY c.la_child_ref`,
      [fx.laId],
    );
    expect(assigned).toEqual([
      { ref: 'B1', started_on: '2025-06-10', offers: 1 },
      { ref: 'B3', started_on: '2025-06-10', offers: 1 },
    ]);
    const [caseload] = (await api.dataSource.query(`SELECT active_caseload FROM advocates WHERE id = $1`, [fx.advocates[0]?.id])) as Array<{
      active_caseload: number;
    }>;
    expect(caseload?.active_caseload).toBe(2);
  });

  it('children nobody can take wait in file order, and every child written is audited once', async () => {
    const fx = await advocacyFixture(api, [{ cap: 1 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const order: Array<[string, string]> = [
      ['Q3', '03/06/2024'],
      ['Q1', '04/06/2024'],
      ['Q4', '05/06/2024'],
      ['Q2', '06/06/2024'],
    ];
    const { id, result } = await importAs(manager, openPeriods(order));
    expect([result.counts?.childrenAssigned, result.counts?.childrenQueued]).toEqual([1, 3]);
    const waiting: Array<{ ref: string }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref FROM awaiting_advocate q JOIN children c ON c.id = q.child_id WHERE q.local_authority_id = $1 AND q.resolved_at IS NULL ORDER BY q.queued_at, q.id`,
      [fx.laId],
    );
    expect(waiting.map((w) => w.ref)).toEqual(['Q1', 'Q4', 'Q2']);
    const audited: Array<{ refs: string[] }> = await api.dataSource.query(
      `SELECT ARRAY(SELECT c.la_child_ref FROM children c WHERE c.id = ANY(a.child_ids) ORDER BY c.la_child_ref) AS refs
         FROM audit_log a WHERE a.action = 'ssda903.children_imported' AND a.entity_id = $1 ORDER BY a.id`,
      [id],
    );
    expect(audited).toEqual([{ refs: ['Q1', 'Q2', 'Q3', 'Q4'] }]);

    const again = await importAs(manager, openPeriods(order));
    expect([again.result.counts?.childrenUnchanged, again.result.counts?.childrenQueued]).toEqual([4, 0]);
    const reaudited: unknown[] = await api.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'ssda903.children_imported' AND entity_id = $1`, [
      again.id,
    ]);
    expect(reaudited).toEqual([]);
  });
});

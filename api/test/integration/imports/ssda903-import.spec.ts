import { TestSsda903ImportDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { episodes, HEADER, REVIEWS } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

interface ImportResult {
  status: string;
  sameFilesAs: string | null;
  failure: string | null;
  counts: Record<string, number> | null;
  rejections: Array<{ file: string; rowNumber: number; column: string; reason: string }>;
}

const IMPORT = TestSsda903ImportDocument;

describe('importing an SSDA903 return', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(() => api.close());

  async function upload(
    client: GraphqlTestClient,
    files: Partial<Record<'header' | 'episodes' | 'reviews', string>>,
  ): Promise<{ status: number; body: { importId?: string; code?: string; message?: string } }> {
    const form = new FormData();
    for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
    const response = await fetch(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${client.accessToken ?? ''}` },
    });
    return { status: response.status, body: (await response.json()) as { importId?: string; code?: string; message?: string } };
  }

  async function finished(id: string): Promise<ImportResult> {
    for (let i = 0; i < 200; i += 1) {
      const result = (await manager.request(IMPORT, { id })).data?.ssda903Import;
      if (result !== undefined && result.status !== 'RUNNING') return result;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  const laCount = async (table: string): Promise<number> =>
    ((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE local_authority_id = $1`, [fx.laId])) as Array<{ n: number }>)[0]?.n ?? -1;

  it('refuses files that are not a 903 return as a whole, writing nothing', async () => {
    const cases: Array<[Partial<Record<'header' | 'episodes' | 'reviews', string>>, string]> = [
      [
        { header: HEADER, episodes: HEADER, reviews: REVIEWS },
        'The files were not imported: episodes.csv is not an SSDA903 episodes file: expected the columns CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN (missing DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN; unexpected SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB).',
      ],
      [
        { header: '', episodes: episodes(), reviews: REVIEWS },
        'The files were not imported: header.csv is empty: it needs the column line CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB and a row for each record.',
      ],
      [{ header: '\u0000\u0001PNG binary', episodes: episodes(), reviews: REVIEWS }, 'The files were not imported: header.csv is not an SSDA903 header file'],
      [{ header: HEADER, episodes: episodes() }, 'Choose all three files of the return: reviews.csv is missing.'],
    ];
    for (const [files, message] of cases) {
      const refused = await upload(manager, files);
      expect([refused.status, refused.body.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(refused.body.message).toContain(message);
    }
    expect([await laCount('ssda903_imports'), await laCount('children')]).toEqual([0, 0]);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    expect((await upload(advocate, { header: HEADER, episodes: episodes(), reviews: REVIEWS })).status).toBe(403);
    expect((await upload(api.client(), { header: HEADER, episodes: episodes(), reviews: REVIEWS })).status).toBe(401);
  });

  it('imports every good row, reports each bad one, assigns advocates, and importing again changes nothing', async () => {
    const first = await upload(manager, { header: HEADER, episodes: episodes(), reviews: REVIEWS });
    expect(first.status).toBe(202);
    const result = await finished(first.body.importId ?? '');
    expect(result.status).toBe('COMPLETED');
    expect(result.counts).toEqual({
      childrenCreated: 4,
      childrenUpdated: 0,
      childrenUnchanged: 0,
      periodsOfCare: 4,
      childrenAssigned: 3,
      childrenQueued: 0,
      assignmentsEnded: 0,
      meetingsRecorded: 2,
      shortBreaksSkipped: 0,
      rowsRead: 20,
      rowsRejected: 9,
    });
    expect(result.rejections).toEqual([
      { file: 'episodes', rowNumber: 5, column: 'CHILD', reason: 'Child A9 is not in the header file (or their header row was rejected).' },
      {
        file: 'episodes',
        rowNumber: 6,
        column: 'DECOM',
        reason: "This episode starts on 1 April 2024, before the child's episode in row 2 ended (2 May 2024): episodes cannot overlap.",
      },
      { file: 'episodes', rowNumber: 8, column: 'DEC', reason: 'The episode ends (1 June 2024) before it starts (1 July 2024).' },
      { file: 'episodes', rowNumber: 10, column: 'LS', reason: '"Q9" is not an SSDA903 legal status code.' },
      { file: 'header', rowNumber: 4, column: 'DOB', reason: '"30/02/2014" is not a real date in the form dd/mm/yyyy.' },
      { file: 'header', rowNumber: 5, column: 'SEX', reason: '"3" is not an SSDA903 sex code.' },
      { file: 'reviews', rowNumber: 4, column: 'REVIEW_CODE', reason: 'The child was 2 on 1 March 2024: a child under 4 is recorded as PN0.' },
      { file: 'reviews', rowNumber: 5, column: 'CHILD', reason: 'Review for child A7, who is not in the header file.' },
      { file: 'reviews', rowNumber: 6, column: 'REVIEW', reason: '"31/11/2024" is not a real date in the form dd/mm/yyyy.' },
    ]);
    const periods: Array<{ ref: string; start: string; end: string | null; advocate: boolean }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, to_char(e.start_date, 'YYYY-MM-DD') AS start, to_char(e.end_date, 'YYYY-MM-DD') AS "end",
              EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) AS advocate
         FROM children c JOIN care_episodes e ON e.child_id = c.id WHERE c.local_authority_id = $1 ORDER BY c.la_child_ref`,
      [fx.laId],
    );
    expect(periods).toEqual([
      { ref: 'A1', start: '2024-01-10', end: null, advocate: true },
      { ref: 'A2', start: '2024-06-01', end: null, advocate: true },
      { ref: 'A5', start: '2023-01-01', end: '2023-12-01', advocate: false },
      { ref: 'A6', start: '2024-02-01', end: null, advocate: true },
    ]);
    const meetings: Array<{ held_on: string; participation_code: string }> = await api.dataSource.query(
      `SELECT to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.participation_code FROM meetings m JOIN children c ON c.id = m.child_id WHERE c.la_child_ref = 'A1' AND c.local_authority_id = $1 ORDER BY m.held_on`,
      [fx.laId],
    );
    expect(meetings).toEqual([
      { held_on: '2024-02-05', participation_code: 'PN1' },
      { held_on: '2024-08-01', participation_code: 'PN3' },
    ]);

    const again = await finished((await upload(manager, { header: HEADER, episodes: episodes(), reviews: REVIEWS })).body.importId ?? '');
    expect([
      again.sameFilesAs,
      again.counts?.childrenUnchanged,
      again.counts?.childrenCreated,
      again.counts?.childrenUpdated,
      again.counts?.childrenAssigned,
      again.counts?.meetingsRecorded,
    ]).toEqual([first.body.importId, 4, 0, 0, 0, 0]);
    expect(await laCount('children')).toBe(4);

    const later = await finished((await upload(manager, { header: HEADER, episodes: episodes('01/10/2024'), reviews: REVIEWS })).body.importId ?? '');
    expect([later.sameFilesAs, later.counts?.childrenUpdated, later.counts?.childrenUnchanged, later.counts?.assignmentsEnded]).toEqual([null, 1, 3, 1]);
    const ended: Array<{ end_reason: string; end_note: string }> = await api.dataSource.query(
      `SELECT s.end_reason, s.end_note FROM assignments s JOIN children c ON c.id = s.child_id WHERE c.la_child_ref = 'A1' AND c.local_authority_id = $1`,
      [fx.laId],
    );
    expect(ended).toEqual([{ end_reason: 'LEFT_CARE', end_note: 'Period of care ended (SSDA903 reason E13)' }]);

    const csv = await fetch(`${api.url}/api/imports/${first.body.importId ?? ''}/rejections.csv`, {
      headers: { authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect([lines.length, lines[0], lines[4]]).toEqual([10, 'file,row,column,reason', 'episodes,10,LS,"""Q9"" is not an SSDA903 legal status code."']);
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    expect((await otherManager.request(IMPORT, { id: first.body.importId ?? '' })).errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

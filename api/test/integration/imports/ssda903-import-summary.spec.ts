import { Ssda903ImportSummaryOfDocument, Ssda903ImportSummaryStatusDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

// S1 and S4 get the two places (S4 enters care two days after the import); S2 and S3 wait. Header line 6 repeats line 2.
const HEADER = [
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  'S1,1,01/03/2012,WBRI,,,',
  'S4,2,01/05/2013,WBRI,,,',
  'S2,2,15/07/2014,BAFR,,,',
  'S3,1,01/01/2013,WBRI,,,',
  'S1,1,01/03/2012,WBRI,,,',
];
// Row 6 (S3's continuation of the X1 episode in row 5) and row 7 have placement types that are not 903 codes.
const EPISODES = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  'S1,15/03/2025,S,C2,N1,U4,PR1,,,,,,',
  'S4,12/06/2025,S,C2,N1,U4,PR1,,,,,,',
  'S2,01/02/2025,S,C2,N1,U4,PR1,,,,,,',
  'S3,10/01/2025,S,C2,N1,U4,PR1,02/05/2025,X1,,,,',
  'S3,02/05/2025,P,C2,N1,Z7,PR1,,,,,,',
  'S2,01/01/2024,S,C2,N1,Z9,PR1,01/03/2024,E13,,,,',
];
// Row 3 repeats row 2; rows 4 to 9 are reviews of six children who are not in the header, two of them formulas.
const REVIEWS = [
  'CHILD,DOB,REVIEW,REVIEW_CODE',
  'S1,01/03/2012,02/04/2025,PN1',
  'S1,01/03/2012,02/04/2025,PN1',
  ...['Q1', '=1+2', 'Q3', '-Q4', 'Q5', 'Q6'].map((ref) => `${ref},01/01/2010,01/03/2025,PN1`),
];

const notInHeader = (rowNumber: number, child: string) => ({
  rowNumber,
  child,
  column: 'CHILD',
  reason: `Review for child ${child}, who is not in the header file.`,
});
const X1_WARNING = 'Episode row 6 was rejected, so the period of care from row 5 (which ended X1: a new episode begins the same day) is treated as open.';

describe('the summary an LA manager can act on', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  let importId: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 2 }]);
    manager = await fx.signIn(fx.managerEmail);
    // Signed in on the real clock (the upload checks its token against it); the import runs on 10 June 2025, a Tuesday.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-06-10T10:00:00Z'));
    const form = new FormData();
    for (const [field, lines] of Object.entries({ header: HEADER, episodes: EPISODES, reviews: REVIEWS }))
      form.append(field, new Blob([lines.join('\n')], { type: 'text/csv' }), `${field}.csv`);
    const started = await fetch(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    importId = ((await started.json()) as { importId: string }).importId;
    const done = await importAndWaitFor(importId);
    jest.restoreAllMocks();
    expect(done).toEqual({ status: 'COMPLETED', counts: { childrenAssigned: 2, childrenQueued: 2 } });
  });
  afterAll(() => api.close());

  async function importAndWaitFor(id: string) {
    for (let i = 0; i < 200; i += 1) {
      const result = (await manager.request(Ssda903ImportSummaryStatusDocument, { id })).data?.ssda903Import;
      if (result !== undefined && result.status !== 'RUNNING') return result;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  it('groups what needs fixing, what was skipped and the warnings by reason, largest first, with the first 5 rows and what Heard did', async () => {
    const { data, errors } = await manager.request(Ssda903ImportSummaryOfDocument, { id: importId });
    expect(errors).toEqual([]);
    expect(data?.ssda903Import.summary).toEqual({
      needsFixing: [
        {
          title: 'A review for a child who is not in the header file',
          code: 'REVIEW_CHILD_NOT_IN_HEADER',
          file: 'reviews',
          column: 'CHILD',
          count: 6,
          firstRows: [notInHeader(4, 'Q1'), notInHeader(5, '=1+2'), notInHeader(6, 'Q3'), notInHeader(7, '-Q4'), notInHeader(8, 'Q5')],
        },
        {
          title: 'PLACE: not an SSDA903 placement type code',
          code: 'NOT_A_CODE',
          file: 'episodes',
          column: 'PLACE',
          count: 2,
          firstRows: [
            { rowNumber: 6, child: 'S3', column: 'PLACE', reason: '"Z7" is not an SSDA903 placement type code.' },
            { rowNumber: 7, child: 'S2', column: 'PLACE', reason: '"Z9" is not an SSDA903 placement type code.' },
          ],
        },
      ],
      skipped: [
        {
          title: 'An exact duplicate of an earlier row',
          code: 'DUPLICATE_ROW',
          file: 'header',
          column: 'CHILD',
          count: 1,
          firstRows: [{ rowNumber: 6, child: 'S1', column: 'CHILD', reason: 'The same as row 2 (an exact duplicate): skipped.' }],
        },
        {
          title: 'An exact duplicate of an earlier row',
          code: 'DUPLICATE_ROW',
          file: 'reviews',
          column: 'REVIEW',
          count: 1,
          firstRows: [{ rowNumber: 3, child: 'S1', column: 'REVIEW', reason: 'The same as row 2 (an exact duplicate): skipped.' }],
        },
      ],
      warnings: [
        {
          title: 'A period of care ending X1 with no later accepted episode, treated as open',
          code: 'X1_TREATED_AS_OPEN',
          file: 'episodes',
          column: 'REC',
          count: 1,
          firstRows: [{ rowNumber: 5, child: 'S3', column: 'REC', reason: X1_WARNING }],
        },
      ],
      heardDid: {
        childrenCreated: 4,
        childrenUpdated: 0,
        childrenAssigned: 2,
        childrenQueued: 2,
        assignmentsEnded: 0,
        reviewsRecorded: 1,
        // S1 from the import date (due 5 working days after 10 June), S4 from entering care on 12 June.
        offersDue: { count: 2, earliest: '2025-06-17', latest: '2025-06-19' },
      },
    });
  });

  it('downloads every row to fix, skipped and warned about as CSV, formulas neutralised, and audits it', async () => {
    const response = await fetch(`${api.url}/api/imports/${importId}/findings.csv`, { headers: { authorization: `Bearer ${manager.accessToken ?? ''}` } });
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-disposition')]).toEqual([
      200,
      'text/csv; charset=utf-8',
      `attachment; filename="ssda903-rows-to-fix-${importId}.csv"`,
    ]);
    const review = (row: number, child: string, shown = child) =>
      `Needs fixing,A review for a child who is not in the header file,reviews.csv,${row},CHILD,${shown},"Review for child ${child}, who is not in the header file."`;
    expect((await response.text()).split('\n')).toEqual([
      'outcome,group,file,row,column,child,reason',
      'Needs fixing,PLACE: not an SSDA903 placement type code,episodes.csv,6,PLACE,S3,"""Z7"" is not an SSDA903 placement type code."',
      'Needs fixing,PLACE: not an SSDA903 placement type code,episodes.csv,7,PLACE,S2,"""Z9"" is not an SSDA903 placement type code."',
      review(4, 'Q1'),
      review(5, '=1+2', "'=1+2"),
      review(6, 'Q3'),
      review(7, '-Q4', "'-Q4"),
      review(8, 'Q5'),
      review(9, 'Q6'),
      'Skipped,An exact duplicate of an earlier row,header.csv,6,CHILD,S1,The same as row 2 (an exact duplicate): skipped.',
      'Skipped,An exact duplicate of an earlier row,reviews.csv,3,REVIEW,S1,The same as row 2 (an exact duplicate): skipped.',
      `Imported with a warning,"A period of care ending X1 with no later accepted episode, treated as open",episodes.csv,5,REC,S3,"${X1_WARNING}"`,
      '',
    ]);
    const audited: unknown = await api.dataSource.query(
      `SELECT action, details->>'importId' AS import FROM audit_log WHERE action IN ('ssda903.findings_downloaded', 'ssda903.summary_viewed') AND details->>'importId' = $1 ORDER BY id`,
      [importId],
    );
    expect(audited).toEqual([
      { action: 'ssda903.summary_viewed', import: importId },
      { action: 'ssda903.findings_downloaded', import: importId },
    ]);
  });

  it("refuses another LA's manager and an advocate, in GraphQL and in the download", async () => {
    const other = await advocacyFixture(api, [{ cap: 1 }]);
    const otherManager = await other.signIn(other.managerEmail);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    const refusals = [];
    for (const client of [otherManager, advocate]) {
      const { errors } = await client.request(Ssda903ImportSummaryOfDocument, { id: importId });
      const download = await fetch(`${api.url}/api/imports/${importId}/findings.csv`, { headers: { authorization: `Bearer ${client.accessToken ?? ''}` } });
      refusals.push([errors.map((e) => e.extensions?.code), download.status]);
    }
    expect(refusals).toEqual([
      [['NOT_FOUND'], 404],
      [['FORBIDDEN'], 403],
    ]);
  });

  it('groups findings stored before reason codes by file and column', async () => {
    await api.dataSource.query(
      `INSERT INTO ssda903_import_rejections (import_id, outcome, file, row_number, "column", reason) VALUES ($1, 'REJECTED', 'episodes', 40, 'LS', 'An older reason.')`,
      [importId],
    );
    const { data } = await manager.request(Ssda903ImportSummaryOfDocument, { id: importId });
    expect(data?.ssda903Import.summary.needsFixing.map((g) => [g.title, g.code, g.count, g.firstRows.map((r) => [r.rowNumber, r.child])])).toEqual([
      [
        'A review for a child who is not in the header file',
        'REVIEW_CHILD_NOT_IN_HEADER',
        6,
        [
          [4, 'Q1'],
          [5, '=1+2'],
          [6, 'Q3'],
          [7, '-Q4'],
          [8, 'Q5'],
        ],
      ],
      [
        'PLACE: not an SSDA903 placement type code',
        'NOT_A_CODE',
        2,
        [
          [6, 'S3'],
          [7, 'S2'],
        ],
      ],
      ['Other problems in column LS', null, 1, [[40, null]]],
    ]);
  });
});

import { TestSsda903ImportDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { importAndWait } from '../../support/ssda903-files';

interface ImportResult {
  status: string;
  failure: string | null;
  counts: Record<string, number> | null;
  rejections: Array<{ file: string; rowNumber: number; column: string; reason: string }>;
}

const IMPORT = TestSsda903ImportDocument;

const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** One row that cannot be stored is that row's rejection; every other child is imported and counted. */
describe('an SSDA903 row holding a NUL, a lone surrogate or a control character', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(() => api.close());

  const importFiles = (files: Record<'header' | 'episodes' | 'reviews', string | Uint8Array>): Promise<ImportResult> =>
    importAndWait(api.url, manager, IMPORT, files);

  it('rejects that row alone, with its reason, and imports the rest with counts', async () => {
    const header = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
U1,1,01/03/2012,WBRI,,,
U2,2,15/07/2015,WB\u0000RI,,,
U3,1,01/01/2013,WBRI,,,
`;
    const episodes = `${EPISODE_COLUMNS}
U1,10/01/2024,S,C2,N1,U4,PR1,,,,,,
U2,01/06/2024,S,C2,N1,U4,PR1,,,,,,
U3,01/06/2024,S,C2,N1,U4,PR1,,,,,,
U3\u0007,01/07/2024,S,C2,N1,U4,PR1,,,,,,
`;
    // An encoded lone surrogate (ED A0 80 is U+D800 in WTF-8) is not UTF-8: the row is rejected, not changed.
    const reviews = Buffer.concat([
      Buffer.from('CHILD,DOB,REVIEW,REVIEW_CODE\nU1,01/03/2012,05/02/2024,PN'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('\nU1,01/03/2012,01/03/2024,PN1\n'),
    ]);
    const result = await importFiles({ header, episodes, reviews: new Uint8Array(reviews) });
    expect(result.status).toBe('COMPLETED');
    expect(result.failure).toBeNull();
    expect(result.counts).toEqual({
      childrenCreated: 2,
      childrenUpdated: 0,
      childrenUnchanged: 0,
      periodsOfCare: 2,
      childrenAssigned: 2,
      childrenQueued: 0,
      assignmentsEnded: 0,
      meetingsRecorded: 1,
      shortBreaksSkipped: 0,
      rowsRead: 9,
      rowsRejected: 4,
    });
    expect(result.rejections).toEqual([
      { file: 'episodes', rowNumber: 3, column: 'CHILD', reason: 'Child U2 is not in the header file (or their header row was rejected).' },
      {
        file: 'episodes',
        rowNumber: 5,
        column: 'CHILD',
        reason: 'The value contains a character that cannot be stored (the control character U+0007 at position 3).',
      },
      { file: 'header', rowNumber: 3, column: 'ETHNIC', reason: 'The value contains a character that cannot be stored (a NUL byte at position 3).' },
      {
        file: 'reviews',
        rowNumber: 2,
        column: 'REVIEW_CODE',
        reason: 'The value contains a character that cannot be stored (bytes that are not valid UTF-8 at position 3).',
      },
    ]);
    const refs = (await api.dataSource.query(`SELECT la_child_ref FROM children WHERE local_authority_id = $1 ORDER BY la_child_ref`, [fx.laId])) as Array<{
      la_child_ref: string;
    }>;
    expect(refs.map((r) => r.la_child_ref)).toEqual(['U1', 'U3']);
  });
});

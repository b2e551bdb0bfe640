import { Ssda903PeriodsBefore2018ImportDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { importAndWait } from '../../support/ssda903-files';

interface ImportResult {
  status: string;
  counts: { childrenCreated: number; periodsOfCare: number; childrenAssigned: number; rowsRejected: number } | null;
  rejections: Array<{ file: string; rowNumber: number; column: string; reason: string }>;
}

const IMPORT = Ssda903PeriodsBefore2018ImportDocument;

/** A return whose periods of care began in 1998 and 2009, before the published holiday years (2018 onwards). */
const HEADER = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
B1,1,01/05/1997,WBRI,,,
B2,2,15/07/2008,BAFR,,,
B3,1,01/03/2012,WBRI,,,
`;
const EPISODES = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
B1,23/12/1998,S,C2,N1,U4,PR1,01/05/2015,E13,,,,
B2,02/12/2009,S,C2,N1,U4,PR1,,,,,,
B3,10/01/2024,S,C2,N1,U4,PR1,,,,,,
`;
const REVIEWS = `CHILD,DOB,REVIEW,REVIEW_CODE
B1,01/05/1997,14/01/1999,PN0
B2,15/07/2008,05/01/2010,PN0
`;

describe('an SSDA903 return with periods of care from before 2018', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(() => api.close());

  const importReturn = (): Promise<ImportResult> => importAndWait(api.url, manager, IMPORT, { header: HEADER, episodes: EPISODES, reviews: REVIEWS });

  it('imports every child, with their periods and reviews, rejecting none', async () => {
    const result = await importReturn();
    expect(result.rejections).toEqual([]);
    expect(result.status).toBe('COMPLETED');
    expect(result.counts).toEqual({ childrenCreated: 3, periodsOfCare: 3, childrenAssigned: 2, rowsRejected: 0 });
    const periods: Array<{ ref: string; start: string; end: string | null; advocate: boolean }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, to_char(e.start_date, 'YYYY-MM-DD') AS start, to_char(e.end_date, 'YYYY-MM-DD') AS "end",
              EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) AS advocate
         FROM children c JOIN care_episodes e ON e.child_id = c.id WHERE c.local_authority_id = $1 ORDER BY c.la_child_ref`,
      [fx.laId],
    );
    expect(periods).toEqual([
      { ref: 'B1', start: '1998-12-23', end: '2015-05-01', advocate: false },
      { ref: 'B2', start: '2009-12-02', end: null, advocate: true },
      { ref: 'B3', start: '2024-01-10', end: null, advocate: true },
    ]);
    const meetings: Array<{ ref: string; held_on: string }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, to_char(m.held_on, 'YYYY-MM-DD') AS held_on FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE c.local_authority_id = $1 ORDER BY c.la_child_ref`,
      [fx.laId],
    );
    expect(meetings).toEqual([
      { ref: 'B1', held_on: '1999-01-14' },
      { ref: 'B2', held_on: '2010-01-05' },
    ]);
  });
});

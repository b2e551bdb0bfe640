import { Ssda903EveryRowReportedImportDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { importAndWait } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

const HEADER_COLUMNS = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const REVIEW_COLUMNS = 'CHILD,DOB,REVIEW,REVIEW_CODE';

/**
 * A generated return of `size` children, each in care from a date of their own with one review,
 * then the rows of the cases under test appended, so their line numbers are known.
 */
function generatedReturn(size: number): { header: string[]; episodes: string[]; reviews: string[] } {
  const header = [HEADER_COLUMNS];
  const episodes = [EPISODE_COLUMNS];
  const reviews = [REVIEW_COLUMNS];
  for (let i = 1; i <= size; i += 1) {
    const ref = `G${String(i).padStart(3, '0')}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    header.push(`${ref},${(i % 2) + 1},${day}/03/2012,WBRI,,,`);
    episodes.push(`${ref},${day}/01/2024,S,C2,N1,U4,PR1,,,,,,`);
    reviews.push(`${ref},${day}/03/2012,${day}/06/2024,PN${(i % 6) + 1}`);
  }
  return { header, episodes, reviews };
}

describe('every row of a return is imported or reported', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 100 }]);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(() => api.close());

  it('reports duplicate header, episode and reviews rows, and the totals add up per file', async () => {
    const r = generatedReturn(30);
    // Header: G001 again, exactly (line 32); G002 again with another date of birth (line 33).
    // G099 (line 34) has no episode, and two reviews (lines 35, 36).
    r.header.push(r.header[1] ?? '', 'G002,1,01/01/2013,WBRI,,,', 'G099,1,01/03/2012,WBRI,,,');
    // Episodes: G003's row again (line 32); G004's start again with another placement (33); a short break (34).
    r.episodes.push(r.episodes[3] ?? '', 'G004,05/01/2024,S,C2,N1,K2,PR1,,,,,,', 'G005,01/02/2023,S,V3,N1,U4,PR1,03/02/2023,E8,,,,');
    // Reviews: G006's again (32); G007's date again with PN1 (33, the kept row has PN2); G008's again (34).
    r.reviews.push(
      r.reviews[6] ?? '',
      'G007,08/03/2012,08/06/2024,PN1',
      r.reviews[8] ?? '',
      'G099,01/03/2012,01/06/2024,PN1',
      'G099,01/03/2012,01/09/2024,PN2',
    );
    const result = await importAndWait(api.url, manager, Ssda903EveryRowReportedImportDocument, {
      header: r.header.join('\n'),
      episodes: r.episodes.join('\n'),
      reviews: r.reviews.join('\n'),
    });
    expect(result.status).toBe('COMPLETED');
    expect(result.skipped).toEqual([
      { file: 'episodes', rowNumber: 32, column: 'DECOM', reason: 'The same as row 4 (an exact duplicate): skipped.' },
      { file: 'episodes', rowNumber: 34, column: 'LS', reason: 'A short break (legal status V3 or V4) is not a period of care: skipped.' },
      { file: 'header', rowNumber: 32, column: 'CHILD', reason: 'The same as row 2 (an exact duplicate): skipped.' },
      { file: 'reviews', rowNumber: 32, column: 'REVIEW', reason: 'The same as row 7 (an exact duplicate): skipped.' },
      { file: 'reviews', rowNumber: 34, column: 'REVIEW', reason: 'The same as row 9 (an exact duplicate): skipped.' },
    ]);
    expect(result.rejections).toEqual([
      {
        file: 'episodes',
        rowNumber: 33,
        column: 'PLACE',
        reason: 'Same child and episode start date (DECOM) as row 5, which has PLACE U4 (this row has PLACE K2); kept row 5.',
      },
      {
        file: 'header',
        rowNumber: 33,
        column: 'DOB',
        reason: 'Same child as row 3, which has DOB 03/03/2012 (this row has DOB 01/01/2013); kept row 3.',
      },
      {
        file: 'reviews',
        rowNumber: 33,
        column: 'REVIEW_CODE',
        reason: 'Same child and review date as row 8, which has REVIEW_CODE PN2 (this row has REVIEW_CODE PN1); kept row 8.',
      },
    ]);
    expect(result.counts?.files).toEqual([
      { file: 'header', rowsRead: 33, imported: 31, skipped: 1, rejected: 1 },
      { file: 'episodes', rowsRead: 33, imported: 30, skipped: 2, rejected: 1 },
      { file: 'reviews', rowsRead: 35, imported: 32, skipped: 2, rejected: 1 },
    ]);
    expect([
      result.counts?.rowsRead,
      result.counts?.rowsRejected,
      result.counts?.rowsSkipped,
      result.counts?.warnings,
      result.counts?.meetingsRecorded,
    ]).toEqual([101, 3, 5, 1, 32]);
    expect(result.warnings).toEqual([
      {
        file: 'header',
        rowNumber: 34,
        column: 'CHILD',
        reason: 'Child G099 has no episode that was accepted in episodes.csv, so no period of care was recorded for them; 2 reviews were imported for them.',
      },
    ]);
    const codes: Array<{ ref: string; code: string }> = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, m.participation_code AS code FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE c.local_authority_id = $1 AND c.la_child_ref IN ('G006', 'G007') ORDER BY 1`,
      [fx.laId],
    );
    expect(codes).toEqual([
      { ref: 'G006', code: 'PN1' },
      { ref: 'G007', code: 'PN2' },
    ]);
  });

  it('an X1 episode whose continuation was rejected leaves the period open, with a warning naming the rows', async () => {
    const result = await importAndWait(api.url, manager, Ssda903EveryRowReportedImportDocument, {
      header: [HEADER_COLUMNS, 'X001,1,01/03/2012,WBRI,,,', 'X002,2,01/03/2013,WBRI,,,'].join('\n'),
      episodes: [
        EPISODE_COLUMNS,
        'X001,10/01/2024,S,C2,N1,U4,PR1,02/05/2024,X1,,,,',
        'X001,02/05/2024,P,Q9,N1,K2,PR1,,,,,,',
        'X002,01/02/2024,S,C2,N1,U4,PR1,01/03/2024,X1,,,,',
        'X002,01/04/2024,P,C2,N1,K2,PR1,,,,,,',
      ].join('\n'),
      reviews: REVIEW_COLUMNS,
    });
    expect(result.rejections).toEqual([{ file: 'episodes', rowNumber: 3, column: 'LS', reason: '"Q9" is not an SSDA903 legal status code.' }]);
    expect(result.warnings).toEqual([
      {
        file: 'episodes',
        rowNumber: 2,
        column: 'REC',
        reason: 'Episode row 3 was rejected, so the period of care from row 2 (which ended X1: a new episode begins the same day) is treated as open.',
      },
      {
        file: 'episodes',
        rowNumber: 4,
        column: 'REC',
        reason:
          'The episode in row 4 ended X1 (a new episode begins the same day) but the next, row 5, starts on 1 April 2024, not 1 March 2024: the period of care is treated as continuing into it.',
      },
    ]);
    expect(result.counts?.files).toEqual([
      { file: 'header', rowsRead: 2, imported: 2, skipped: 0, rejected: 0 },
      { file: 'episodes', rowsRead: 4, imported: 3, skipped: 0, rejected: 1 },
      { file: 'reviews', rowsRead: 0, imported: 0, skipped: 0, rejected: 0 },
    ]);
    const periods: unknown = await api.dataSource.query(
      `SELECT c.la_child_ref AS ref, to_char(e.start_date, 'YYYY-MM-DD') AS start, to_char(e.end_date, 'YYYY-MM-DD') AS "end", e.reason_ended,
              EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL) AS advocate
         FROM children c JOIN care_episodes e ON e.child_id = c.id WHERE c.local_authority_id = $1 AND c.la_child_ref LIKE 'X%' ORDER BY 1, 2`,
      [fx.laId],
    );
    expect(periods).toEqual([
      { ref: 'X001', start: '2024-01-10', end: null, reason_ended: null, advocate: true },
      { ref: 'X002', start: '2024-02-01', end: null, reason_ended: null, advocate: true },
    ]);
  });
});

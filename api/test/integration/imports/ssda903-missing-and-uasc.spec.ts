import { Ssda903MissingAndUascChildDocument, Ssda903MissingAndUascImportDocument, Ssda903MissingAndUascMyChildrenDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import { errorCodes, onDay } from '../../support/clock';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { importAndWait } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

const IMPORT = Ssda903MissingAndUascImportDocument;
const CHILD = Ssda903MissingAndUascChildDocument;

/** Six generated children in care since 1 January 2025 (G001–G006), then U1, an Arabic-speaking child already in Heard, in line 8. */
function generatedReturn(): Record<'header' | 'episodes' | 'reviews' | 'missing' | 'uasc', string> {
  const header = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
  const episodes = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'];
  for (let i = 1; i <= 6; i += 1) {
    const ref = `G${String(i).padStart(3, '0')}`;
    header.push(`${ref},${(i % 2) + 1},${String(i + 1).padStart(2, '0')}/03/2012,WBRI,,,`);
    episodes.push(`${ref},01/01/2025,S,C2,N1,U4,PR1,,,,,,`);
  }
  header.push('U1,1,01/05/2010,OOTH,,,');
  episodes.push('U1,01/01/2025,S,V2,N1,U4,PR1,,,,,,');
  const missing = [
    'CHILD,MISSING,MIS_START,MIS_END',
    'G001,M,03/02/2025,05/02/2025',
    'G001,A,10/03/2025,',
    'G002,M,01/04/2025,02/04/2025',
    'G001,M,03/02/2025,05/02/2025',
    'G002,A,01/04/2025,02/04/2025',
    'Z999,M,01/01/2025,',
    'G003,X,01/01/2025,',
    'G003,M,05/01/2025,04/01/2025',
    'G003,M,01/01/2000,',
  ];
  const uasc = [
    'CHILD,SEX,DOB,DUC',
    'U1,1,01/05/2010,',
    'G004,2,05/03/2012,',
    'G005,2,06/03/2012,01/01/2025',
    'U1,1,01/05/2010,',
    'G005,2,06/03/2012,02/02/2025',
    'Y1,1,01/01/2010,',
    'G006,1,08/03/2012,',
    'G003,2,04/03/2012,',
  ];
  return {
    header: header.join('\n'),
    episodes: episodes.join('\n'),
    reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE',
    missing: missing.join('\n'),
    uasc: uasc.join('\n'),
  };
}

describe('a return’s missing-from-care and UASC files: every row imported or reported, shown to the child’s advocate', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  /** The LA's children by their CHILD reference. */
  let ids: Map<string, string>;
  let siblingAdvocateId: string;
  /** Signed in before the clock is put back to 2 June 2025 (a session begun on a mocked day is refused as expired). */
  let advocates: Map<string, GraphqlTestClient>;

  const episodeRows = async () =>
    (await api.dataSource.query(
      `SELECT m.id, c.la_child_ref AS ref, m.kind, to_char(m.started_on, 'YYYY-MM-DD') AS started_on, to_char(m.ended_on, 'YYYY-MM-DD') AS ended_on
         FROM missing_episodes m JOIN children c ON c.id = m.child_id WHERE c.local_authority_id = $1 ORDER BY c.la_child_ref, m.started_on`,
      [fx.laId],
    )) as Array<{ id: string; ref: string; kind: string; started_on: string; ended_on: string | null }>;
  const advocateOf = async (ref: string): Promise<{ client: GraphqlTestClient; email: string }> => {
    const [row] = (await api.dataSource.query(`SELECT advocate_id FROM assignments WHERE child_id = $1 AND ended_on IS NULL`, [ids.get(ref)])) as Array<{
      advocate_id: string;
    }>;
    const advocate = fx.advocates.find((a) => a.id === row?.advocate_id);
    if (advocate === undefined) throw new Error(`${ref} has no advocate`);
    return { client: signedIn(advocate.email), email: advocate.email };
  };

  const signedIn = (email: string): GraphqlTestClient => {
    const client = advocates.get(email);
    if (client === undefined) throw new Error(`${email} is not signed in`);
    return client;
  };

  beforeAll(async () => {
    api = await startTestApp();
    // Advocate 0 takes ties (the larger cap); advocate 1 speaks Arabic.
    fx = await advocacyFixture(api, [{ cap: 30 }, { cap: 20, languages: ['English', 'Arabic'] }]);
    manager = await fx.signIn(fx.managerEmail);
    advocates = new Map(await Promise.all(fx.advocates.map(async (a): Promise<[string, GraphqlTestClient]> => [a.email, await fx.signIn(a.email)])));
    onDay(api, '2025-06-02');
    const sibling = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-05-01', newChild: newChild({ laChildRef: 'S1' }) },
    });
    if (sibling.errors.length > 0) throw new Error(JSON.stringify(sibling.errors));
    const siblingId = sibling.data?.recordTriggerEvent.child.id ?? '';
    siblingAdvocateId = sibling.data?.recordTriggerEvent.advocate?.id ?? '';
    // U1 and U2 are S1's brother and sister, whose first language the LA recorded as Arabic; U2 is already known to be UASC.
    await api.dataSource.query(`UPDATE children SET sibling_group_id = id WHERE id = $1`, [siblingId]);
    await api.dataSource.query(
      `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth, sex, first_language, sibling_group_id, uasc)
       VALUES ($1, 'U1', 'Child', 'U1', '2010-05-01', '1', 'Arabic', $2, false), ($1, 'U2', 'Child', 'U2', '2009-01-01', '2', 'Arabic', $2, true)`,
      [fx.laId, siblingId],
    );
  });
  afterAll(() => api.close());

  it('reports every row of missing.csv and uasc.csv, with totals per file', async () => {
    expect(siblingAdvocateId).toBe(fx.advocates[0]?.id);
    const result = await importAndWait(api.url, manager, IMPORT, generatedReturn());
    expect(result.status).toBe('COMPLETED');
    expect(result.counts?.files).toEqual([
      { file: 'header', rowsRead: 7, imported: 7, skipped: 0, rejected: 0 },
      { file: 'episodes', rowsRead: 7, imported: 7, skipped: 0, rejected: 0 },
      { file: 'reviews', rowsRead: 0, imported: 0, skipped: 0, rejected: 0 },
      { file: 'missing', rowsRead: 9, imported: 3, skipped: 1, rejected: 5 },
      { file: 'uasc', rowsRead: 8, imported: 3, skipped: 1, rejected: 4 },
    ]);
    expect([result.counts?.childrenCreated, result.counts?.childrenUpdated, result.counts?.childrenAssigned]).toEqual([6, 1, 7]);
    expect(result.skipped).toEqual([
      { file: 'missing', rowNumber: 5, column: 'MIS_START', reason: 'The same as row 2 (an exact duplicate): skipped.' },
      { file: 'uasc', rowNumber: 5, column: 'CHILD', reason: 'The same as row 2 (an exact duplicate): skipped.' },
    ]);
    expect(result.rejections).toEqual([
      { file: 'missing', rowNumber: 6, column: 'MISSING', reason: 'Same child and start as row 4, which has MISSING M (this row has MISSING A); kept row 4.' },
      { file: 'missing', rowNumber: 7, column: 'CHILD', reason: 'Missing-from-care row for child Z999, who is not in the header file.' },
      {
        file: 'missing',
        rowNumber: 8,
        column: 'MISSING',
        reason: '"X" is not an SSDA903 missing-from-care type (M or A) code.',
      },
      { file: 'missing', rowNumber: 9, column: 'MIS_END', reason: 'The episode of missing ends (4 January 2025) before it starts (5 January 2025).' },
      {
        file: 'missing',
        rowNumber: 10,
        column: 'MIS_START',
        reason: "The episode of missing starts (1 January 2000) before the child's date of birth (4 March 2012).",
      },
      { file: 'uasc', rowNumber: 3, column: 'SEX', reason: 'SEX is 2 here but 1 in the header file.' },
      { file: 'uasc', rowNumber: 6, column: 'DUC', reason: 'Same child as row 4, which has DUC 01/01/2025 (this row has DUC 02/02/2025); kept row 4.' },
      { file: 'uasc', rowNumber: 7, column: 'CHILD', reason: 'UASC row for child Y1, who is not in the header file.' },
      { file: 'uasc', rowNumber: 8, column: 'DOB', reason: 'DOB is 08/03/2012 here but 07/03/2012 in the header file.' },
    ]);
    expect((await episodeRows()).map(({ id: _id, ...row }) => row)).toEqual([
      { ref: 'G001', kind: 'MISSING', started_on: '2025-02-03', ended_on: '2025-02-05' },
      { ref: 'G001', kind: 'AWAY', started_on: '2025-03-10', ended_on: null },
      { ref: 'G002', kind: 'MISSING', started_on: '2025-04-01', ended_on: '2025-04-02' },
    ]);
    const children = (await api.dataSource.query(
      `SELECT la_child_ref AS ref, id, uasc, to_char(uasc_ceased_on, 'YYYY-MM-DD') AS ceased FROM children WHERE local_authority_id = $1 ORDER BY la_child_ref`,
      [fx.laId],
    )) as Array<{ ref: string; id: string; uasc: boolean; ceased: string | null }>;
    ids = new Map(children.map((c) => [c.ref, c.id]));
    expect(children.map(({ id: _id, ...c }) => c)).toEqual([
      { ref: 'G001', uasc: false, ceased: null },
      { ref: 'G002', uasc: false, ceased: null },
      { ref: 'G003', uasc: true, ceased: null },
      { ref: 'G004', uasc: false, ceased: null },
      { ref: 'G005', uasc: true, ceased: '2025-01-01' },
      { ref: 'G006', uasc: false, ceased: null },
      { ref: 'S1', uasc: false, ceased: null },
      { ref: 'U1', uasc: true, ceased: null },
      { ref: 'U2', uasc: true, ceased: null },
    ]);
  });

  it('shows the child’s advocate their missing episodes, newest first, and refuses an advocate of other children', async () => {
    const advocate = await advocateOf('G001');
    const read = await advocate.client.request(CHILD, { id: ids.get('G001') ?? '' });
    expect(read.errors).toEqual([]);
    expect(read.data?.child).toMatchObject({
      uasc: false,
      uascCeasedOn: null,
      interpreterNeeded: false,
      missingEpisodes: [
        { kind: 'AWAY', startedOn: '2025-03-10', endedOn: null, days: 85 },
        { kind: 'MISSING', startedOn: '2025-02-03', endedOn: '2025-02-05', days: 3 },
      ],
    });
    const audited = (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'child.read' AND entity_id = $1`, [
      ids.get('G001'),
    ])) as Array<{ n: number }>;
    expect(audited[0]?.n).toBe(1);
    const other = fx.advocates.find((a) => a.email !== advocate.email);
    const refused = await signedIn(other?.email ?? '').request(CHILD, { id: ids.get('G001') ?? '' });
    expect([errorCodes(refused), refused.data?.child]).toEqual([['NOT_FOUND'], undefined]);
    const asManager = await manager.request(CHILD, { id: ids.get('G005') ?? '' });
    expect(asManager.data?.child).toMatchObject({ uasc: false, uascCeasedOn: '2025-01-01', interpreterNeeded: false, missingEpisodes: [] });
    const g003 = await manager.request(CHILD, { id: ids.get('G003') ?? '' });
    expect(g003.data?.child).toMatchObject({ firstLanguage: null, uasc: true, interpreterNeeded: true });
  });

  it('gives the UASC child who speaks Arabic the Arabic-speaking advocate over their sibling’s, on import and on a trigger', async () => {
    const arabic = fx.advocates[1];
    const u1 = await manager.request(CHILD, { id: ids.get('U1') ?? '' });
    expect(u1.data?.child).toMatchObject({
      firstLanguage: 'Arabic',
      uasc: true,
      interpreterNeeded: true,
      assignments: [{ advocate: { id: arabic?.id }, startReason: 'SHARED_LANGUAGE' }],
    });
    const mine = await signedIn(arabic?.email ?? '').request(Ssda903MissingAndUascMyChildrenDocument, {});
    expect(mine.data?.myChildren.find((c) => c.id === ids.get('U1'))?.interpreterNeeded).toBe(true);
    const u2 = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-06-02', childId: ids.get('U2') ?? '' } });
    expect([u2.data?.recordTriggerEvent.outcome, u2.data?.recordTriggerEvent.advocate?.id]).toEqual(['ASSIGNED', arabic?.id]);
    const u2Read = await manager.request(CHILD, { id: ids.get('U2') ?? '' });
    expect(u2Read.data?.child.assignments).toEqual([{ advocate: { id: arabic?.id }, startReason: 'SHARED_LANGUAGE' }]);
  });

  it('the same files again change nothing; the three files alone are other files, and leave missing episodes and UASC as they are', async () => {
    const before = await episodeRows();
    const first = (await api.dataSource.query(
      `SELECT id FROM ssda903_imports WHERE local_authority_id = $1 AND status = 'COMPLETED' ORDER BY started_at LIMIT 1`,
      [fx.laId],
    )) as Array<{ id: string }>;
    const again = await importAndWait(api.url, manager, IMPORT, generatedReturn());
    expect([again.sameFilesAs, again.counts?.childrenCreated, again.counts?.childrenUpdated, again.counts?.childrenUnchanged]).toEqual([first[0]?.id, 0, 0, 7]);
    expect(await episodeRows()).toEqual(before);
    const { missing: _m, uasc: _u, ...required } = generatedReturn();
    const without = await importAndWait(api.url, manager, IMPORT, required);
    expect([without.sameFilesAs, without.counts?.childrenUpdated, without.counts?.childrenUnchanged]).toEqual([null, 0, 7]);
    expect(without.counts?.files.map((f) => f.file)).toEqual(['header', 'episodes', 'reviews']);
    expect(await episodeRows()).toEqual(before);
    const u1 = await manager.request(CHILD, { id: ids.get('U1') ?? '' });
    expect(u1.data?.child.uasc).toBe(true);
  });

  it('refuses a return whose optional file is not a 903 file, naming it, and writes nothing', async () => {
    const form = new FormData();
    const files = { ...generatedReturn(), missing: 'CHILD,MISSING,MIS_START,MIS_FINISH\nG001,M,03/02/2025,' };
    for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
    const imports = async () =>
      ((await api.dataSource.query(`SELECT count(*)::int AS n FROM ssda903_imports WHERE local_authority_id = $1`, [fx.laId])) as Array<{ n: number }>)[0]?.n;
    const count = await imports();
    const response = await fetch(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    expect([response.status, await response.json()]).toMatchObject([
      400,
      {
        code: 'BAD_USER_INPUT',
        message:
          'The files were not imported: missing.csv is not an SSDA903 missing file: expected the columns CHILD,MISSING,MIS_START,MIS_END (missing MIS_END; unexpected MIS_FINISH).',
      },
    ]);
    expect(await imports()).toBe(count);
  });
});

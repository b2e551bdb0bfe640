import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { HEADER, REVIEWS } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The command `npm run import:903` runs, from the sources (ts-node) rather than a build, on this run's database. */
const CLI = resolve(__dirname, '../../../src/cli/import-ssda903.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface CliOutput {
  importId: string;
  status: string;
  counts: Record<string, number> | null;
  failure: string | null;
  sameFilesAs: string | null;
}

/** A return with nothing to reject: two children in care, one review. */
const EPISODES = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
A1,10/01/2024,S,C2,N1,U4,PR1,,,,,,
A2,01/06/2024,S,V2,N4,U6,PR1,,,,,,
`;

describe('npm run import:903: importing a return from the command line', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let dir = '';

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    dir = await mkdtemp(join(tmpdir(), 'heard-cli-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await api.close();
  });

  async function files(
    name: string,
    contents: Record<'header' | 'episodes' | 'reviews', string> & Partial<Record<'missing' | 'uasc', string>>,
  ): Promise<string> {
    const folder = join(dir, name);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder);
    for (const [file, text] of Object.entries(contents)) await writeFile(join(folder, `${file}.csv`), text);
    return folder;
  }

  function cli(folder: string): Promise<Run> {
    const env = {
      ...process.env,
      DATABASE_URL: api.ownerUrl,
      SEED_DEMO: 'false',
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_PROJECT: resolve(__dirname, '../../../tsconfig.app.json'),
    };
    return new Promise((done) => {
      execFile(
        process.execPath,
        ['-r', 'ts-node/register', CLI, '--as', fx.managerEmail, '--dir', folder],
        { env, timeout: 100_000 },
        (error, stdout, stderr) => {
          done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
        },
      );
    });
  }

  const imports = async (): Promise<number> =>
    ((await api.dataSource.query(`SELECT count(*)::int AS n FROM ssda903_imports WHERE local_authority_id = $1`, [fx.laId])) as Array<{ n: number }>)[0]?.n ??
    -1;

  it('refuses a file set that is not a 903 return: the refusal, exit code 2, nothing written', async () => {
    const run = await cli(await files('refused', { header: HEADER, episodes: HEADER, reviews: REVIEWS }));

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'The files were not imported: episodes.csv is not an SSDA903 episodes file: expected the columns CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN (missing DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN; unexpected SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB).\n',
    });
    expect(await imports()).toBe(0);
  }, 120_000);

  it('imports a return, and says the same files again are the same as that import and changed nothing', async () => {
    const folder = await files('return', {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/03/2012,WBRI,,,\nA2,2,15/07/2015,BAFR,,,\n',
      episodes: EPISODES,
      reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/03/2012,05/02/2024,PN1\n',
    });

    const first = await cli(folder);
    const imported = JSON.parse(first.stdout) as CliOutput;
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect([
      imported.status,
      imported.failure,
      imported.sameFilesAs,
      imported.counts?.['childrenCreated'],
      imported.counts?.['childrenAssigned'],
      imported.counts?.['meetingsRecorded'],
      imported.counts?.['rowsRejected'],
    ]).toEqual(['COMPLETED', null, null, 2, 2, 1, 0]);

    const again = await cli(folder);
    const reimported = JSON.parse(again.stdout) as CliOutput;
    expect([again.code, again.stderr]).toEqual([0, `same files as import ${imported.importId}: nothing changed\n`]);
    expect([reimported.status, reimported.sameFilesAs, reimported.counts?.['childrenUnchanged'], reimported.counts?.['childrenCreated']]).toEqual([
      'COMPLETED',
      imported.importId,
      2,
      0,
    ]);
    expect(await imports()).toBe(2);
  }, 240_000);

  it('imports missing.csv and uasc.csv when the folder has them, and refuses one that is not a 903 file with exit code 2', async () => {
    const contents = {
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB1,1,01/03/2012,WBRI,,,\nB2,2,15/07/2015,BAFR,,,\n',
      episodes: EPISODES.replace(/A1,/g, 'B1,').replace(/A2,/g, 'B2,'),
      reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE\n',
      missing: 'CHILD,MISSING,MIS_START,MIS_END\nB1,M,03/02/2024,05/02/2024\nB9,A,03/02/2024,\n',
    };
    const before = await imports();
    const refused = await cli(await files('optional-refused', { ...contents, uasc: 'CHILD,SEX,DOB\nB2,2,15/07/2015\n' }));
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      'The files were not imported: uasc.csv is not an SSDA903 uasc file: expected the columns CHILD,SEX,DOB,DUC (missing DUC).\n',
    ]);
    expect(await imports()).toBe(before);
    const run = await cli(await files('optional', { ...contents, uasc: 'CHILD,SEX,DOB,DUC\nB2,2,15/07/2015,\n' }));
    const output = JSON.parse(run.stdout) as { status: string; counts: { files: unknown[] } | null };
    expect([run.code, output.status, output.counts?.files]).toEqual([
      0,
      'COMPLETED',
      [
        { file: 'header', rowsRead: 2, imported: 2, skipped: 0, rejected: 0 },
        { file: 'episodes', rowsRead: 2, imported: 2, skipped: 0, rejected: 0 },
        { file: 'reviews', rowsRead: 0, imported: 0, skipped: 0, rejected: 0 },
        { file: 'missing', rowsRead: 2, imported: 1, skipped: 0, rejected: 1 },
        { file: 'uasc', rowsRead: 1, imported: 1, skipped: 0, rejected: 0 },
      ],
    ]);
  }, 240_000);
});

import { Ssda903UploadFailuresImportDocument } from '@heard/graphql-types/testing';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { INTERRUPTED_FAILURE } from '../../../src/modules/imports/import-liveness.service';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { episodes, HEADER, REVIEWS } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

const UNREADABLE = 'The upload could not be read. Choose the files again and retry.';
const INTERRUPTED = INTERRUPTED_FAILURE;
const IMPORT = Ssda903UploadFailuresImportDocument;
/** Both instances sign the same tokens, as processes behind one load balancer do. */
const SHARED_ENV = { JWT_SECRET: 'import-recovery-test-signing-key-shared-by-both-instances' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function multipart(boundary: string, files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [field, content] of Object.entries(files)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${field}.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      Buffer.from(content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/**
 * This worker's upload folders: those named with its pid, and unnamed ones (before uploads were named
 * by process), so other test workers' uploads in the same temp directory are not counted.
 */
function uploadFolders(): Set<string> {
  return new Set(readdirSync(tmpdir()).filter((name) => name.startsWith(`heard-903-${process.pid}-`) || /^heard-903-[^-]{6}$/.test(name)));
}

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i += 1) {
    await sleep(50);
    value = await read();
  }
  return value;
}

describe('SSDA903 uploads that go wrong: the process keeps serving, nothing is left on disk, no import is left running', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  let before: Set<string>;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await api.close();
  });
  beforeEach(() => {
    before = uploadFolders();
  });

  const post = async (contentType: string, body: Buffer): Promise<{ status: number; body: { importId?: string; code?: string; message?: string } }> => {
    const response = await fetch(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    return { status: response.status, body: (await response.json()) as { importId?: string; code?: string; message?: string } };
  };
  const left = () => [...uploadFolders()].filter((name) => !before.has(name));
  const running = async (): Promise<number> =>
    (
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM ssda903_imports WHERE local_authority_id = $1 AND status = 'RUNNING'`, [fx.laId])) as Array<{
        n: number;
      }>
    )[0]?.n ?? -1;
  const health = async (): Promise<number> => (await fetch(`${api.url}/health`)).status;

  /** After every case: still serving, no unhandled rejection, no folder of the upload left, nothing running. */
  async function expectCleanAfterwards(): Promise<void> {
    await sleep(100);
    expect(await until(left, (names) => names.length === 0)).toEqual([]);
    expect(await until(running, (n) => n === 0)).toBe(0);
    expect(await health()).toBe(200);
    expect(unhandled).toEqual([]);
  }

  it('a body cut off in the middle of a file is a 400', async () => {
    const body = multipart('cut-here', { header: HEADER, episodes: episodes(), reviews: REVIEWS });
    const cut = body.indexOf('A2,01/06/2024');
    const refused = await post('multipart/form-data; boundary=cut-here', body.subarray(0, cut));
    expect([refused.status, refused.body.code, refused.body.message]).toEqual([400, 'BAD_USER_INPUT', UNREADABLE]);
    await expectCleanAfterwards();
  });

  it('a body cut off inside a file the upload does not use (an extra or a repeated field) is a 400', async () => {
    for (const extra of ['notes', 'header']) {
      const body = Buffer.concat([
        multipart('cut-extra', { header: HEADER, episodes: episodes(), reviews: REVIEWS }).subarray(0, -'--cut-extra--\r\n'.length),
        multipart('cut-extra', { [extra]: HEADER }),
      ]);
      const refused = await post('multipart/form-data; boundary=cut-extra', body.subarray(0, body.length - 40));
      expect([refused.status, refused.body.code, refused.body.message]).toEqual([400, 'BAD_USER_INPUT', UNREADABLE]);
    }
    await expectCleanAfterwards();
  });

  it('a body that ends in the middle of a file while it is being written is a 400', async () => {
    const body = multipart('slow', { header: HEADER, episodes: episodes(), reviews: REVIEWS });
    const half = body.indexOf('A2,01/06/2024');
    const req = request(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=slow', authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    req.write(body.subarray(0, half));
    expect((await until(left, (names) => names.length === 1)).length).toBe(1);
    await sleep(100);
    req.end();
    const { status, text } = await answer;
    expect([status, (JSON.parse(text) as { message?: string }).message]).toEqual([400, UNREADABLE]);
    await expectCleanAfterwards();
  });

  it('a wrong boundary is a 400', async () => {
    const refused = await post('multipart/form-data; boundary=not-the-one', multipart('the-one', { header: HEADER, episodes: episodes(), reviews: REVIEWS }));
    expect([refused.status, refused.body.code, refused.body.message]).toEqual([400, 'BAD_USER_INPUT', UNREADABLE]);
    await expectCleanAfterwards();
  });

  it('a client that goes away in the middle of a file leaves nothing behind', async () => {
    const body = multipart('abort', { header: HEADER, episodes: episodes(), reviews: REVIEWS });
    const half = body.indexOf('A2,01/06/2024');
    const errors: string[] = [];
    const req = request(`${api.url}/api/imports/ssda903`, {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=abort',
        'content-length': String(body.length),
        authorization: `Bearer ${manager.accessToken ?? ''}`,
      },
    });
    req.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
    req.write(body.subarray(0, half));
    // The server has started writing the upload to disk before the client goes.
    expect((await until(left, (names) => names.length === 1)).length).toBe(1);
    req.destroy();
    await expectCleanAfterwards();
    expect(errors).toEqual(['ECONNRESET']);
  });

  it('a refused upload (not a 903 file) leaves no file holding children’s rows', async () => {
    const refused = await post('multipart/form-data; boundary=refused', multipart('refused', { header: HEADER, episodes: HEADER, reviews: REVIEWS }));
    expect([refused.status, refused.body.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(refused.body.message?.startsWith('The files were not imported: episodes.csv is not an SSDA903 episodes file')).toBe(true);
    await expectCleanAfterwards();
  });

  it('a file missing is a 400 and leaves nothing behind', async () => {
    const refused = await post('multipart/form-data; boundary=missing', multipart('missing', { header: HEADER, episodes: episodes() }));
    expect([refused.status, refused.body.code, refused.body.message]).toEqual([
      400,
      'BAD_USER_INPUT',
      'Choose all three files of the return: reviews.csv is missing.',
    ]);
    await expectCleanAfterwards();
  });

  it('a successful upload removes its files once imported', async () => {
    const accepted = await post('multipart/form-data; boundary=good', multipart('good', { header: HEADER, episodes: episodes(), reviews: REVIEWS }));
    expect(accepted.status).toBe(202);
    const result = await until(
      async () => (await manager.request(IMPORT, { id: accepted.body.importId ?? '' })).data?.ssda903Import,
      (r) => r !== undefined && r.status !== 'RUNNING',
    );
    expect([result?.status, result?.counts?.childrenCreated]).toEqual(['COMPLETED', 4]);
    await expectCleanAfterwards();
    expect((await manager.request(IMPORT, { id: accepted.body.importId ?? '' })).data?.ssda903Import.status).toBe('COMPLETED');
  });

  it('every kind of broken upload at once, twice over: still serving, nothing left', async () => {
    const good = multipart('many', { header: HEADER, episodes: episodes(), reviews: REVIEWS });
    const cases: Array<[string, Buffer]> = [];
    for (let at = 40; at < good.length - 4; at += Math.floor(good.length / 12)) cases.push(['multipart/form-data; boundary=many', good.subarray(0, at)]);
    cases.push(
      ['multipart/form-data; boundary=other', good],
      ['multipart/form-data', good],
      ['multipart/form-data; boundary=many', Buffer.from('--many\r\nContent-Disposition: form-data; name="header"; filename="h.csv"\r\n\r\n')],
    );
    const statuses = await Promise.all([...cases, ...cases].map(async ([type, body]) => (await post(type, body)).status));
    expect(statuses).toEqual([...cases, ...cases].map(() => 400));
    await expectCleanAfterwards();
  });
});

describe('an import left RUNNING by a process that stopped', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  let fx: AdvocacyFixture;

  beforeAll(async () => {
    first = await startTestApp(SHARED_ENV);
    fx = await advocacyFixture(first, [{ cap: 5 }]);
  });
  afterAll(async () => {
    await second?.close();
    await first.close();
  });

  /** A pid that belonged to a process that has ended. */
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    return child.pid ?? 0;
  }

  it('is marked interrupted with its reason when an API process starts, its temp folder is removed, and the same files import again', async () => {
    const files = { header: HEADER, episodes: episodes(), reviews: REVIEWS };
    const hash = createHash('sha256');
    for (const content of [files.header, files.episodes, files.reviews]) hash.update(content).update('\0');
    const checksum = hash.digest('hex');
    const owner = new Client({ connectionString: first.ownerUrl });
    await owner.connect();
    let ids: { stale: string; live: string };
    try {
      const [{ id: userId }] = (await owner.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])).rows as [{ id: string }];
      const insert = async (claimedBy: string, heartbeat: string): Promise<string> =>
        (
          await owner.query<{ id: string }>(
            `INSERT INTO ssda903_imports (local_authority_id, imported_by_user_id, status, checksum, children_total, children_done, started_at, claimed_by, heartbeat_at)
           VALUES ($1, $2, 'RUNNING', $3, 4, 2, now() - interval '1 hour', $4, ${heartbeat}) RETURNING id`,
            [fx.laId, userId, checksum, claimedBy],
          )
        ).rows[0]?.id ?? '';
      ids = { stale: await insert('a-process-that-stopped', `now() - interval '1 hour'`), live: await insert('a-process-still-running', 'now()') };
    } finally {
      await owner.end();
    }
    const stale = join(tmpdir(), `heard-903-${await deadPid()}-Stale1`);
    const unnamed = join(tmpdir(), 'heard-903-Old123');
    const live = join(tmpdir(), `heard-903-${process.pid}-Live01`);
    for (const dir of [stale, unnamed, live]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'header.csv'), HEADER);
    }
    utimesSync(unnamed, new Date('2000-01-01T00:00:00Z'), new Date('2000-01-01T00:00:00Z'));

    second = await startTestApp(SHARED_ENV);
    const status = async (id: string): Promise<{ status: string; failure: string | null; finished: boolean }> =>
      (
        (await first.dataSource.query(`SELECT status, failure, finished_at IS NOT NULL AS finished FROM ssda903_imports WHERE id = $1`, [id])) as Array<{
          status: string;
          failure: string | null;
          finished: boolean;
        }>
      )[0] ?? { status: '?', failure: null, finished: false };
    expect(await status(ids.stale)).toEqual({ status: 'FAILED', failure: INTERRUPTED, finished: true });
    // Another process's import, still heartbeating, is not touched.
    expect(await status(ids.live)).toEqual({ status: 'RUNNING', failure: null, finished: false });
    const remaining = readdirSync(tmpdir());
    expect([
      remaining.includes('heard-903-Old123'),
      remaining.some((n) => n === stale.slice(tmpdir().length + 1)),
      remaining.includes(`heard-903-${process.pid}-Live01`),
    ]).toEqual([false, false, true]);
    rmSync(live, { recursive: true, force: true });
    await first.dataSource.query(`UPDATE ssda903_imports SET status = 'FAILED', failure = 'test over', finished_at = now() WHERE id = $1`, [ids.live]);

    const manager = await fx.signIn(fx.managerEmail);
    const form = new FormData();
    for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
    const accepted = await fetch(`${second.url}/api/imports/ssda903`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${manager.accessToken ?? ''}` },
    });
    expect(accepted.status).toBe(202);
    const { importId } = (await accepted.json()) as { importId: string };
    const result = await until(
      async () => (await manager.request(IMPORT, { id: importId })).data?.ssda903Import,
      (r) => r !== undefined && r.status !== 'RUNNING',
    );
    expect(result).toEqual({
      status: 'COMPLETED',
      failure: null,
      sameFilesAs: null,
      counts: { childrenCreated: 4, childrenUpdated: 0, childrenUnchanged: 0, rowsRead: 20, rowsRejected: 9 },
    });
    const interrupted = (await manager.request(IMPORT, { id: ids.stale })).data?.ssda903Import;
    expect(interrupted).toEqual({ status: 'FAILED', failure: INTERRUPTED, sameFilesAs: null, counts: null });
  });
});

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A second Heard, on a database of its own, with API_WORKERS=2: one port, two worker processes (Node's cluster).
const PORT = Number(process.env['E2E_PORT'] ?? 4310) + 7;
const URL = `http://127.0.0.1:${PORT}`;

/** The process ids of `pid`'s children that run the API (not the embedded PostgreSQL the primary may start). */
function childrenOf(pid: number): number[] {
  try {
    const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.includes('main.js'))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
  } catch {
    // ps exits 1 when the process has no children (yet).
    return [];
  }
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: { code?: string } }>;
  cookie: string | null;
}

/** One GraphQL call on a connection of its own, so that the cluster hands each call to the next worker in turn. */
async function call(query: string, token: string | null = null, cookie: string | null = null): Promise<Answer> {
  const response = await fetch(`${URL}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Connection: 'close',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(cookie === null ? {} : { Cookie: cookie }),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as Omit<Answer, 'cookie'>;
  return { ...body, cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? null };
}

/** Signs in: the access token, and the refresh cookie a sign-out ends the session with. */
async function signIn(email: string): Promise<{ token: string; cookie: string | null }> {
  const login = await call(`mutation { login(email: "${email}", password: "demo-password") { accessToken } }`);
  return { token: (login.data?.['login'] as { accessToken: string }).accessToken, cookie: login.cookie };
}

const MY_CHILDREN = '{ myChildren { id } }';

test.describe('API_WORKERS=2 runs two workers on one port, and nothing is lost between them', () => {
  let server: ChildProcess;
  let workers: number[];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Run from the repository root, as the e2e target runs Playwright. The primary says when every worker serves.
    server = spawn(process.execPath, ['e2e/support/serve-api.mjs', String(PORT)], {
      env: { ...process.env, API_WORKERS: '2' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const serving = await new Promise<string>((resolve, reject) => {
      let output = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = /\[cluster\] 2 API workers serving \(process ids ([0-9, ]+)\)/.exec(output);
        if (line?.[1] !== undefined) resolve(line[1]);
      });
      server.once('exit', (code) => reject(new Error(`the server stopped (code ${String(code)}) before its workers served`)));
    });
    workers = serving.split(', ').map(Number);
    expect(workers).toHaveLength(2);
    expect(childrenOf(childrenOf(server.pid ?? 0)[0] ?? 0).sort()).toEqual([...workers].sort());
  });

  test.afterAll(async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  });

  test('every worker serves a signed-in caller, and a sign-out is refused on every worker at once', async () => {
    const { token, cookie } = await signIn('advocate@demo.heard');
    const before = await Promise.all(Array.from({ length: 6 }, () => call(MY_CHILDREN, token)));
    expect(before.map((r) => (r.data?.['myChildren'] as unknown[] | undefined)?.length ?? r.errors?.[0]?.extensions?.code)).toEqual([8, 8, 8, 8, 8, 8]);
    expect((await call('mutation { logout }', token, cookie)).data).toEqual({ logout: true });
    const after = await Promise.all(Array.from({ length: 6 }, () => call(MY_CHILDREN, token)));
    expect(after.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(6).fill('UNAUTHENTICATED'));
  });

  test('a worker that dies is replaced, and the other serves meanwhile', async () => {
    const { token } = await signIn('manager@demo.heard');
    const [victim] = workers;
    const primary = childrenOf(server.pid ?? 0)[0] ?? 0;
    process.kill(victim ?? 0, 'SIGKILL');
    // The primary forks a replacement once it has seen the worker go; until the replacement listens (it takes seconds
    // to start), the other worker takes every connection.
    await expect.poll(() => childrenOf(primary).filter((pid) => !workers.includes(pid)).length, { timeout: 30_000 }).toBe(1);
    const meanwhile = await Promise.all(Array.from({ length: 4 }, () => call('{ laChildren { id } }', token)));
    expect(meanwhile.map((r) => r.errors ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok']);
    await expect
      .poll(async () => (await Promise.all(Array.from({ length: 4 }, () => call('{ laChildren { id } }', token)))).every((r) => r.errors === undefined), {
        timeout: 60_000,
      })
      .toBe(true);
  });
});

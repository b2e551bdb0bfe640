import { TestGenerateReportDocument, TestReportJobDocument } from '@heard/graphql-types/testing';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { provisionOwnedDatabase } from '../../../src/database/database-provisioning';
import { ReportJobsService } from '../../../src/modules/reports/report-jobs.service';
import { PasswordService } from '../../../src/modules/auth/password.service';
import { UserEntity } from '../../../src/modules/users/user.entity';
import { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const SECRET = 'x'.repeat(40);
const TYPO = '{ chil(id: "00000000-0000-0000-0000-000000000000") { id } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

/** Every header helmet sets, with its value, except the CSP (checked directive by directive). */
const COMMON_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const API_CSP = "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'";

/** The built portal's shape: the nonce placeholder on app-root and on the inlined critical CSS. */
const INDEX_HTML =
  '<!doctype html><html><head><style nonce="HEARD_CSP_NONCE">body{margin:0}</style></head>' +
  '<body><app-root ngCspNonce="HEARD_CSP_NONCE"></app-root><script src="main.js" type="module"></script></body></html>';

function headersOf(response: Response, names: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
}

function commonHeaders(response: Response): Record<string, string | null> {
  return headersOf(response, Object.keys(COMMON_HEADERS));
}

function refreshCookie(response: Response): string {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith('heard_refresh=')) ?? '';
}

function signIn(url: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
}

function cookieAttributes(cookie: string): string[] {
  return cookie
    .split(';')
    .slice(1)
    .map((part) => part.trim())
    .filter((part) => !part.startsWith('Max-Age=') && !part.startsWith('Expires='));
}

describe('security headers, the Secure refresh cookie and GraphQL suggestions (development, behind a proxy)', () => {
  const savedEnv = { ...process.env };
  const webDist = mkdtempSync(join(tmpdir(), 'heard-web-'));
  let api: TestApp;

  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), INDEX_HTML);
    writeFileSync(join(webDist, 'main.js'), 'export {};\n');
    api = await startTestApp({ NODE_ENV: 'development', JWT_SECRET: SECRET, TRUST_PROXY: 'true', WEB_DIST: webDist });
  });
  afterAll(async () => {
    await api.close();
    process.env = savedEnv;
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/', '/children/some-child', '/index.html'])(
    'serves the portal page %s under its CSP, with a fresh nonce in the page and the policy',
    async (path) => {
      const first = await fetch(`${api.url}${path}`);
      const second = await fetch(`${api.url}${path}`);
      expect(first.status).toBe(200);
      expect(commonHeaders(first)).toEqual(COMMON_HEADERS);
      expect(first.headers.get('strict-transport-security')).toBeNull();

      const html = await first.text();
      const nonce = /ngCspNonce="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(html).not.toContain('HEARD_CSP_NONCE');
      expect(html).toContain(`<style nonce="${nonce}">`);
      const otherNonce = /ngCspNonce="([^"]+)"/.exec(await second.text())?.[1];
      expect(otherNonce).not.toBe(nonce);

      const csp = (first.headers.get('content-security-policy') ?? '').split(';');
      const reportStyle = csp.find((d) => d.startsWith('style-src'))?.split(' ')[3] ?? '';
      expect(reportStyle).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(csp).toEqual([
        "default-src 'self'",
        "base-uri 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        `style-src 'self' 'nonce-${nonce}' ${reportStyle}`,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]);
    },
  );

  it('gives the portal’s own files the same headers', async () => {
    const response = await fetch(`${api.url}/main.js`);
    expect(response.status).toBe(200);
    expect(commonHeaders(response)).toEqual(COMMON_HEADERS);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';base-uri 'self';script-src 'self' 'nonce-/);
  });

  it('gives /health and /api/ downloads the API policy: nothing loads, nobody frames it', async () => {
    for (const path of ['/health', '/api/reports/00000000-0000-0000-0000-000000000000/report.html']) {
      const response = await fetch(`${api.url}${path}`);
      expect([path, commonHeaders(response), response.headers.get('content-security-policy')]).toEqual([path, COMMON_HEADERS, API_CSP]);
    }
  });

  it('leaves /graphql without a CSP outside production, so Apollo’s sandbox page still loads, and sets the rest', async () => {
    const sandbox = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).toContain('embeddable-sandbox');
    expect([commonHeaders(sandbox), sandbox.headers.get('content-security-policy')]).toEqual([COMMON_HEADERS, null]);
    const query = await api.client().rawGraphql('{ __typename }');
    expect([query.status, headersOf(new Response(null, { headers: query.headers }), ['x-content-type-options', 'x-frame-options', 'referrer-policy'])]).toEqual(
      [200, { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' }],
    );
  });

  it('serves the report page with its own policy: its one stylesheet by hash, framed only by the portal', async () => {
    const commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    const queued = await commissioner.request(TestGenerateReportDocument, { year: 2025 });
    await api.app.get(ReportJobsService).runOnce();
    const job = await commissioner.request(TestReportJobDocument, { id: queued.data?.generateAnnualReport.id ?? '' });
    const response = await fetch(`${api.url}/api/reports/${job.data?.reportJob.reportId ?? ''}/report.html`, {
      headers: { authorization: `Bearer ${commissioner.accessToken ?? ''}` },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    expect(html).not.toMatch(/ style=|<script/);
    const hash = `'sha256-${createHash('sha256')
      .update(styles[0] ?? '')
      .digest('base64')}'`;
    expect([commonHeaders(response), response.headers.get('content-security-policy')]).toEqual([
      { ...COMMON_HEADERS, 'x-frame-options': 'SAMEORIGIN' },
      `default-src 'none'; style-src ${hash}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
    ]);
    // The portal frames the report from a blob: URL, which inherits the portal's policy: it must allow the same stylesheet.
    const portal = await fetch(`${api.url}/`);
    expect(
      portal.headers
        .get('content-security-policy')
        ?.split(';')
        .find((d) => d.startsWith('style-src'))
        ?.endsWith(` ${hash}`),
    ).toBe(true);
  });

  it('sends HSTS only on a request that arrived over HTTPS (X-Forwarded-Proto with TRUST_PROXY)', async () => {
    const plain = await fetch(`${api.url}/health`);
    const tls = await fetch(`${api.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect([plain.headers.get('strict-transport-security'), tls.headers.get('strict-transport-security')]).toEqual([null, 'max-age=15552000']);
  });

  it('makes the refresh cookie Secure when the proxy says the request came over HTTPS, and not over plain HTTP', async () => {
    const tls = await signIn(api.url, DEMO.advocate, DEMO.password, { 'x-forwarded-proto': 'https' });
    const plain = await signIn(api.url, DEMO.advocate, DEMO.password);
    expect(cookieAttributes(refreshCookie(tls))).toEqual(['Path=/graphql', 'HttpOnly', 'Secure', 'SameSite=Strict']);
    expect(cookieAttributes(refreshCookie(plain))).toEqual(['Path=/graphql', 'HttpOnly', 'SameSite=Strict']);
  });

  it('still suggests field names to developers', async () => {
    const result = await api.client().rawGraphql(TYPO);
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Cannot query field "chil" on type "Query". Did you mean "child"?', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });
});

/**
 * NODE_ENV=production on its own database: production disables the demo accounts, which the other
 * suites sharing the run's database sign in with.
 */
describe('security headers, the Secure refresh cookie and GraphQL suggestions (production)', () => {
  const base = process.env['HEARD_TEST_DATABASE_URL'] ?? '';
  const admin = process.env['HEARD_TEST_ADMIN_URL'] ?? '';
  const name = `${new URL(base).pathname.slice(1)}_headers_prod`;
  const savedEnv = { ...process.env };
  const email = 'real.admin@headers.example';
  const password = 'a-real-password';
  let api: TestApp;

  beforeAll(async () => {
    const url = await provisionOwnedDatabase({
      adminUrl: admin,
      database: name,
      owner: new URL(base).username,
      ownerPassword: decodeURIComponent(new URL(base).password),
    });
    api = await startTestApp({ DATABASE_URL: url, NODE_ENV: 'production', SEED_DEMO: 'false', JWT_SECRET: SECRET });
    await api.dataSource
      .getRepository(UserEntity)
      .insert({ email, displayName: 'Real Admin', role: 'ADMIN', passwordHash: await new PasswordService().hash(password) });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    process.env = savedEnv;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it('answers a misspelt field without suggesting the real one', async () => {
    const result = await new GraphqlTestClient(api.url).rawGraphql(TYPO);
    expect([result.status, result.errors.map((e) => [e.message, e.extensions?.code])]).toEqual([
      400,
      [['Cannot query field "chil" on type "Query".', 'GRAPHQL_VALIDATION_FAILED']],
    ]);
    expect(result.text).not.toContain('child"');
  });

  it('answers a misspelt subscription field over graphql-ws without suggesting the real one', async () => {
    const socket = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const messages = await new Promise<string[]>((resolve) => {
      socket.subscribe(
        { query: 'subscription { notificationAdde { id } }' },
        {
          next: () => resolve(['unexpected data']),
          error: (errors: unknown) => resolve(Array.isArray(errors) ? (errors as ReadonlyArray<{ message: string }>).map((e) => e.message) : [String(errors)]),
          complete: () => resolve([]),
        },
      );
    });
    await socket.dispose();
    expect(messages).toEqual(['Cannot query field "notificationAdde" on type "Subscription".']);
  });

  it('gives /graphql the API policy, and HSTS on every response', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(headersOf(response, [...Object.keys(COMMON_HEADERS), 'content-security-policy', 'strict-transport-security'])).toEqual({
      ...COMMON_HEADERS,
      'content-security-policy': API_CSP,
      'strict-transport-security': 'max-age=15552000',
    });
  });

  it('makes the refresh cookie Secure even on a plain-HTTP request (a production deployment is behind TLS)', async () => {
    const response = await signIn(api.url, email, password);
    expect(response.status).toBe(200);
    expect(cookieAttributes(refreshCookie(response))).toEqual(['Path=/graphql', 'HttpOnly', 'Secure', 'SameSite=Strict']);
  });
});

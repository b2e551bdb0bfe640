import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadConfig } from './config/env.schema';
import { pino } from 'pino';
import { loggerParams, quietStartUp, requestLine } from './logging';

const secret = () => 'generated-secret-generated-secret-123456';
const request = (fields: Record<string, unknown>) => fields as unknown as IncomingMessage;
const response = (statusCode: number) => ({ statusCode }) as ServerResponse;

describe('logging', () => {
  it('writes a request as one line: method, path without its query, GraphQL operation, status and milliseconds', () => {
    expect(requestLine(request({ method: 'GET', url: '/', originalUrl: '/health?probe=1' }), response(200), 3.4)).toBe('GET /health 200 3 ms');
    expect(requestLine(request({ method: 'POST', url: '/', originalUrl: '/graphql', body: { operationName: 'MyChildren' } }), response(200), 12.2)).toBe(
      'POST /graphql MyChildren 200 12 ms',
    );
    expect(requestLine(request({ method: 'POST', url: '/graphql', body: { operationName: 'not a name; DROP' } }), response(400), null)).toBe(
      'POST /graphql 400',
    );
  });

  it('writes JSON in production and readable lines in development', () => {
    const production = loggerParams(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret(), DATABASE_URL: 'postgres://x@y/z', SEED_DEMO: 'false' }, secret));
    expect(Array.isArray(production.pinoHttp)).toBe(false);
    expect(production.pinoHttp).not.toHaveProperty('customSuccessMessage');
    const development = loggerParams(loadConfig({}, secret));
    expect(Array.isArray(development.pinoHttp)).toBe(true);
  });

  it('logs a response as its status alone, never its headers, in production as in development', () => {
    const production = loggerParams(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret(), DATABASE_URL: 'postgres://x@y/z', SEED_DEMO: 'false' }, secret));
    const options = Array.isArray(production.pinoHttp) ? production.pinoHttp[0] : production.pinoHttp;
    const serialize = (options as { serializers?: { res?: (res: unknown) => unknown } } | undefined)?.serializers?.res;
    expect(serialize?.({ statusCode: 200, headers: { 'set-cookie': 'refresh=secret', 'content-type': 'application/json' } })).toEqual({ statusCode: 200 });
  });

  it("drops Nest's start-up lines in development unless the level is debug", () => {
    const messages = (level: string) => {
      const lines: string[] = [];
      const logger = pino({ level, hooks: { logMethod: quietStartUp } }, { write: (line: string) => lines.push(line) });
      logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
      logger.info({ context: 'DemoSeed' }, 'Seeded the demo data');
      return lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    };
    expect(messages('info')).toEqual(['Seeded the demo data']);
    expect(messages('debug')).toEqual(['AppModule dependencies initialized', 'Seeded the demo data']);
  });
});

import type { INestApplication } from '@nestjs/common';
import { installProcessErrorHandlers } from './process-errors';

interface Logged {
  kind: string;
  message: string;
}

function fakeApp(): { app: INestApplication; logged: Logged[]; closed: number[] } {
  const logged: Logged[] = [];
  const closed: number[] = [];
  const logger = { setContext: () => undefined, fatal: (fields: { kind: string }, message: string) => logged.push({ kind: fields.kind, message }) };
  const app = { resolve: () => Promise.resolve(logger), close: () => Promise.resolve(closed.push(1)).then(() => undefined) } as unknown as INestApplication;
  return { app, logged, closed };
}

describe('process error handlers', () => {
  /** The handlers installed, caught before they reach the test runner's process. */
  const handlers = new Map<string, (error: unknown) => void>();
  beforeEach(() => {
    handlers.clear();
    jest.spyOn(process, 'on').mockImplementation(((event: string, listener: (error: unknown) => void) => {
      handlers.set(event, listener);
      return process;
    }) as unknown as typeof process.on);
  });
  afterEach(() => jest.restoreAllMocks());

  const added = (event: 'unhandledRejection' | 'uncaughtException') => [handlers.get(event)];

  it('in development logs each error and keeps serving', async () => {
    const { app, logged, closed } = fakeApp();
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await installProcessErrorHandlers(app, false);
    added('unhandledRejection')[0]?.(new Error('Unexpected end of form'));
    added('uncaughtException')[0]?.(new Error('boom'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged).toEqual([
      { kind: 'unhandledRejection', message: 'unhandledRejection: logged, still serving (NODE_ENV is not production)' },
      { kind: 'uncaughtException', message: 'uncaughtException: logged, still serving (NODE_ENV is not production)' },
    ]);
    expect([closed.length, exit.mock.calls.length]).toEqual([0, 0]);
  });

  it('in production logs, closes the app once and exits with 1 for its supervisor to restart it', async () => {
    const { app, logged, closed } = fakeApp();
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await installProcessErrorHandlers(app, true);
    added('uncaughtException')[0]?.(new Error('boom'));
    added('unhandledRejection')[0]?.(new Error('again'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged.map((l) => l.message)).toEqual([
      'uncaughtException: closing the API so its supervisor restarts it',
      'unhandledRejection: closing the API so its supervisor restarts it',
    ]);
    expect([closed.length, exit.mock.calls]).toEqual([1, [[1]]]);
  });
});

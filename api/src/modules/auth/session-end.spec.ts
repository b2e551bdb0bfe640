import type { ExecutionResult } from 'graphql';
import { type SessionState, sessionVerdict } from './session-end';
import { gatedIterator } from './session-sockets';

const NOW = new Date('2026-03-02T10:00:00Z');
const IDLE_MS = 30 * 60_000;
const live: SessionState = {
  revokedAt: null,
  endReason: null,
  lastActivityAt: new Date('2026-03-02T09:45:00Z'),
  sessionRole: 'LA_MANAGER',
  sessionLocalAuthorityId: 'la-1',
  sessionAdvocacyProviderId: null,
  role: 'LA_MANAGER',
  localAuthorityId: 'la-1',
  advocacyProviderId: null,
  active: true,
  lockedUntil: null,
};

describe('sessionVerdict: one rule for requests, refreshes, sockets and events', () => {
  it.each<[string, Partial<SessionState>, ReturnType<typeof sessionVerdict>]>([
    ['a live session', {}, { live: true }],
    ['revoked, with its reason', { revokedAt: NOW, endReason: 'SIGNED_OUT' }, { live: false, alreadyEnded: true, reason: 'SIGNED_OUT' }],
    ['a disabled account', { active: false }, { live: false, alreadyEnded: false, reason: 'ACCOUNT_DISABLED' }],
    ['a locked account', { lockedUntil: new Date('2026-03-02T10:15:00Z') }, { live: false, alreadyEnded: false, reason: 'ACCOUNT_LOCKED' }],
    ['a lock that has passed', { lockedUntil: new Date('2026-03-02T09:00:00Z') }, { live: true }],
    ['a changed role', { role: 'COMMISSIONER_STAFF' }, { live: false, alreadyEnded: false, reason: 'ROLE_CHANGED' }],
    ['a changed LA', { localAuthorityId: 'la-2' }, { live: false, alreadyEnded: false, reason: 'ROLE_CHANGED' }],
    ['a changed provider', { advocacyProviderId: 'p-1' }, { live: false, alreadyEnded: false, reason: 'ROLE_CHANGED' }],
    ['idle for more than 30 minutes', { lastActivityAt: new Date('2026-03-02T09:29:59Z') }, { live: false, alreadyEnded: false, reason: 'IDLE' }],
    ['idle for exactly 30 minutes', { lastActivityAt: new Date('2026-03-02T09:30:00Z') }, { live: true }],
  ])('%s', (_name, change, verdict) => {
    expect(sessionVerdict({ ...live, ...change }, NOW, IDLE_MS)).toEqual(verdict);
  });
});

describe('gatedIterator', () => {
  const result = (n: number): ExecutionResult => ({ data: { n } });

  it('passes on only the results allowed when they arrive', async () => {
    async function* source(): AsyncGenerator<ExecutionResult> {
      yield result(1);
      yield result(2);
      yield result(3);
    }
    const verdicts = [true, false, true];
    const gated = gatedIterator(source(), async () => verdicts.shift() ?? false);
    const seen: unknown[] = [];
    for await (const value of gated) seen.push(value);
    expect(seen).toEqual([result(1), result(3)]);
  });

  it('return() reaches the source at once, even while it waits for an event', async () => {
    const returned = jest.fn(async () => ({ done: true as const, value: undefined }));
    const waiting: AsyncIterableIterator<ExecutionResult> = {
      next: () => new Promise(() => undefined),
      return: returned,
      [Symbol.asyncIterator]() {
        return waiting;
      },
    };
    const gated = gatedIterator(waiting, async () => true);
    void gated.next();
    await expect(gated.return()).resolves.toEqual({ done: true, value: undefined });
    expect(returned).toHaveBeenCalledTimes(1);
  });
});

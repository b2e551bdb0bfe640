import { isLocked, reserveSignInAttempt, UNLOCKED, type LockoutState } from './lockout';

const POLICY = { maxFailures: 5, lockMinutes: 15 };
const NOW = new Date('2026-03-02T10:00:00.000Z');
const LOCK_ENDS = new Date('2026-03-02T10:15:00.000Z');

/** Reserves `count` guesses one after another, as concurrent requests do under the row lock, storing each `next`. */
function reserveMany(start: LockoutState, count: number): string[] {
  let state = start;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const reserved = reserveSignInAttempt(state, NOW, POLICY);
    out.push(reserved.kind === 'CHECK' ? `CHECK ${reserved.attempt}${reserved.locksIfWrong ? ' locks' : ''}` : 'LOCKED');
    if (reserved.next !== null) state = reserved.next;
  }
  return out;
}

describe('at most LOGIN_MAX_FAILURES guesses in a row are checked', () => {
  it('lets 5 guesses through to the check, numbered 1 to 5, and refuses the rest however many arrive', () => {
    expect(reserveMany(UNLOCKED, 30)).toEqual([
      'CHECK 1', 'CHECK 2', 'CHECK 3', 'CHECK 4', 'CHECK 5 locks',
      ...Array.from({ length: 25 }, () => 'LOCKED'),
    ]);
  });

  it('sets the lock when the fifth guess is reserved, before it is checked, for LOGIN_LOCK_MINUTES', () => {
    expect(reserveSignInAttempt({ attempts: 4, lockedUntil: null }, NOW, POLICY)).toEqual({
      kind: 'CHECK', attempt: 5, locksIfWrong: true, next: { attempts: 5, lockedUntil: LOCK_ENDS },
    });
  });

  it('counts the first guess of a run as attempt 1 and leaves the account unlocked', () => {
    expect(reserveSignInAttempt(UNLOCKED, NOW, POLICY)).toEqual({
      kind: 'CHECK', attempt: 1, locksIfWrong: false, next: { attempts: 1, lockedUntil: null },
    });
  });

  it('refuses while locked, naming the end of the lock, and changes nothing', () => {
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: LOCK_ENDS }, NOW, POLICY)).toEqual({ kind: 'LOCKED', lockedUntil: LOCK_ENDS, next: null });
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: LOCK_ENDS }, new Date('2026-03-02T10:14:59.999Z'), POLICY).kind).toBe('LOCKED');
  });

  it('starts a new run once the lock has ended (at its last millisecond it is over)', () => {
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: NOW }, NOW, POLICY)).toEqual({
      kind: 'CHECK', attempt: 1, locksIfWrong: false, next: { attempts: 1, lockedUntil: null },
    });
    expect(reserveMany({ attempts: 5, lockedUntil: new Date('2026-03-02T09:59:00.000Z') }, 6)).toEqual([
      'CHECK 1', 'CHECK 2', 'CHECK 3', 'CHECK 4', 'CHECK 5 locks', 'LOCKED',
    ]);
  });

  it('locks at once, without a check, when LOGIN_MAX_FAILURES was lowered below a run already counted', () => {
    expect(reserveSignInAttempt({ attempts: 4, lockedUntil: null }, NOW, { maxFailures: 3, lockMinutes: 15 })).toEqual({
      kind: 'LOCKED', lockedUntil: LOCK_ENDS, next: { attempts: 4, lockedUntil: LOCK_ENDS },
    });
  });

  it('with a limit of 1, the first guess takes the only place and its failure locks', () => {
    const first = reserveSignInAttempt(UNLOCKED, NOW, { maxFailures: 1, lockMinutes: 15 });
    expect(first).toEqual({ kind: 'CHECK', attempt: 1, locksIfWrong: true, next: { attempts: 1, lockedUntil: LOCK_ENDS } });
    expect(reserveSignInAttempt({ attempts: 1, lockedUntil: LOCK_ENDS }, NOW, { maxFailures: 1, lockMinutes: 15 }).kind).toBe('LOCKED');
  });

  it('isLocked: only before lockedUntil', () => {
    expect(isLocked(UNLOCKED, NOW)).toBe(false);
    expect(isLocked({ attempts: 5, lockedUntil: LOCK_ENDS }, NOW)).toBe(true);
    expect(isLocked({ attempts: 5, lockedUntil: NOW }, NOW)).toBe(false);
  });
});

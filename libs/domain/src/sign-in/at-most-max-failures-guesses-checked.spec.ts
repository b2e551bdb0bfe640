import { isLocked, lockAfterWrongGuess, reserveSignInAttempt, UNLOCKED, type LockoutState } from './lockout';

const POLICY = { maxFailures: 5, lockMinutes: 15 };
const NOW = new Date('2026-03-02T10:00:00.000Z');
const LOCK_ENDS = new Date('2026-03-02T10:15:00.000Z');

/**
 * `count` wrong guesses arriving at once, as the service runs them: each reservation is stored at once;
 * the guesses in the first places are checked later, the one in the last place before any later
 * reservation (the account stays held meanwhile), so its failure is stored first.
 */
function wrongGuesses(start: LockoutState, count: number): string[] {
  let state = start;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const reserved = reserveSignInAttempt(state, NOW, POLICY);
    if (reserved.next !== null) state = reserved.next;
    if (reserved.kind === 'LOCKED') {
      out.push('LOCKED');
      continue;
    }
    out.push(`CHECK ${reserved.attempt}${reserved.lastBeforeLock ? ' (last)' : ''}`);
    state = lockAfterWrongGuess(reserved.attempt, NOW, POLICY) ?? state;
  }
  return out;
}

describe('at most LOGIN_MAX_FAILURES guesses in a row are checked', () => {
  it('lets 5 guesses through to the check, numbered 1 to 5, and refuses the rest however many arrive', () => {
    expect(wrongGuesses(UNLOCKED, 30)).toEqual(['CHECK 1', 'CHECK 2', 'CHECK 3', 'CHECK 4', 'CHECK 5 (last)', ...Array.from({ length: 25 }, () => 'LOCKED')]);
  });

  it('counts the first guess of a run as attempt 1 and leaves the account unlocked', () => {
    expect(reserveSignInAttempt(UNLOCKED, NOW, POLICY)).toEqual({
      kind: 'CHECK',
      attempt: 1,
      lastBeforeLock: false,
      next: { attempts: 1, lockedUntil: null },
    });
  });

  it('marks the fifth place as the last before the lock; only its failure locks, for LOGIN_LOCK_MINUTES', () => {
    expect(reserveSignInAttempt({ attempts: 4, lockedUntil: null }, NOW, POLICY)).toEqual({
      kind: 'CHECK',
      attempt: 5,
      lastBeforeLock: true,
      next: { attempts: 5, lockedUntil: null },
    });
    expect(lockAfterWrongGuess(5, NOW, POLICY)).toEqual({ attempts: 5, lockedUntil: LOCK_ENDS });
    expect(lockAfterWrongGuess(4, NOW, POLICY)).toBeNull();
  });

  it('refuses while locked, naming the end of the lock, and changes nothing', () => {
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: LOCK_ENDS }, NOW, POLICY)).toEqual({ kind: 'LOCKED', lockedUntil: LOCK_ENDS, next: null });
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: LOCK_ENDS }, new Date('2026-03-02T10:14:59.999Z'), POLICY).kind).toBe('LOCKED');
  });

  it('starts a new run once the lock has ended (at its last millisecond it is over)', () => {
    expect(reserveSignInAttempt({ attempts: 5, lockedUntil: NOW }, NOW, POLICY)).toEqual({
      kind: 'CHECK',
      attempt: 1,
      lastBeforeLock: false,
      next: { attempts: 1, lockedUntil: null },
    });
    expect(wrongGuesses({ attempts: 5, lockedUntil: new Date('2026-03-02T09:59:00.000Z') }, 6)).toEqual([
      'CHECK 1',
      'CHECK 2',
      'CHECK 3',
      'CHECK 4',
      'CHECK 5 (last)',
      'LOCKED',
    ]);
  });

  it('locks at once, without a check, when LOGIN_MAX_FAILURES was lowered below a run already counted', () => {
    expect(reserveSignInAttempt({ attempts: 4, lockedUntil: null }, NOW, { maxFailures: 3, lockMinutes: 15 })).toEqual({
      kind: 'LOCKED',
      lockedUntil: LOCK_ENDS,
      next: { attempts: 4, lockedUntil: LOCK_ENDS },
    });
  });

  it('with a limit of 1, the first guess takes the only place and its failure locks', () => {
    const policy = { maxFailures: 1, lockMinutes: 15 };
    expect(reserveSignInAttempt(UNLOCKED, NOW, policy)).toEqual({ kind: 'CHECK', attempt: 1, lastBeforeLock: true, next: { attempts: 1, lockedUntil: null } });
    expect(lockAfterWrongGuess(1, NOW, policy)).toEqual({ attempts: 1, lockedUntil: LOCK_ENDS });
  });

  it('isLocked: only before lockedUntil', () => {
    expect(isLocked(UNLOCKED, NOW)).toBe(false);
    expect(isLocked({ attempts: 5, lockedUntil: LOCK_ENDS }, NOW)).toBe(true);
    expect(isLocked({ attempts: 5, lockedUntil: NOW }, NOW)).toBe(false);
  });
});

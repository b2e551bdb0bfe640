/** How many wrong passwords in a row lock an account, and for how long (LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES). */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

/**
 * What an account holds about sign-in attempts: `attempts` counts the guesses let through to the password
 * check since the last success or the end of the last lock (being checked or found wrong); `lockedUntil`
 * is the end of the current or last lock.
 */
export interface LockoutState {
  attempts: number;
  lockedUntil: Date | null;
}

/** The answer to "may this guess be checked?": the state to store before checking it, or the lock that refuses it. */
export type SignInAttempt =
  | {
      kind: 'CHECK';
      /** 1 for the first guess of a run; `maxFailures` for the last one allowed before the lock. */
      attempt: number;
      /** Store this before checking, in the same step as reading the state, so concurrent guesses each get their own number. */
      next: LockoutState;
      /** When this guess turns out wrong, the account is locked (until `next.lockedUntil`). */
      locksIfWrong: boolean;
    }
  | {
      kind: 'LOCKED';
      lockedUntil: Date;
      /** The state to store, when refusing changes it; null when it stays as it is. */
      next: LockoutState | null;
    };

/** The reset after a right password: a success ends the run of failures and any lock. */
export const UNLOCKED: LockoutState = { attempts: 0, lockedUntil: null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * Reserves a guess before the password is checked. At most `maxFailures` guesses in a row are ever
 * checked: the guess that takes the last place also sets the lock, so every guess after it is refused
 * without a check, however many arrive at once, until the lock ends or one of the checked guesses was
 * right. A lock that has ended wipes the count: the next guess is the first of a new run.
 */
export function reserveSignInAttempt(state: LockoutState, now: Date, policy: LockoutPolicy): SignInAttempt {
  if (state.lockedUntil !== null && isLocked(state, now)) return { kind: 'LOCKED', lockedUntil: state.lockedUntil, next: null };
  const max = policy.maxFailures;
  const before = state.lockedUntil === null ? state.attempts : 0;
  const lockEnds = new Date(now.getTime() + policy.lockMinutes * 60_000);
  if (before >= max) {
    // Only after LOGIN_MAX_FAILURES was lowered: the run is already over the new limit, so the lock starts now.
    return { kind: 'LOCKED', lockedUntil: lockEnds, next: { attempts: before, lockedUntil: lockEnds } };
  }
  const attempt = before + 1;
  const locksIfWrong = attempt >= max;
  return { kind: 'CHECK', attempt, locksIfWrong, next: { attempts: attempt, lockedUntil: locksIfWrong ? lockEnds : null } };
}

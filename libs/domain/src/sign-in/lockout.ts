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
      /** Store this before checking, in the same step as reading the state, so concurrent guesses each get their own place. */
      next: LockoutState;
      /**
       * This is the last place before the lock: a wrong guess here locks the account (`lockAfterWrongGuess`).
       * Check it while still holding the account, so no later guess is let in until its outcome is known.
       */
      lastBeforeLock: boolean;
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

function lockEnds(now: Date, policy: LockoutPolicy): Date {
  return new Date(now.getTime() + policy.lockMinutes * 60_000);
}

/**
 * Reserves a guess before the password is checked. At most `maxFailures` guesses in a row are ever
 * checked, however many arrive at once: each takes the next place, and the guess in the last place is
 * checked while the account is held, so every later guess waits for its outcome, then is refused (it
 * was wrong: locked) or takes a place in a new run (it was right). A lock that has ended wipes the
 * count: the next guess is the first of a new run.
 */
export function reserveSignInAttempt(state: LockoutState, now: Date, policy: LockoutPolicy): SignInAttempt {
  if (state.lockedUntil !== null && isLocked(state, now)) return { kind: 'LOCKED', lockedUntil: state.lockedUntil, next: null };
  const before = state.lockedUntil === null ? state.attempts : 0;
  if (before >= policy.maxFailures) {
    // Only after LOGIN_MAX_FAILURES was lowered: the run is already over the new limit, so the lock starts now.
    const until = lockEnds(now, policy);
    return { kind: 'LOCKED', lockedUntil: until, next: { attempts: before, lockedUntil: until } };
  }
  const attempt = before + 1;
  return { kind: 'CHECK', attempt, lastBeforeLock: attempt >= policy.maxFailures, next: { attempts: attempt, lockedUntil: null } };
}

/** The state after the guess in place `attempt` was checked and wrong: the last place's failure locks the account. */
export function lockAfterWrongGuess(attempt: number, now: Date, policy: LockoutPolicy): LockoutState | null {
  return attempt >= policy.maxFailures ? { attempts: attempt, lockedUntil: lockEnds(now, policy) } : null;
}

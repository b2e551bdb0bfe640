import { DEMO_USERS } from '../../database/seed/demo-data';

/** The demo accounts' emails: exactly the list the demo seed creates, all sharing the published password. */
export const DEMO_EMAILS: readonly string[] = DEMO_USERS.map((user) => user.email);

const DEMO_EMAIL_SET: ReadonlySet<string> = new Set(DEMO_EMAILS);

/** Whether a (trimmed, lower-case) email is one of the demo accounts. */
export function isDemoEmail(email: string): boolean {
  return DEMO_EMAIL_SET.has(email);
}

export const DEMO_ACCOUNT_REFUSED = 'Demo accounts cannot sign in when Heard runs in production.';

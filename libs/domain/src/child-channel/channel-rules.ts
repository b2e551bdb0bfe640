import type { CommandRoles } from '../commands/command-table';

/** What a child can send from their page. */
export const CHILD_CHANNEL_KINDS = ['MESSAGE', 'CALL_ME', 'NOT_SAFE'] as const;
export type ChildChannelKind = (typeof CHILD_CHANNEL_KINDS)[number];

/** How the advocate replied. */
export const CHILD_CHANNEL_REPLY_METHODS = ['CALL', 'VISIT', 'MESSAGE'] as const;
export type ChildChannelReplyMethod = (typeof CHILD_CHANNEL_REPLY_METHODS)[number];

export const CHILD_MESSAGE_MAX_LENGTH = 1000;
export const CALL_TIME_MAX_LENGTH = 200;

/**
 * At most 5 sends per secret link and 20 per client address (several children may share a school's or a home's
 * connection) in any 10 minutes.
 */
export const CHILD_CHANNEL_RATE_LIMIT = { perLink: 5, perAddress: 20, windowMs: 10 * 60_000 } as const;

/** The same kind words for an unknown, revoked or malformed link: they tell nobody which it was. */
export const CHILD_CHANNEL_LINK_GONE = 'Sorry, this link does not work any more. Ask your advocate or a grown-up you trust for a new one.';
/** A wait in milliseconds as whole minutes, rounded up, at least one: how the child's page says it. */
export function retryAfterMinutes(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 60_000));
}

/** What the child's page says when the link or address has sent too many messages: calm, with how long to wait. */
export function childChannelSlowDown(minutes: number): string {
  return `Too many messages for now. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. If you are not safe right now, call 999.`;
}

/** Who may work with a child's secret link and messages: the child's current advocate. */
export const CHILD_CHANNEL_COMMAND_ROLES: CommandRoles<'CREATE_LINK' | 'REVOKE_LINK' | 'READ_MESSAGES' | 'MARK_REPLIED'> = {
  CREATE_LINK: ['ADVOCATE'],
  REVOKE_LINK: ['ADVOCATE'],
  READ_MESSAGES: ['ADVOCATE'],
  MARK_REPLIED: ['ADVOCATE'],
};

/** A secret link token: 32 base64url characters (192 bits), nothing else. */
export const CHILD_CHANNEL_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The short link printed on the card. */
export function childChannelPath(token: string): string {
  return `/c/${token}`;
}

/** The advocate's first name only: the page shows nothing else about anyone. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

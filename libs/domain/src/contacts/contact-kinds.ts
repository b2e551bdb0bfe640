import type { CommandRoles } from '../commands/command-table';

/** How an advocate was in contact with a child. */
export const CONTACT_KINDS = ['VISIT', 'CALL', 'VIDEO', 'MESSAGE', 'AT_MEETING', 'THROUGH_CARER'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Readonly<Record<ContactKind, string>> = {
  VISIT: 'Visit',
  CALL: 'Phone call',
  VIDEO: 'Video call',
  MESSAGE: 'Message',
  AT_MEETING: 'At a meeting',
  THROUGH_CARER: 'Through a carer',
};

export function isContactKind(value: string): value is ContactKind {
  return (CONTACT_KINDS as readonly string[]).includes(value);
}

/** Longest private note an advocate may keep on one contact. */
export const CONTACT_NOTE_MAX_LENGTH = 2000;

export type ContactCommand = 'RECORD';

/** Only advocates record contacts (and only the child's current advocate: checked against the record). */
export const CONTACT_COMMAND_ROLES: CommandRoles<ContactCommand> = { RECORD: ['ADVOCATE'] };

import { ROLES, type Role } from '../roles';

/** An account as its administrator sees it. INVITED: no password yet (a new invitation, or a forced reset not yet done). */
export type UserStatus = 'ACTIVE' | 'INVITED' | 'LOCKED' | 'DEACTIVATED';
export const USER_STATUSES: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'LOCKED', 'DEACTIVATED'];

export interface AccountFacts {
  active: boolean;
  hasPassword: boolean;
  lockedUntil: Date | null;
}

/** One status per account: deactivated first, then locked (a lock not yet over), then waiting for a password. */
export function userStatus(account: AccountFacts, now: Date): UserStatus {
  if (!account.active) return 'DEACTIVATED';
  if (account.lockedUntil !== null && account.lockedUntil > now) return 'LOCKED';
  return account.hasPassword ? 'ACTIVE' : 'INVITED';
}

/** A problem with what an administrator entered: the field it is about and a sentence saying what to do. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** How long an invitation or password-reset link works. */
export const ACCOUNT_LINK_DAYS = 7;

/** When a link issued at `issuedAt` stops working. */
export function accountLinkExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ACCOUNT_LINK_DAYS * 24 * 60 * 60 * 1000);
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a new password cannot be used, or null: at least 12 characters, at most 200, and not the account's email. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Your password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer.`;
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'Your password must not be your email address.';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email as stored (trimmed, lower case), or the problem with it. */
export function normaliseEmail(input: string): { email: string } | FieldProblem {
  const email = input.trim().toLowerCase();
  if (email.length === 0) return { field: 'email', message: 'Enter their email address.' };
  if (email.length > 320 || !EMAIL.test(email)) return { field: 'email', message: 'Enter an email address in the correct format, like name@example.org.' };
  return { email };
}

/** The name as stored (trimmed), or the problem with it. */
export function normaliseDisplayName(input: string): { displayName: string } | FieldProblem {
  const displayName = input.trim();
  if (displayName.length === 0) return { field: 'displayName', message: 'Enter their full name.' };
  if (displayName.length > 120) return { field: 'displayName', message: 'Their full name must be 120 characters or fewer.' };
  return { displayName };
}

/** What a role belongs to: an LA manager to a local authority, an advocate to a provider, anyone else to neither. */
export interface RoleAndOrganisation {
  role: Role;
  localAuthorityId: string | null;
  advocacyProviderId: string | null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Why the role and organisation do not fit together, or null. */
export function organisationProblem(account: RoleAndOrganisation): FieldProblem | null {
  const { role, localAuthorityId, advocacyProviderId } = account;
  if (role === 'LA_MANAGER') {
    if (localAuthorityId === null) return { field: 'localAuthorityId', message: 'Select the local authority this manager works for.' };
    if (advocacyProviderId !== null) return { field: 'advocacyProviderId', message: 'A local authority manager does not belong to an advocacy provider.' };
    return null;
  }
  if (role === 'DATA_PROTECTION_OFFICER') {
    if (localAuthorityId === null) return { field: 'localAuthorityId', message: 'Select the local authority this data protection officer works for.' };
    if (advocacyProviderId !== null) return { field: 'advocacyProviderId', message: 'A data protection officer does not belong to an advocacy provider.' };
    return null;
  }
  if (role === 'ADVOCATE') {
    if (advocacyProviderId === null) return { field: 'advocacyProviderId', message: 'Select the advocacy provider this advocate works for.' };
    if (localAuthorityId !== null) return { field: 'localAuthorityId', message: 'An advocate does not belong to a local authority.' };
    return null;
  }
  if (role === 'PROVIDER_MANAGER') {
    if (advocacyProviderId === null) return { field: 'advocacyProviderId', message: 'Select the advocacy provider this manager supervises.' };
    if (localAuthorityId !== null) return { field: 'localAuthorityId', message: 'A provider manager does not belong to a local authority.' };
    return null;
  }
  if (localAuthorityId !== null)
    return { field: 'localAuthorityId', message: 'Only a local authority manager or data protection officer belongs to a local authority.' };
  if (advocacyProviderId !== null) return { field: 'advocacyProviderId', message: 'Only an advocate or a provider manager belongs to an advocacy provider.' };
  return null;
}

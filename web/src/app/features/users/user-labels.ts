import {
  belongsToLocalAuthority,
  belongsToProvider,
  formatLondonTime,
  normaliseDisplayName,
  normaliseEmail,
  organisationProblem,
  ROLE_LABELS,
  ROLES,
  type Role,
} from '@heard/domain';
import type { ManagedUserFieldsFragment, UserStatus } from '@heard/graphql-types';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { ukDateOfInstant } from '../../shared/ui/uk-date';

export const STATUS_LABELS: Readonly<Record<UserStatus, { label: string; tag: string }>> = {
  ACTIVE: { label: 'Active', tag: 'tag--green' },
  INVITED: { label: 'Invited, no password yet', tag: 'tag--blue' },
  LOCKED: { label: 'Locked', tag: 'tag--orange' },
  DEACTIVATED: { label: 'Deactivated', tag: 'tag--grey' },
};

export const STATUSES = Object.keys(STATUS_LABELS) as UserStatus[];

/** The roles in the order the forms offer them, with what each one does. */
export const ROLE_OPTIONS: ReadonlyArray<{ value: Role; label: string; hint: string }> = ROLES.map((value) => ({
  value,
  label: ROLE_LABELS[value],
  hint: {
    ADVOCATE: 'Works for an advocacy provider and sees only the children assigned to them.',
    LA_MANAGER: "Works for a local authority and sees only its children, never advocates' confidential notes.",
    COMMISSIONER_STAFF: "Works in the Children's Commissioner's office: allocation oversight and escalations.",
    ADMIN: 'Runs the platform: users and organisations, never case content.',
    PROVIDER_MANAGER: "Supervises one advocacy provider's advocates: caseloads, overdue offers, contact clocks and reassignment, never case content.",
    DATA_PROTECTION_OFFICER:
      "A local authority's data protection officer: who has seen a child's record, copies of records, and how long they are kept, never day-to-day case work.",
  }[value],
}));

/** The organisation a user belongs to, or "None". */
export function organisationOf(user: Pick<ManagedUserFieldsFragment, 'localAuthority' | 'advocacyProvider'>): string {
  return user.localAuthority?.name ?? user.advocacyProvider?.name ?? 'None';
}

/** `2026-03-02T14:05:00Z` → `2 March 2026 at 14:05 GMT`; never signed in → `Never`. */
export function whenSignedIn(value: string | null): string {
  if (value === null) return 'Never';
  return `${ukDateOfInstant(value)} at ${formatLondonTime(new Date(value))}`;
}

export interface RoleChoice {
  role: Role | null;
  localAuthorityId: string;
  advocacyProviderId: string;
}

/** The organisation fields to send for a role: only the one the role needs. */
export function organisationFor(choice: RoleChoice): { localAuthorityId: string | null; advocacyProviderId: string | null } {
  return {
    localAuthorityId: choice.role !== null && belongsToLocalAuthority(choice.role) && choice.localAuthorityId !== '' ? choice.localAuthorityId : null,
    advocacyProviderId: choice.role !== null && belongsToProvider(choice.role) && choice.advocacyProviderId !== '' ? choice.advocacyProviderId : null,
  };
}

/** What is wrong with a role choice, by field id (the fields are named as the API names them). */
export function roleChoiceErrors(choice: RoleChoice): SummaryError[] {
  if (choice.role === null) return [{ fieldId: 'role', message: 'Select their role' }];
  const problem = organisationProblem({ role: choice.role, ...organisationFor(choice) });
  return problem === null ? [] : [{ fieldId: problem.field, message: problem.message }];
}

/** What is wrong with an invitation before it is sent: the same rules the API applies. */
export function inviteErrors(displayName: string, email: string, choice: RoleChoice): SummaryError[] {
  const errors: SummaryError[] = [];
  const name = normaliseDisplayName(displayName);
  if ('field' in name) errors.push({ fieldId: name.field, message: name.message });
  const address = normaliseEmail(email);
  if ('field' in address) errors.push({ fieldId: address.field, message: address.message });
  return [...errors, ...roleChoiceErrors(choice)];
}

/** A new password: at least 12 characters, typed the same twice. The API also refuses the account's email. */
export function newPasswordErrors(password: string, confirmation: string): SummaryError[] {
  if (password.length === 0) return [{ fieldId: 'password', message: 'Enter a password' }];
  if (password.length < 12) return [{ fieldId: 'password', message: 'Your password must be at least 12 characters.' }];
  if (password.length > 200) return [{ fieldId: 'password', message: 'Your password must be 200 characters or fewer.' }];
  if (confirmation !== password) return [{ fieldId: 'confirmation', message: 'The passwords do not match: type the same password twice' }];
  return [];
}

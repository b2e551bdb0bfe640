import type { Role } from '../roles';

/** Why a person's reading or changing of a child's record happened: the purpose the audit records beside the operation. */
export const AUDIT_PURPOSES = {
  ADVOCACY: 'Advocacy for a child the advocate represents',
  CARE_PLANNING: "Care planning for a child of the manager's local authority",
  ESCALATION_OVERSIGHT: "The Children's Commissioner's oversight of an escalated concern",
  ALLOCATION_OVERSIGHT: 'Allocation oversight: who advocates for which child',
  ANNUAL_REPORT: 'The annual advocacy report',
  PLATFORM_ADMINISTRATION: 'Running the platform',
  SIGN_IN: 'Signing in and out',
  SYSTEM: 'Heard itself (a scheduled job or an import)',
  CHILD_CHANNEL: 'The child reaching their advocate through their own secret page',
  DATA_PROTECTION: "Data protection: the child's rights over their record, and how long it is kept",
} as const;

export type AuditPurpose = (typeof AUDIT_PURPOSES)[keyof typeof AUDIT_PURPOSES];

/**
 * The purpose of an audited action, from who did it and what it was (`child.read`, `concern.triaged`,
 * `auth.login`...). One rule, so every audit row carries a purpose a child and a DPO can read.
 */
export function auditPurpose(role: Role | null, action: string): AuditPurpose {
  const family = action.split('.')[0] ?? '';
  if (family === 'auth' || family === 'session') return AUDIT_PURPOSES.SIGN_IN;
  if (family === 'child_channel' && role === null) return AUDIT_PURPOSES.CHILD_CHANNEL;
  if (role === null) return AUDIT_PURPOSES.SYSTEM;
  if (family === 'report') return AUDIT_PURPOSES.ANNUAL_REPORT;
  switch (role) {
    case 'ADVOCATE':
      return AUDIT_PURPOSES.ADVOCACY;
    case 'LA_MANAGER':
      return AUDIT_PURPOSES.CARE_PLANNING;
    case 'COMMISSIONER_STAFF':
      return family === 'concern' || family === 'court' ? AUDIT_PURPOSES.ESCALATION_OVERSIGHT : AUDIT_PURPOSES.ALLOCATION_OVERSIGHT;
    case 'ADMIN':
      return family === 'assignment' || family === 'allocation' ? AUDIT_PURPOSES.ALLOCATION_OVERSIGHT : AUDIT_PURPOSES.PLATFORM_ADMINISTRATION;
    case 'PROVIDER_MANAGER':
      return AUDIT_PURPOSES.ALLOCATION_OVERSIGHT;
    case 'DATA_PROTECTION_OFFICER':
      return AUDIT_PURPOSES.DATA_PROTECTION;
  }
}

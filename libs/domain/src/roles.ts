/** What a user does in Heard; decides what they may see. */
export const ROLES = ['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER', 'DATA_PROTECTION_OFFICER'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADVOCATE: 'Advocate',
  LA_MANAGER: 'Local authority manager',
  COMMISSIONER_STAFF: "Children's Commissioner staff",
  ADMIN: 'Administrator',
  PROVIDER_MANAGER: 'Advocacy provider manager',
  DATA_PROTECTION_OFFICER: 'Data protection officer',
};

/** Whether a role belongs to an advocacy provider (advocates, and the managers who supervise them). */
export function belongsToProvider(role: Role): boolean {
  return role === 'ADVOCATE' || role === 'PROVIDER_MANAGER';
}

/** Whether a role belongs to a local authority (its managers, and its data protection officer). */
export function belongsToLocalAuthority(role: Role): boolean {
  return role === 'LA_MANAGER' || role === 'DATA_PROTECTION_OFFICER';
}

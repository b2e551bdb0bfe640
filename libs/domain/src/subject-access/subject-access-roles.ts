import type { Role } from '../roles';

/**
 * Who may request, follow and download a subject-access export of a child's record: the data protection officer of
 * the child's local authority (until that role exists, the LA's manager stands in).
 */
export const SUBJECT_ACCESS_EXPORT_ROLES: readonly [Role, ...Role[]] = ['LA_MANAGER'];

/** Whether the caller may export this child's record: an export role, of the child's own LA. */
export function mayExportSubjectAccess(caller: { role: Role; localAuthorityId: string | null }, childLocalAuthorityId: string): boolean {
  return SUBJECT_ACCESS_EXPORT_ROLES.includes(caller.role) && caller.localAuthorityId !== null && caller.localAuthorityId === childLocalAuthorityId;
}

import type { Role } from '../roles';

/**
 * Who may request, follow and download a subject-access export of a child's record: the data protection officer of
 * the child's local authority (the child's LA is checked per record as well).
 */
export const SUBJECT_ACCESS_EXPORT_ROLES: readonly [Role, ...Role[]] = ['DATA_PROTECTION_OFFICER'];

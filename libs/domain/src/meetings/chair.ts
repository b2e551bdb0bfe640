export interface ChairCandidate {
  id: string;
  localAuthorityId: string;
  role: 'SOCIAL_WORKER' | 'TEAM_MANAGER';
  experienced: boolean;
  /** False once an administrator deactivates them: they never chair again. */
  active: boolean;
}

export interface ChairContext {
  childLocalAuthorityId: string;
  /** The child's allocated social worker, if recorded. */
  allocatedSocialWorker: { id: string; managerId: string | null } | null;
}

/**
 * The chair must be the allocated social worker's manager, or another social worker of the same
 * LA recorded as experienced; never the allocated social worker (and never the advocate, who is
 * not LA staff at all), and never someone deactivated. Returns why a candidate is refused, or null.
 */
export function chairRefusal(chair: ChairCandidate, context: ChairContext): string | null {
  if (!chair.active) return 'This staff member has been deactivated and cannot chair a meeting: choose another chair.';
  if (chair.localAuthorityId !== context.childLocalAuthorityId) return "The chair must work for the child's local authority.";
  const allocated = context.allocatedSocialWorker;
  if (allocated !== null && chair.id === allocated.id) return "The child's allocated social worker cannot chair their meeting.";
  if (allocated !== null && allocated.managerId === chair.id) return null;
  if (chair.role === 'TEAM_MANAGER' && allocated === null) return null;
  if (chair.role === 'SOCIAL_WORKER' && chair.experienced) return null;
  return allocated === null
    ? 'The chair must be a team manager or a social worker recorded as experienced.'
    : "The chair must be the allocated social worker's manager or another social worker recorded as experienced.";
}

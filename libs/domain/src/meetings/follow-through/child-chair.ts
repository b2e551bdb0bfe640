/** Whether the child chaired a part of their meeting: the LA chair stays the accountable chair under the chair rule. */
export const CHILD_CHAIR_ROLES = ['NONE', 'CHAIR', 'CO_CHAIR'] as const;
export type ChildChairRole = (typeof CHILD_CHAIR_ROLES)[number];

export const CHILD_CHAIR_ROLE_LABELS: Readonly<Record<ChildChairRole, string>> = {
  NONE: 'The child did not chair',
  CHAIR: 'The child chaired',
  CO_CHAIR: 'The child co-chaired',
};

/**
 * Who chaired a part, in plain words. The child may chair or co-chair; the LA chair (chosen under `chairRefusal`)
 * remains accountable either way.
 */
export function chairedByLine(role: ChildChairRole, childName: string, accountableChair: string): string {
  if (role === 'CHAIR') return `Chaired by ${childName} with ${accountableChair} as accountable chair`;
  if (role === 'CO_CHAIR') return `Co-chaired by ${childName} and ${accountableChair}, with ${accountableChair} as accountable chair`;
  return `Chaired by ${accountableChair}`;
}

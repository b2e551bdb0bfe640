import type { Day } from './days';
import type { AssignmentPlan, ChildPlan } from './model';

/** Questions the later phases ask about a child's history on a given day. */
export function assignmentOn(child: ChildPlan, day: Day): AssignmentPlan | null {
  for (let i = child.assignments.length - 1; i >= 0; i -= 1) {
    const a = child.assignments[i] as AssignmentPlan;
    if (a.start <= day && (a.end === null || a.end > day)) return a;
  }
  return null;
}

export function optedOutOn(child: ChildPlan, day: Day): boolean {
  return child.optedOut.some(([from, to]) => from <= day && day < to);
}

/** The assignment open today, if any. */
export function currentAssignment(child: ChildPlan): AssignmentPlan | null {
  return child.assignments.find((a) => a.end === null) ?? null;
}

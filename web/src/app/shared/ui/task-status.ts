/** A task's status, as GOV.UK's task list names them. */
export type TaskStatus = 'COMPLETED' | 'INCOMPLETE' | 'NOT_STARTED' | 'CANNOT_START_YET';

export interface TaskListItem {
  /** The id of the element the task's link moves to (a section heading with `tabindex="-1"`), or null when there is nothing to go to yet. */
  readonly targetId: string | null;
  readonly title: string;
  readonly hint: string | null;
  readonly status: TaskStatus;
}

/** How each status is written and the tag it is shown in. */
export const TASK_STATUS: Readonly<Record<TaskStatus, { label: string; tag: string }>> = {
  COMPLETED: { label: 'Completed', tag: 'tag--green' },
  INCOMPLETE: { label: 'Incomplete', tag: 'tag--blue' },
  NOT_STARTED: { label: 'Not yet started', tag: 'tag--grey' },
  CANNOT_START_YET: { label: 'Cannot start yet', tag: 'tag--grey' },
};

/** How the task list writes a status: "Completed", "Incomplete", "Not yet started", "Cannot start yet". */
export function taskStatusLabel(status: TaskStatus): string {
  return TASK_STATUS[status].label;
}

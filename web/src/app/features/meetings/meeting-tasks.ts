import type { TaskListItem, TaskStatus } from '../../shared/ui/task-status';

/** One row of the meeting's task list: what it is, the page section it links to (null while there is nothing there for this person), and how far it has got. */
export type MeetingTask = TaskListItem;

/** What the task list reads from the meeting (a `MeetingFieldsFragment` is one). */
export interface MeetingTaskData {
  readonly status: string;
  readonly views: readonly unknown[];
  readonly advocateInputs: readonly unknown[];
  readonly selfRepresentation: object | null;
  readonly childOptedOut: boolean;
  readonly decisions: readonly unknown[];
  readonly actions: readonly unknown[];
  readonly allowedCommands: readonly string[];
}

/** The page sections the task list links to (each section's heading carries the id). */
export const MEETING_SECTIONS = {
  views: 'meeting-views',
  representations: 'meeting-representations',
  hold: 'meeting-hold',
  details: 'meeting-details',
  decisions: 'meeting-decisions',
  actions: 'meeting-actions',
  complete: 'meeting-complete',
  summary: 'meeting-summary',
} as const;

function task(name: string, section: string | null, status: TaskStatus, hint: string | null = null): MeetingTask {
  return { title: name, targetId: status === 'CANNOT_START_YET' ? null : section, status, hint };
}

/** The child's views come before the meeting: once it is held, none shared means the meeting went ahead without them. */
function viewsTask(m: MeetingTaskData): MeetingTask {
  const name = "The child's views shared";
  const count = m.views.length;
  if (count > 0) return task(name, MEETING_SECTIONS.views, 'COMPLETED', count === 1 ? '1 view' : `${count} views`);
  if (m.status === 'SCHEDULED') return task(name, MEETING_SECTIONS.views, 'NOT_STARTED');
  return task(name, MEETING_SECTIONS.views, 'INCOMPLETE', 'No views were shared before the meeting was held.');
}

/** The advocate's input on proposed decisions, or the child representing themselves, before or at the meeting. */
function representationsTask(m: MeetingTaskData): MeetingTask {
  const name = "The advocate's input";
  const section = MEETING_SECTIONS.representations;
  if (m.childOptedOut) return task(name, section, 'COMPLETED', 'The child has opted out of advocacy and represents themselves.');
  if (m.advocateInputs.length > 0 || m.selfRepresentation !== null) return task(name, section, 'COMPLETED');
  if (m.status === 'COMPLETED') return task(name, section, 'INCOMPLETE', 'The meeting was completed without the advocate’s input.');
  return task(name, section, 'NOT_STARTED');
}

function holdTask(m: MeetingTaskData): MeetingTask {
  const name = 'Attendance: record the meeting as held';
  if (m.status !== 'SCHEDULED') return task(name, MEETING_SECTIONS.details, 'COMPLETED');
  return task(name, m.allowedCommands.includes('HOLD') ? MEETING_SECTIONS.hold : null, 'NOT_STARTED');
}

/** Decisions and actions are recorded at a held meeting; a completed meeting may rightly have none. */
function recordedAtMeetingTask(name: string, section: string, count: number, status: string): MeetingTask {
  if (status === 'SCHEDULED' || status === 'CANCELLED') return task(name, section, 'CANNOT_START_YET');
  if (count > 0) return task(name, section, 'COMPLETED', `${count} recorded`);
  if (status === 'COMPLETED') return task(name, section, 'COMPLETED', 'None recorded');
  return task(name, section, 'NOT_STARTED');
}

function completeTask(m: MeetingTaskData): MeetingTask {
  const name = 'Complete the meeting';
  if (m.status === 'COMPLETED') return task(name, MEETING_SECTIONS.summary, 'COMPLETED');
  if (m.status !== 'HELD') return task(name, null, 'CANNOT_START_YET');
  return task(name, m.allowedCommands.includes('COMPLETE') ? MEETING_SECTIONS.complete : null, 'NOT_STARTED');
}

/** What the missed-decisions task reads from the meeting's parts (a `MeetingPartsFieldsFragment` is one). */
export interface MissedDecisionsData {
  readonly childNotYetTold: number;
  readonly decisions: readonly { readonly childMissed: boolean }[];
}

/**
 * Significant decisions made while the child was not there: an open task until their advocate records telling the
 * child of each (none to do when the child missed none).
 */
export function missedDecisionsTask(parts: MissedDecisionsData | null): MeetingTask | null {
  const missed = parts?.decisions.filter((d) => d.childMissed).length ?? 0;
  if (parts === null || missed === 0) return null;
  const name = 'Tell the child about decisions made while they were not there';
  if (parts.childNotYetTold === 0) return task(name, 'meeting-parts', 'COMPLETED', missed === 1 ? '1 decision told' : `${missed} decisions told`);
  const left = parts.childNotYetTold === 1 ? '1 decision not yet told' : `${parts.childNotYetTold} decisions not yet told`;
  return task(name, 'meeting-parts', 'INCOMPLETE', left);
}

/** The things that make up a care-planning meeting, in order, each with how far it has got (GOV.UK task list). */
export function meetingTasks(m: MeetingTaskData): MeetingTask[] {
  return [
    viewsTask(m),
    representationsTask(m),
    holdTask(m),
    recordedAtMeetingTask('Decisions', MEETING_SECTIONS.decisions, m.decisions.length, m.status),
    recordedAtMeetingTask('Actions agreed', MEETING_SECTIONS.actions, m.actions.length, m.status),
    completeTask(m),
  ];
}

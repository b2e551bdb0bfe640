export type TaskStatus = 'Completed' | 'Incomplete' | 'Not yet started' | 'Cannot start yet';

/** One row of the meeting's task list: what it is, where on the page it is done or shown, and how far it has got. */
export interface MeetingTask {
  readonly name: string;
  /** The id of the page section the row links to, or null while there is nothing there for this person. */
  readonly section: string | null;
  readonly status: TaskStatus;
  readonly hint: string | null;
}

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
  return { name, section: status === 'Cannot start yet' ? null : section, status, hint };
}

/** The child's views come before the meeting: once it is held, none shared means the meeting went ahead without them. */
function viewsTask(m: MeetingTaskData): MeetingTask {
  const name = "The child's views shared";
  const count = m.views.length;
  if (count > 0) return task(name, MEETING_SECTIONS.views, 'Completed', count === 1 ? '1 view' : `${count} views`);
  if (m.status === 'SCHEDULED') return task(name, MEETING_SECTIONS.views, 'Not yet started');
  return task(name, MEETING_SECTIONS.views, 'Incomplete', 'No views were shared before the meeting was held.');
}

/** The advocate's input on proposed decisions, or the child representing themselves, before or at the meeting. */
function representationsTask(m: MeetingTaskData): MeetingTask {
  const name = "The advocate's input";
  const section = MEETING_SECTIONS.representations;
  if (m.childOptedOut) return task(name, section, 'Completed', 'The child has opted out of advocacy and represents themselves.');
  if (m.advocateInputs.length > 0 || m.selfRepresentation !== null) return task(name, section, 'Completed');
  if (m.status === 'COMPLETED') return task(name, section, 'Incomplete', 'The meeting was completed without the advocate’s input.');
  return task(name, section, 'Not yet started');
}

function holdTask(m: MeetingTaskData): MeetingTask {
  const name = 'Attendance: record the meeting as held';
  if (m.status !== 'SCHEDULED') return task(name, MEETING_SECTIONS.details, 'Completed');
  return task(name, m.allowedCommands.includes('HOLD') ? MEETING_SECTIONS.hold : null, 'Not yet started');
}

/** Decisions and actions are recorded at a held meeting; a completed meeting may rightly have none. */
function recordedAtMeetingTask(name: string, section: string, count: number, status: string): MeetingTask {
  if (status === 'SCHEDULED' || status === 'CANCELLED') return task(name, section, 'Cannot start yet');
  if (count > 0) return task(name, section, 'Completed', `${count} recorded`);
  if (status === 'COMPLETED') return task(name, section, 'Completed', 'None recorded');
  return task(name, section, 'Not yet started');
}

function completeTask(m: MeetingTaskData): MeetingTask {
  const name = 'Complete the meeting';
  if (m.status === 'COMPLETED') return task(name, MEETING_SECTIONS.summary, 'Completed');
  if (m.status !== 'HELD') return task(name, null, 'Cannot start yet');
  return task(name, m.allowedCommands.includes('COMPLETE') ? MEETING_SECTIONS.complete : null, 'Not yet started');
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

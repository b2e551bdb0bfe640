import { taskStatusLabel } from '../../shared/ui/task-status';
import { meetingTasks, type MeetingTaskData } from './meeting-tasks';

const SCHEDULED: MeetingTaskData = {
  status: 'SCHEDULED',
  views: [],
  advocateInputs: [],
  selfRepresentation: null,
  childOptedOut: false,
  decisions: [],
  actions: [],
  allowedCommands: [],
};

function rows(m: MeetingTaskData): string[] {
  return meetingTasks(m).map((t) => `${t.title} | ${taskStatusLabel(t.status)} | ${t.targetId ?? '-'}${t.hint === null ? '' : ` | ${t.hint}`}`);
}

describe('the meeting task list', () => {
  it('before the meeting, the advocate can start on the views and input; the rest cannot start yet', () => {
    expect(rows({ ...SCHEDULED, allowedCommands: ['RECORD_CHILD_VIEW', 'RECORD_ADVOCATE_INPUT'] })).toEqual([
      "The child's views shared | Not yet started | meeting-views",
      "The advocate's input | Not yet started | meeting-representations",
      'Attendance: record the meeting as held | Not yet started | -',
      'Decisions | Cannot start yet | -',
      'Actions agreed | Cannot start yet | -',
      'Complete the meeting | Cannot start yet | -',
    ]);
  });

  it('the chair of a scheduled meeting is linked to the form that records it as held', () => {
    const hold = meetingTasks({ ...SCHEDULED, allowedCommands: ['HOLD'] })[2];
    expect(hold).toEqual({ title: 'Attendance: record the meeting as held', targetId: 'meeting-hold', status: 'NOT_STARTED', hint: null });
  });

  it('a shared view and the advocate’s input complete their rows', () => {
    const [views, input] = meetingTasks({ ...SCHEDULED, views: [{}, {}], advocateInputs: [{}] });
    expect(views).toEqual({ title: "The child's views shared", targetId: 'meeting-views', status: 'COMPLETED', hint: '2 views' });
    expect(input?.status).toBe('COMPLETED');
  });

  it('the child representing themselves, or having opted out, completes the advocate’s input', () => {
    expect(meetingTasks({ ...SCHEDULED, selfRepresentation: {} })[1]?.status).toBe('COMPLETED');
    expect(meetingTasks({ ...SCHEDULED, childOptedOut: true })[1]).toEqual({
      title: "The advocate's input",
      targetId: 'meeting-representations',
      status: 'COMPLETED',
      hint: 'The child has opted out of advocacy and represents themselves.',
    });
  });

  it('once held without views, the views row is incomplete; decisions, actions and completion can start', () => {
    const held = { ...SCHEDULED, status: 'HELD', allowedCommands: ['RECORD_DECISION', 'RECORD_ACTION', 'COMPLETE'] };
    expect(rows(held)).toEqual([
      "The child's views shared | Incomplete | meeting-views | No views were shared before the meeting was held.",
      "The advocate's input | Not yet started | meeting-representations",
      'Attendance: record the meeting as held | Completed | meeting-details',
      'Decisions | Not yet started | meeting-decisions',
      'Actions agreed | Not yet started | meeting-actions',
      'Complete the meeting | Not yet started | meeting-complete',
    ]);
  });

  it('decisions and actions recorded at a held meeting complete their rows, with how many', () => {
    const [, , , decisions, actions, complete] = meetingTasks({ ...SCHEDULED, status: 'HELD', decisions: [{}], actions: [{}, {}, {}] });
    expect(decisions).toEqual({ title: 'Decisions', targetId: 'meeting-decisions', status: 'COMPLETED', hint: '1 recorded' });
    expect(actions).toEqual({ title: 'Actions agreed', targetId: 'meeting-actions', status: 'COMPLETED', hint: '3 recorded' });
    // The advocate sees the meeting is ready to complete but has nothing to do there.
    expect(complete).toEqual({ title: 'Complete the meeting', targetId: null, status: 'NOT_STARTED', hint: null });
  });

  it('a completed meeting links to the summary for the child; a missing input is incomplete, no decisions is fine', () => {
    expect(rows({ ...SCHEDULED, status: 'COMPLETED', views: [{}] })).toEqual([
      "The child's views shared | Completed | meeting-views | 1 view",
      "The advocate's input | Incomplete | meeting-representations | The meeting was completed without the advocate’s input.",
      'Attendance: record the meeting as held | Completed | meeting-details',
      'Decisions | Completed | meeting-decisions | None recorded',
      'Actions agreed | Completed | meeting-actions | None recorded',
      'Complete the meeting | Completed | meeting-summary',
    ]);
  });
});

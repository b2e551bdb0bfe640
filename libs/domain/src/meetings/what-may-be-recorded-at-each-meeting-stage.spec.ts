import type { Role } from '../roles';
import { type ActionCommand, type ActionState, allowedActionCommands, type ReviewingMeeting } from './action-commands';
import { allowedMeetingCommands, MEETING_COMMANDS, type MeetingCommand, meetingCommandRefusal, type MeetingStatus } from './meeting-commands';

describe('what each person may record at each stage of a meeting', () => {
  it.each<[MeetingStatus, Role, MeetingCommand[]]>([
    ['SCHEDULED', 'ADVOCATE', ['RECORD_CHILD_VIEW', 'RECORD_ADVOCATE_INPUT', 'RECORD_SELF_REPRESENTATION']],
    ['SCHEDULED', 'LA_MANAGER', ['HOLD']],
    ['HELD', 'ADVOCATE', ['RECORD_ADVOCATE_INPUT', 'RECORD_SELF_REPRESENTATION']],
    ['HELD', 'LA_MANAGER', ['RECORD_DECISION', 'RECORD_ACTION', 'COMPLETE']],
    ['COMPLETED', 'ADVOCATE', []],
    ['COMPLETED', 'LA_MANAGER', []],
    ['CANCELLED', 'LA_MANAGER', []],
    ['SCHEDULED', 'COMMISSIONER_STAFF', []],
    ['HELD', 'ADMIN', []],
  ])('%s meeting, %s: %j', (status, role, expected) => {
    expect(allowedMeetingCommands(status, { role, currentAdvocate: role === 'ADVOCATE' })).toEqual(expected);
  });

  it.each<[MeetingStatus, MeetingCommand, string]>([
    ['HELD', 'RECORD_CHILD_VIEW', 'The meeting has already been held: views are recorded before it.'],
    ['COMPLETED', 'RECORD_ADVOCATE_INPUT', 'The meeting is completed: the advocate records this before or at the meeting.'],
    ['HELD', 'HOLD', 'The meeting is already held.'],
    ['SCHEDULED', 'RECORD_DECISION', 'Record the meeting as held first.'],
    ['COMPLETED', 'COMPLETE', 'The meeting is already completed.'],
  ])('a %s meeting refuses %s: "%s"', (status, command, refusal) => {
    expect(meetingCommandRefusal(status, command)).toBe(refusal);
  });

  it('a refusal is given exactly when the stage does not allow the command', () => {
    for (const status of ['SCHEDULED', 'HELD', 'COMPLETED', 'CANCELLED'] as const) {
      for (const command of MEETING_COMMANDS) {
        const offered = (['ADVOCATE', 'LA_MANAGER'] as const).some((role) => allowedMeetingCommands(status, { role, currentAdvocate: true }).includes(command));
        expect({ status, command, refused: meetingCommandRefusal(status, command) !== null }).toEqual({ status, command, refused: !offered });
      }
    }
  });
});

it("a former advocate records nothing at the child's meetings", () => {
  expect(allowedMeetingCommands('SCHEDULED', { role: 'ADVOCATE', currentAdvocate: false })).toEqual([]);
});

describe('following an action through', () => {
  const action = (overrides: Partial<ActionState> = {}): ActionState => ({
    meetingId: 'm1',
    status: 'OPEN',
    carryOvers: 0,
    lastReviewedMeetingId: null,
    ...overrides,
  });
  const held: ReviewingMeeting = { id: 'm2', status: 'HELD' };

  it.each<[string, ActionState, Role, ReviewingMeeting | null, ActionCommand[]]>([
    ['an open action at a later held meeting', action(), 'LA_MANAGER', held, ['REVIEW']],
    ['an open action at the meeting that agreed it', action(), 'LA_MANAGER', { id: 'm1', status: 'HELD' }, []],
    ['an open action at a later meeting not yet held', action(), 'LA_MANAGER', { id: 'm2', status: 'SCHEDULED' }, []],
    ['an action already reviewed at this meeting', action({ lastReviewedMeetingId: 'm2' }), 'LA_MANAGER', held, []],
    ['a done action', action({ status: 'DONE' }), 'LA_MANAGER', held, []],
    ['an action outside any meeting', action(), 'LA_MANAGER', null, []],
    ['a drifted action, for the advocate', action({ carryOvers: 2 }), 'ADVOCATE', null, ['RAISE_CONCERN']],
    ['an action carried over once, for the advocate', action({ carryOvers: 1 }), 'ADVOCATE', held, []],
    ['a drifted action now done, for the advocate', action({ carryOvers: 3, status: 'DONE' }), 'ADVOCATE', null, []],
    ['a drifted action, for Commissioner staff', action({ carryOvers: 2 }), 'COMMISSIONER_STAFF', held, []],
  ])('%s', (_, state, role, meeting, expected) => {
    expect(allowedActionCommands(state, role, meeting)).toEqual(expected);
  });
});

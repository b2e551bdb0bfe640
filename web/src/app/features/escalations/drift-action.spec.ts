import { driftDescription, findDriftAction } from './drift-action';

const action = {
  id: 'a1',
  what: 'Arrange sibling contact',
  owner: 'Social worker',
  dueOn: '2026-07-01',
  status: 'OPEN',
  carryOvers: 2,
  drift: true,
  workingDaysOverdue: 12,
  reviewNote: 'No supervisor yet' as string | null,
};

function childMeetings(agreed: typeof action) {
  return [
    { id: 'm2', scheduledOn: '2026-10-01', heldOn: '2026-10-02', actions: [] },
    { id: 'm1', scheduledOn: '2026-06-01', heldOn: null, actions: [agreed] },
  ];
}

const meetings = childMeetings(action);

describe('a concern raised from a drifted action', () => {
  it('finds the action with the day of the meeting that agreed it', () => {
    expect(findDriftAction(meetings, 'a1')).toEqual({
      id: 'a1',
      what: 'Arrange sibling contact',
      owner: 'Social worker',
      dueOn: '2026-07-01',
      agreedOn: '2026-06-01',
      carryOvers: 2,
      reviewNote: 'No supervisor yet',
      workingDaysOverdue: 12,
    });
    expect(findDriftAction(meetings, 'other')).toBeNull();
  });

  it('describes its history in UK dates, so the advocate need not retype it', () => {
    const found = findDriftAction(meetings, 'a1');
    expect(found && driftDescription(found)).toBe(
      'The action “Arrange sibling contact”, agreed at the meeting on 1 June 2026 and owned by Social worker, was due 1 July 2026. ' +
        'Carried over 2 times at later meetings and still not done. Reason given at its last review: “No supervisor yet”. It is 12 working days overdue.',
    );
  });

  it('leaves out a review reason and overdue days it does not have', () => {
    const found = findDriftAction(childMeetings({ ...action, carryOvers: 1, reviewNote: null, workingDaysOverdue: 0 }), 'a1');
    expect(found && driftDescription(found)).toBe(
      'The action “Arrange sibling contact”, agreed at the meeting on 1 June 2026 and owned by Social worker, was due 1 July 2026. Carried over 1 time at later meetings and still not done.',
    );
  });
});

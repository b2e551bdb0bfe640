import { refusedTarget } from './refused-target';

const CHILD = '11111111-2222-4333-8444-555555555555';
const MEETING = '66666666-7777-4888-9999-000000000000';

describe('what a refused request was after', () => {
  it('a child asked for by id is the child, and listed among the children', () => {
    expect(refusedTarget('child', { id: CHILD })).toEqual({ entity: 'child', entityId: CHILD, childIds: [CHILD], ids: { id: CHILD } });
  });

  it('a meeting, a home visit or a concern is named by its kind, and no child is guessed', () => {
    expect(refusedTarget('meeting', { id: MEETING })).toEqual({ entity: 'meeting', entityId: MEETING, childIds: [], ids: { id: MEETING } });
    expect(refusedTarget('homeVisit', { id: 'x' })).toEqual({ entity: 'home_visit', entityId: 'x', childIds: [], ids: { id: 'x' } });
  });

  it('a mutation input names the record by its first id, and any childId inside it', () => {
    expect(refusedTarget('scheduleMeeting', { input: { childId: CHILD, chairStaffId: MEETING, place: 'x' } })).toEqual({
      entity: 'child',
      entityId: CHILD,
      childIds: [CHILD],
      ids: { 'input.childId': CHILD, 'input.chairStaffId': MEETING },
    });
    expect(refusedTarget('recordChildView', { input: { meetingId: MEETING } })).toEqual({
      entity: 'meeting',
      entityId: MEETING,
      childIds: [],
      ids: { 'input.meetingId': MEETING },
    });
  });

  it('an operation without ids is named by its field, and a malformed child id is kept as asked but not listed as a child', () => {
    expect(refusedTarget('caseloads', {})).toEqual({ entity: 'caseloads', entityId: null, childIds: [], ids: {} });
    expect(refusedTarget('nextMeetingDue', { childId: 'not-a-uuid' })).toEqual({
      entity: 'child',
      entityId: 'not-a-uuid',
      childIds: [],
      ids: { childId: 'not-a-uuid' },
    });
  });
});

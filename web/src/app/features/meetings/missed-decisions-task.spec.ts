import { missedDecisionsTask } from './meeting-tasks';

describe('the task of telling the child about decisions made while they were not there', () => {
  const title = 'Tell the child about decisions made while they were not there';

  it('is not on the list when the child missed no significant decision (or the parts are not loaded)', () => {
    expect(missedDecisionsTask(null)).toBeNull();
    expect(missedDecisionsTask({ childNotYetTold: 0, decisions: [{ childMissed: false }] })).toBeNull();
  });

  it('is incomplete until each is told, then completed', () => {
    expect(missedDecisionsTask({ childNotYetTold: 2, decisions: [{ childMissed: true }, { childMissed: true }, { childMissed: false }] })).toEqual({
      title,
      targetId: 'meeting-parts',
      status: 'INCOMPLETE',
      hint: '2 decisions not yet told',
    });
    expect(missedDecisionsTask({ childNotYetTold: 1, decisions: [{ childMissed: true }] })).toEqual({
      title,
      targetId: 'meeting-parts',
      status: 'INCOMPLETE',
      hint: '1 decision not yet told',
    });
    expect(missedDecisionsTask({ childNotYetTold: 0, decisions: [{ childMissed: true }] })).toEqual({
      title,
      targetId: 'meeting-parts',
      status: 'COMPLETED',
      hint: '1 decision told',
    });
  });
});

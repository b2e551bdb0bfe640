import { concernsBase, eventLabel, STATUS_LABELS, stageLabel } from './concern-labels';

describe("a concern's words", () => {
  it.each([
    ['RAISED', 'Concern raised'],
    ['DEADLINE_MISSED', 'Deadline missed'],
    ['WITHDRAWN', 'Withdrawn at the child’s wish'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
  ])('the timeline calls %s %p', (kind, label) => {
    expect(eventLabel(kind)).toBe(label);
  });

  it('labels stages from the domain and statuses in words', () => {
    expect(stageLabel('INFORMAL')).toBe('Informal (social worker)');
    expect(STATUS_LABELS).toEqual({ OPEN: 'Open', RESOLVED: 'Resolved', WITHDRAWN: 'Withdrawn' });
  });

  it.each([
    ['ADVOCATE', '/advocate/concerns'],
    ['LA_MANAGER', '/la/concerns'],
    ['COMMISSIONER_STAFF', '/commissioner/concerns'],
  ] as const)('%s lists concerns at %s', (role, path) => {
    expect(concernsBase(role)).toBe(path);
  });
});

import { chairRefusal, type ChairCandidate } from './chair';

const staff = (id: string, overrides: Partial<ChairCandidate> = {}): ChairCandidate => ({
  id,
  localAuthorityId: 'la',
  role: 'SOCIAL_WORKER',
  experienced: false,
  active: true,
  ...overrides,
});
const context = { childLocalAuthorityId: 'la', allocatedSocialWorker: { id: 'sw', managerId: 'boss' } };

describe('who may chair a care-planning meeting', () => {
  it('the allocated social worker’s manager may chair', () => {
    expect(chairRefusal(staff('boss', { role: 'TEAM_MANAGER' }), context)).toBeNull();
  });

  it('another social worker of the same LA recorded as experienced may chair', () => {
    expect(chairRefusal(staff('other', { experienced: true }), context)).toBeNull();
  });

  it('never the allocated social worker, even if experienced', () => {
    expect(chairRefusal(staff('sw', { experienced: true }), context)).toBe("The child's allocated social worker cannot chair their meeting.");
  });

  it('not an inexperienced social worker, nor a manager of another team', () => {
    const refusal = "The chair must be the allocated social worker's manager or another social worker recorded as experienced.";
    expect(chairRefusal(staff('junior'), context)).toBe(refusal);
    expect(chairRefusal(staff('other-boss', { role: 'TEAM_MANAGER' }), context)).toBe(refusal);
  });

  it('never someone from another LA', () => {
    expect(chairRefusal(staff('boss', { role: 'TEAM_MANAGER', localAuthorityId: 'elsewhere' }), context)).toBe(
      "The chair must work for the child's local authority.",
    );
  });

  it('without an allocated social worker, a team manager or an experienced social worker may chair', () => {
    const none = { childLocalAuthorityId: 'la', allocatedSocialWorker: null };
    expect(chairRefusal(staff('m', { role: 'TEAM_MANAGER' }), none)).toBeNull();
    expect(chairRefusal(staff('e', { experienced: true }), none)).toBeNull();
    expect(chairRefusal(staff('j'), none)).toBe('The chair must be a team manager or a social worker recorded as experienced.');
  });
});

describe('a deactivated staff member', () => {
  it('never chairs, even as the allocated social worker’s manager', () => {
    expect(chairRefusal(staff('boss', { role: 'TEAM_MANAGER', active: false }), context)).toBe(
      'This staff member has been deactivated and cannot chair a meeting: choose another chair.',
    );
  });
});

import { familyViewRefusal, familyViewVisible, MEETING_PARTS_COMMAND_ROLES } from './family-views';

describe("parents' and carers' views are read by role", () => {
  const byManager = { visibility: 'LA_ONLY' as const, recordedByUserId: 'manager' };
  const forAttendees = { visibility: 'ATTENDEES' as const, recordedByUserId: 'manager' };
  const byAdvocate = { visibility: 'LA_ONLY' as const, recordedByUserId: 'advocate' };

  it("the LA's managers read every view", () => {
    expect(familyViewVisible(byManager, { role: 'LA_MANAGER', userId: 'other-manager' })).toBe(true);
    expect(familyViewVisible(forAttendees, { role: 'LA_MANAGER', userId: 'other-manager' })).toBe(true);
  });

  it("the child's advocate reads views for the attendees and their own, never one kept for the LA", () => {
    expect(familyViewVisible(forAttendees, { role: 'ADVOCATE', userId: 'advocate' })).toBe(true);
    expect(familyViewVisible(byManager, { role: 'ADVOCATE', userId: 'advocate' })).toBe(false);
    expect(familyViewVisible(byAdvocate, { role: 'ADVOCATE', userId: 'advocate' })).toBe(true);
  });

  it.each(['COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER'] as const)('%s never reads one', (role) => {
    expect(familyViewVisible(forAttendees, { role, userId: 'manager' })).toBe(false);
  });

  it('are recorded by the chair or the advocate, before or at the meeting', () => {
    expect(MEETING_PARTS_COMMAND_ROLES.RECORD_FAMILY_VIEW).toEqual(['ADVOCATE', 'LA_MANAGER']);
    expect(familyViewRefusal('SCHEDULED')).toBeNull();
    expect(familyViewRefusal('HELD')).toBeNull();
    expect(familyViewRefusal('COMPLETED')).toBe("The meeting is already completed: parents' and carers' views are recorded before or at the meeting.");
  });
});

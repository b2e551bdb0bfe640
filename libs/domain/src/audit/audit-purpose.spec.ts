import { auditPurpose } from './audit-purpose';

describe('every audited action carries its purpose', () => {
  it.each([
    ['ADVOCATE', 'child.list', 'Advocacy for a child the advocate represents'],
    ['LA_MANAGER', 'meeting.read', "Care planning for a child of the manager's local authority"],
    ['COMMISSIONER_STAFF', 'concern.read', "The Children's Commissioner's oversight of an escalated concern"],
    ['COMMISSIONER_STAFF', 'allocation.awaiting_list', 'Allocation oversight: who advocates for which child'],
    ['ADMIN', 'assignment.reassigned', 'Allocation oversight: who advocates for which child'],
    ['ADMIN', 'advocate.created', 'Running the platform'],
    ['LA_MANAGER', 'report.downloaded', 'The annual advocacy report'],
    ['ADVOCATE', 'auth.login', 'Signing in and out'],
    [null, 'ssda903.child_imported', 'Heard itself (a scheduled job or an import)'],
    ['DATA_PROTECTION_OFFICER', 'record_access_history.read', "Data protection: the child's rights over their record, and how long it is kept"],
    ['DATA_PROTECTION_OFFICER', 'report.downloaded', 'The annual advocacy report'],
    [null, 'child_channel.message_sent', 'The child reaching their advocate through their own secret page'],
  ] as const)('%s doing %s: %s', (role, action, purpose) => {
    expect(auditPurpose(role, action)).toBe(purpose);
  });
});

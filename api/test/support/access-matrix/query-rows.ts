import { F, N, OK, U, type OperationCase } from './harness';
import { child, NOBODY, northshire } from './row-helpers';
import { freshUser } from './user-admin-rows';

/** The matrix's queries (see matrix.ts for the columns). */
export const QUERIES: OperationCase[] = [
  { op: 'Query.actionsNeedingAttention', expect: [U, OK, OK, F, F, F, F] },
  { op: 'Query.advocacyProviders', expect: [U, F, F, OK, OK, F, F] },
  { op: 'Query.advocateProfiles', vars: ({ w }) => ({ advocacyProviderId: w.providerId }), expect: [U, F, F, F, OK, F, F] },
  { op: 'Query.laStaffOf', vars: async ({ w }) => ({ localAuthorityId: await northshire(w) }), expect: [U, F, F, F, OK, F, F] },
  { op: 'Query.localAuthorities', expect: [U, F, F, F, OK, F, F] },
  {
    op: 'Query.advocateCard',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  // No report is published in the test database (the worker is off): an id that does not exist.
  { op: 'Query.annualReport', vars: () => ({ id: NOBODY }), expect: [U, N, N, N, F, F, F] },
  { op: 'Query.annualReports', expect: [U, OK, OK, OK, F, F, F] },
  { op: 'Query.awaitingAdvocate', expect: [U, F, OK, OK, OK, F, F] },
  { op: 'Query.caseloads', expect: [U, F, F, OK, OK, F, F] },
  { op: 'Query.providerOverview', expect: [U, F, F, F, F, OK, F] },
  { op: 'Query.child', vars: ({ w, target }) => ({ id: child(target, w) }), expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] } },
  // A search names no record: only Commissioner staff may search, whatever it finds.
  { op: 'Query.childSearch', vars: () => ({ input: { name: 'Amelia', dateOfBirth: null, localAuthority: null } }), expect: [U, F, F, OK, F, F, F] },
  // own: at the Commissioner stage, so Commissioner staff see it too; other: still with the LA, unseen by them.
  {
    op: 'Query.concern',
    vars: async ({ w, target }) => ({ id: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA') }),
    expect: { own: [U, OK, OK, OK, F, F, F], other: [U, N, N, N, F, F, F] },
  },
  { op: 'Query.concernsAwaitingResponse', expect: [U, F, OK, F, F, F, F] },
  {
    op: 'Query.concernsForChild',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.escalationQueue', expect: [U, F, F, OK, F, F, F] },
  // Commissioner staff see every home; the advocate their visited homes, the manager homes where their LA's children live.
  { op: 'Query.home', vars: ({ w, target }) => ({ id: w.homeId[target] }), expect: { own: [U, OK, OK, OK, F, F, F], other: [U, N, N, OK, F, F, F] } },
  { op: 'Query.homeVisit', vars: ({ w, target }) => ({ id: w.visitId[target] }), expect: { own: [U, OK, OK, OK, F, F, F], other: [U, N, N, OK, F, F, F] } },
  { op: 'Query.homes', expect: [U, OK, OK, OK, F, F, F] },
  { op: 'Query.laChildren', expect: [U, F, OK, F, F, F, F] },
  { op: 'Query.laStaff', expect: [U, F, OK, F, F, F, F] },
  { op: 'Query.me', expect: [U, OK, OK, OK, OK, OK, OK] },
  {
    op: 'Query.meeting',
    vars: async ({ w, target }) => ({ id: await w.meeting(target) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Query.meetingsForChild',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.meetingsToChair', expect: [U, F, OK, F, F, F, F] },
  { op: 'Query.myChildren', expect: [U, OK, F, F, F, F, F] },
  { op: 'Query.myConcerns', expect: [U, OK, F, F, F, F, F] },
  {
    op: 'Query.nextMeetingDue',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.notifications', expect: [U, OK, OK, OK, OK, OK, OK] },
  { op: 'Query.overdueMeetings', expect: [U, OK, OK, F, F, F, F] },
  { op: 'Query.reportJob', vars: ({ w }) => ({ id: w.reportJobId }), expect: [U, F, F, OK, F, F, F] },
  { op: 'Query.ssda903Import', vars: ({ w, target }) => ({ id: w.importId[target] }), expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] } },
  { op: 'Query.ssda903Imports', expect: [U, F, OK, F, F, F, F] },
  { op: 'Query.unreadNotificationCount', expect: [U, OK, OK, OK, OK, OK, OK] },
  { op: 'Query.users', expect: [U, F, F, F, OK, F, F] },
  { op: 'Query.managedUser', vars: async ({ w }) => ({ id: await freshUser(w) }), expect: [U, F, F, F, OK, F, F] },
  { op: 'Query.userAdminOrganisations', expect: [U, F, F, F, OK, F, F] },
];

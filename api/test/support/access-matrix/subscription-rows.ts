import { F, OK, U, type OperationCase } from './harness';

export const SUBSCRIPTIONS: OperationCase[] = [
  // Subscribing names no record to check: it is accepted for any id (so ids cannot be probed) and every event is
  // filtered per subscriber (mayReceive); the field-level test below proves another's concern pushes nothing.
  {
    op: 'Subscription.concernUpdated',
    vars: async ({ w, target }) => ({ concernId: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA') }),
    expect: { own: [U, OK, OK, OK, F, F, F], other: [U, OK, OK, OK, F, F, F] },
  },
  // Like concernUpdated: accepted for any meeting id, every change filtered per subscriber (mayReceiveViewChange).
  {
    op: 'Subscription.childViewsChanged',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, OK, OK, F, F, F, F] },
  },
  { op: 'Subscription.notificationAdded', expect: [U, OK, OK, OK, OK, OK, OK] },
  { op: 'Subscription.reportJobUpdated', vars: ({ w }) => ({ jobId: w.reportJobId }), expect: [U, F, F, OK, F, F, F] },
  { op: 'Subscription.sessionEvents', expect: [U, OK, OK, OK, OK, OK, OK] },
];

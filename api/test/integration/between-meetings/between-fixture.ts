import { BetweenHoldDocument, BetweenScheduleDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import type { TestApp } from '../../support/test-app';

export interface BetweenSetup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  otherManager: GraphqlTestClient;
  childId: string;
  offerId: string;
  advocateUserId: string;
  chairId: string;
}

/** Each refusal as [code, field, message]. */
export const refusals = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field'] ?? null, e.message]);

/** Amelia Hart, in care since 3 March 2025 with her advocate; a chair on the LA's staff; a manager of another LA. */
export async function betweenSetup(api: TestApp): Promise<BetweenSetup> {
  const fx = await advocacyFixture(api, [{ cap: 5 }]);
  const manager = await fx.signIn(fx.managerEmail);
  const recorded = await manager.request(RECORD_TRIGGER, {
    input: { kind: 'ENTERED_CARE', occurredOn: '2025-03-03', newChild: newChild({ givenName: 'Amelia', familyName: 'Hart' }) },
  });
  const child = recorded.data?.recordTriggerEvent.child;
  const [chair] = (await api.dataSource.query(
    `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Chair', 'TEAM_MANAGER', true, NULL) RETURNING id`,
    [fx.laId],
  )) as Array<{ id: string }>;
  const otherEmail = `other-${fx.managerEmail}`;
  await api.dataSource.query(
    `INSERT INTO users (email, display_name, role, password_hash, local_authority_id)
     SELECT $1, 'Other Manager', 'LA_MANAGER', password_hash, $2 FROM users WHERE email = $3`,
    [otherEmail, fx.otherLaId, fx.managerEmail],
  );
  return {
    fx,
    manager,
    advocate: await fx.signIn(fx.advocates[0]?.email ?? ''),
    otherManager: await fx.signIn(otherEmail),
    childId: child?.id ?? '',
    offerId: child?.currentOffer?.id ?? '',
    advocateUserId: fx.advocates[0]?.userId ?? '',
    chairId: chair?.id ?? '',
  };
}

/** A meeting for the child, scheduled and held on `heldOn`. */
export async function heldMeeting(s: BetweenSetup, heldOn: string): Promise<string> {
  const scheduled = await s.manager.request(BetweenScheduleDocument, {
    input: { childId: s.childId, scheduledOn: heldOn, place: 'Family centre', chairStaffId: s.chairId, invitees: [] },
  });
  const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
  const held = await s.manager.request(BetweenHoldDocument, { input: { meetingId, heldOn, attendees: ['Amelia', 'Tess Chair'], participationCode: 'PN1' } });
  if (scheduled.errors.length + held.errors.length > 0) throw new Error(`meeting setup failed: ${JSON.stringify([...scheduled.errors, ...held.errors])}`);
  return meetingId;
}

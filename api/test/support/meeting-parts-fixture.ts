import { PartsHoldDocument, PartsScheduleDocument, PartsSelfRepresentDocument } from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from './advocacy-fixture';
import type { GraphqlTestClient } from './graphql-client';
import type { TestApp } from './test-app';

export interface MeetingSetup {
  fx: AdvocacyFixture;
  manager: GraphqlTestClient;
  advocate: GraphqlTestClient;
  childId: string;
  meetingId: string;
}

/** A child (preferred name Mo) in care with their advocate, and a meeting chaired by Tess Manager; held on 30 January 2025 unless `hold` is false. */
export async function meetingSetup(api: TestApp, hold = true): Promise<MeetingSetup> {
  const fx = await advocacyFixture(api, [{ cap: 5 }]);
  const manager = await fx.signIn(fx.managerEmail);
  const trigger = await manager.request(RECORD_TRIGGER, {
    input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName: 'Mohammed', preferredName: 'Mo' }) },
  });
  const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
  const [chair] = (await api.dataSource.query(
    `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
    [fx.laId],
  )) as Array<{ id: string }>;
  const scheduled = await manager.request(PartsScheduleDocument, {
    input: { childId, scheduledOn: '2025-01-30', place: 'Family centre', chairStaffId: chair?.id ?? '', invitees: [] },
  });
  const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
  const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
  if (hold) {
    const steps = [
      await advocate.request(PartsSelfRepresentDocument, { input: { meetingId, childWords: 'I will speak for myself' } }),
      await manager.request(PartsHoldDocument, { input: { meetingId, heldOn: '2025-01-30', attendees: ['Mo', 'Tess Manager'], participationCode: 'PN1' } }),
    ];
    const failed = steps.flatMap((s) => s.errors);
    if (failed.length > 0) throw new Error(`setup failed: ${JSON.stringify(failed)}`);
  }
  return { fx, manager, advocate, childId, meetingId };
}

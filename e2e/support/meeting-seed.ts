import { SeedLaStaffDocument, SeedRecordOfferOutcomeDocument, SeedRecordTriggerDocument, SeedScheduleMeetingDocument } from '@heard/graphql-types/testing';
import type { APIRequestContext } from '@playwright/test';
import { GraphqlSeed } from './graphql-seed';
import { londonDay } from './london-days';
import { DEMO_PASSWORD } from './login.page';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

export interface SeededMeeting {
  manager: GraphqlSeed;
  advocate: GraphqlSeed;
  advocateEmail: string;
  childId: string;
  meetingId: string;
}

/**
 * A fresh Northshire child entering care today, with the advocate they were given (who has made the offer, accepted),
 * and a meeting chaired by Jordan Ellis scheduled for today: the start of every meeting spec's story.
 */
export async function childWithMeetingToday(
  request: APIRequestContext,
  child: { laChildRef: string; givenName: string; familyName: string; dateOfBirth: string },
): Promise<SeededMeeting> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const today = londonDay(0);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: { ...child, firstLanguage: 'English' } },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  await advocate.call(SeedRecordOfferOutcomeDocument, {
    input: { offerId: recorded.recordTriggerEvent.child.currentOffer?.id ?? '', outcome: 'ACCEPTED', decidedOn: today, childWords: 'Yes please' },
  });
  const staff = await manager.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const meetingId = (await manager.call(SeedScheduleMeetingDocument, { input: { childId, scheduledOn: today, place: 'Centre', chairStaffId, invitees: [] } }))
    .scheduleMeeting.id;
  return { manager, advocate, advocateEmail, childId, meetingId };
}

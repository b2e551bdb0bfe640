import {
  SeedHoldMeetingDocument,
  SeedLaStaffDocument,
  SeedRecordOfferOutcomeDocument,
  SeedRecordTriggerDocument,
  SeedScheduleMeetingDocument,
  SeedStickDecisionDocument,
  SeedStickImplementByDocument,
} from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fillDate } from '../support/date-input';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { londonDay, londonToday } from '../support/london-days';
import { fitsAndPassesAxe, PHONE } from '../support/phone';
import { signedIn } from '../support/sessions';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

function ukDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A fresh Northshire child with their advocate, a meeting held on `heldOn` and a decision made at it. */
async function decisionAt(request: APIRequestContext, givenName: string, heldOn: string, text: string) {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(-40),
      newChild: { laChildRef: `DS-${Date.now()}`, givenName, familyName: 'Okoro', dateOfBirth: '2012-05-04', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  const advocateEmail = ADVOCATE_EMAILS[recorded.recordTriggerEvent.advocate?.displayName ?? ''] ?? '';
  const advocate = new GraphqlSeed(request);
  await advocate.signIn(advocateEmail, DEMO_PASSWORD);
  await advocate.call(SeedRecordOfferOutcomeDocument, {
    input: { offerId: recorded.recordTriggerEvent.child.currentOffer?.id ?? '', outcome: 'ACCEPTED', decidedOn: londonDay(-39), childWords: 'Yes please' },
  });
  const staff = await manager.call(SeedLaStaffDocument);
  const chairStaffId = staff.laStaff.find((s) => s.fullName === 'Jordan Ellis')?.id ?? '';
  const meetingId = (await manager.call(SeedScheduleMeetingDocument, { input: { childId, scheduledOn: heldOn, place: 'Centre', chairStaffId, invitees: [] } }))
    .scheduleMeeting.id;
  await manager.call(SeedHoldMeetingDocument, { input: { meetingId, heldOn, attendees: ['Jordan Ellis'], participationCode: 'PN1' } });
  const decided = await manager.call(SeedStickDecisionDocument, { input: { meetingId, text, significant: false, advocateInputId: null } });
  const decisionId = decided.recordMeetingDecision.decisions.find((d) => d.text === text)?.id ?? '';
  return { manager, meetingId, decisionId, advocateEmail };
}

test('the LA challenges a decision with reasons; a decision not implemented by its date is flagged and the advocate escalates it', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now() % 100_000;

  // The LA challenges a decision made today, with its reasons, inside the window.
  const today = londonToday();
  const fresh = await decisionAt(request, `Kemi${suffix}`, today, 'Kemi moves to a new school in September');
  const la = await signedIn(browser, 'manager@demo.heard');
  await la.setViewportSize(PHONE);
  await la.goto(`/la/meetings/${fresh.meetingId}`);
  const decision = la.getByRole('group', { name: 'Decision: Kemi moves to a new school in September' });
  await expect(decision.getByTestId('follow-through-explanation')).toContainText('The local authority may challenge it until');
  await decision.getByLabel('The local authority challenges it').check();
  await fillDate(decision, 'Challenged on', today);
  await decision.getByLabel('Why the local authority challenges it').fill('The school has no place until January.');
  await decision.getByRole('button', { name: /^Save/ }).click();
  await expect(la.locator('.notification-banner--success')).toHaveText(
    `“Kemi moves to a new school in September”: Challenged on ${ukDate(today)}, with your reasons.`,
  );
  await expect(decision.getByTestId('follow-through-explanation')).toHaveText(`Challenged by the local authority on ${ukDate(today)}.`);
  await expect(decision).toContainText("The local authority's reasons: The school has no place until January.");
  await fitsAndPassesAxe(la);

  // A decision from a meeting 20 days ago, due yesterday, neither implemented nor challenged: flagged for the advocate, who escalates it in one step.
  const text = `Sami${suffix} gets a bike`;
  const old = await decisionAt(request, `Sami${suffix}`, londonDay(-20), text);
  await old.manager.call(SeedStickImplementByDocument, { input: { decisionId: old.decisionId, implementBy: londonDay(-1) } });
  const advocate = await signedIn(browser, old.advocateEmail);
  await advocate.setViewportSize(PHONE);
  await advocate.goto('/advocate');
  const row = advocate.getByRole('row', { name: new RegExp(text) });
  await expect(row).toContainText(`Not implemented by ${ukDate(londonDay(-1))}, and not challenged: it stands and can be escalated.`);
  await fitsAndPassesAxe(advocate);
  await row.getByRole('button', { name: `Escalate “${text}” as a concern` }).click();
  await expect(advocate.locator('.notification-banner--success')).toContainText(`“${text}” for Sami${suffix} Okoro is now a concern with their social worker.`);
  await expect(row.getByRole('button', { name: /Escalate/ })).toHaveCount(0);
  await expect(row).toContainText('Escalated as a concern.');
  await fitsAndPassesAxe(advocate);
});

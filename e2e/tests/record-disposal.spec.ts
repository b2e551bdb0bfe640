import { SeedDisposalDeathDocument, SeedDisposalHoldDocument, SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { londonDay } from '../support/london-days';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

/** 15 years before `iso` (the day is chosen clear of 29 February). */
function fifteenYearsBefore(iso: string): string {
  return `${Number(iso.slice(0, 4)) - 15}${iso.slice(4)}`;
}

test("the LA's data protection officer sees the records due for disposal, with a legal hold shown, and the empty disposal register", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const givenName = `Ash${Date.now() % 100_000}`;
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(-40),
      newChild: { laChildRef: `RD-${Date.now()}`, givenName, familyName: 'Vale', dateOfBirth: '2010-01-01', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  // Died 15 years and 20 days ago, aged 1: the record's 15 years ran out 20 days ago.
  const keptUntil = londonDay(-20).endsWith('-02-29') ? londonDay(-21) : londonDay(-20);
  await manager.call(SeedDisposalDeathDocument, { input: { childId, dateOfDeath: fifteenYearsBefore(keptUntil) } });
  await manager.call(SeedDisposalHoldDocument, { input: { childId, reason: 'Needed for the inquiry' } });

  const dpo = await signedIn(browser, 'dpo@demo.heard');
  await dpo.goto('/data-protection/records-due-for-disposal');
  await expect(dpo.getByRole('heading', { name: 'Records due for disposal', level: 1 })).toBeVisible();
  const row = dpo.getByRole('row').filter({ hasText: `${givenName} Vale` });
  await expect(row).toContainText('Legal hold');
  await expect(row).toContainText('The child died before their 18th birthday');
  await fitsAndPassesAxe(dpo);

  await dpo.getByRole('link', { name: 'See the disposal register' }).click();
  await expect(dpo.getByRole('heading', { name: 'Disposal register', level: 1 })).toBeVisible();
  await expect(dpo.getByText('No records have been disposed of.')).toBeVisible();
  await fitsAndPassesAxe(dpo);
});

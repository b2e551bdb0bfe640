import { SeedLookAtChildDocument, SeedRecordTriggerDocument } from '@heard/graphql-types/testing';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { londonDay } from '../support/london-days';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

const ADVOCATE_EMAILS: Readonly<Record<string, string>> = { 'Priya Shah': 'advocate@demo.heard', 'Tom Okafor': 'advocate2@demo.heard' };

/** A new Northshire child, whose record the manager (Jordan Ellis) then opens once. */
async function childSeenByTheManager(request: APIRequestContext, givenName: string): Promise<{ childId: string; advocateEmail: string; advocateName: string }> {
  const manager = new GraphqlSeed(request);
  await manager.signIn('manager@demo.heard', DEMO_PASSWORD);
  const recorded = await manager.call(SeedRecordTriggerDocument, {
    input: {
      kind: 'ENTERED_CARE',
      occurredOn: londonDay(0),
      newChild: { laChildRef: `SEEN-${Date.now()}`, givenName, familyName: 'Seenwell', dateOfBirth: '2013-04-20', firstLanguage: 'English' },
    },
  });
  const childId = recorded.recordTriggerEvent.child.id;
  await manager.call(SeedLookAtChildDocument, { id: childId });
  const advocateName = recorded.recordTriggerEvent.advocate?.displayName ?? '';
  return { childId, advocateEmail: ADVOCATE_EMAILS[advocateName] ?? '', advocateName };
}

test('the advocate opens "Who has seen this record" and prints the plain-words version for the child', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const givenName = `Sky${Date.now() % 100_000}`;
  const { childId, advocateEmail, advocateName } = await childSeenByTheManager(request, givenName);
  const page = await signedIn(browser, advocateEmail);

  await page.goto(`/advocate/children/${childId}`);
  await page.getByRole('link', { name: 'Who has seen this record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who has seen this record' })).toBeVisible();
  const council = page.getByRole('region', { name: 'Northshire County Council' });
  await expect(council.getByRole('heading', { level: 3 })).toHaveText(["Jordan Ellis (manager in the council's children's services)"]);
  await expect(council).toContainText(
    "Jordan Ellis, a manager in Northshire County Council's children's services, looked at your record once and changed it 3 times on",
  );
  const rows = council.getByRole('row');
  await expect(rows.filter({ hasText: 'looked at your record' })).toContainText('to plan your care');
  await expect(rows.filter({ hasText: 'started your record' })).toContainText('Allowed');
  // The advocate's own opening of the child's page shows too.
  const provider = page.getByRole('region', { name: 'Voices Independent Advocacy' });
  await expect(provider.getByRole('heading', { level: 3 })).toHaveText([`${advocateName} (advocate)`]);
  await fitsAndPassesAxe(page);

  await page.getByRole('link', { name: `Print a plain-words version for ${givenName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${givenName}, who has seen your record` })).toBeVisible();
  const card = page.locator('.advocate-card');
  await expect(card).toContainText(
    "Jordan Ellis, a manager in Northshire County Council's children's services, looked at your record once and changed it 3 times on",
  );
  // Opening the list is itself recorded: the second reading (this page) shows the first.
  await expect(card).toContainText(`${advocateName}, an advocate at Voices Independent Advocacy, looked at your record`);
  await fitsAndPassesAxe(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(card).toBeVisible();
  await page.context().close();
});

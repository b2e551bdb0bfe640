import { SeedMyChildrenDocument, SeedWithdrawSafeguardingConcernDocument } from '@heard/graphql-types/testing';
import { expect, test } from '@playwright/test';
import { GraphqlSeed } from '../support/graphql-seed';
import { DEMO_PASSWORD } from '../support/login.page';
import { fitsAndPassesAxe } from '../support/phone';
import { signedIn } from '../support/sessions';

test('an advocate raises an immediate safeguarding concern after checking it; the LA manager sees it first and acknowledges it', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const seed = new GraphqlSeed(request);
  await seed.signIn('advocate@demo.heard', DEMO_PASSWORD);
  const child = (await seed.call(SeedMyChildrenDocument)).myChildren.find((c) => c.localAuthority.code === '901');
  if (child === undefined) throw new Error('the demo advocate has no child in Northshire');
  const childName = `${child.givenName} ${child.familyName}`;
  const whatHappened = `Disclosed being locked in their room overnight (${Date.now()})`;

  const advocate = await signedIn(browser, 'advocate@demo.heard');
  await advocate.goto(`/advocate/children/${child.id}`);
  await advocate.getByRole('link', { name: 'Raise an immediate safeguarding concern' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Raise an immediate safeguarding concern' })).toBeVisible();
  await expect(advocate.getByText('If a child is in immediate danger, call 999.')).toBeVisible();
  await advocate.getByRole('button', { name: 'Continue' }).click();
  await expect(advocate.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter what has happened');
  await fitsAndPassesAxe(advocate);

  await advocate.getByLabel('What has happened', { exact: true }).fill(whatHappened);
  await advocate.getByLabel('What the child has said, in their words where possible', { exact: true }).fill('I am scared to go home tonight');
  await advocate.getByRole('button', { name: 'Continue' }).click();
  await expect(advocate.getByRole('heading', { level: 1, name: 'Check your answers before sending the safeguarding concern' })).toBeVisible();
  await expect(advocate.getByText(whatHappened)).toBeVisible();
  await fitsAndPassesAxe(advocate);
  await advocate.getByRole('button', { name: 'Change what the child has said' }).click();
  await expect(advocate.getByLabel('What the child has said, in their words where possible', { exact: true })).toBeFocused();
  await advocate.getByRole('button', { name: 'Continue' }).click();
  await advocate.getByRole('button', { name: 'Send the safeguarding concern' }).click();

  const sent = advocate.getByRole('status').filter({ hasText: 'Success' });
  await expect(sent).toContainText('Immediate safeguarding concern sent. Heard told');
  await expect(sent).toContainText('They must acknowledge it by');
  await expect(advocate.getByText('Immediate safeguarding concern raised')).toBeVisible();
  await expect(advocate.getByText('Safeguarding contact told')).toBeVisible();
  await fitsAndPassesAxe(advocate);
  const concernId = advocate.url().split('/').pop() ?? '';

  const manager = await signedIn(browser, 'manager@demo.heard');
  await expect(manager.getByRole('heading', { level: 2, name: 'Immediate safeguarding concerns to acknowledge' })).toBeVisible();
  await fitsAndPassesAxe(manager);
  await manager
    .getByRole('button', { name: `Acknowledge the safeguarding concern about ${childName}` })
    .first()
    .click();
  await expect(manager.getByRole('status').filter({ hasText: 'Success' })).toContainText(
    `You acknowledged the immediate safeguarding concern about ${childName}. Their advocate has been told.`,
  );
  await fitsAndPassesAxe(manager);

  await advocate.reload();
  await expect(advocate.getByText('Acknowledged by the local authority')).toBeVisible();
  await fitsAndPassesAxe(advocate);

  // Leave no open concern behind for later specs.
  const closed = await seed.call(SeedWithdrawSafeguardingConcernDocument, { input: { concernId, text: 'Safeguarding followed up by the local authority' } });
  expect(closed.withdrawConcern.status).toBe('WITHDRAWN');
});

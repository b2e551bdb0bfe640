import { expect, type Page } from '@playwright/test';
import { seriousViolations } from './sessions';

/** A phone's viewport: the narrowest width every page must fit without sideways scrolling. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * The innermost visible elements whose right edge is past the phone's width, each named by tag and text, so a
 * failure says what to fix. Wide data kept in a labelled horizontal scroll region (`.table-scroll`) and
 * visually hidden text are allowed.
 */
export async function elementsSticking(page: Page, width: number = PHONE.width): Promise<string[]> {
  return page.evaluate(
    (limit) =>
      Array.from(document.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > limit && !Array.from(e.children).some((c) => c.getBoundingClientRect().right > limit))
        .filter((e) => e.closest('.table-scroll') === null && e.closest('.visually-hidden') === null)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    width,
  );
}

/** The page, at the viewport it has now, scrolls sideways by nothing and nothing sticks out past its right edge. */
export async function expectFits(page: Page, width: number = PHONE.width): Promise<void> {
  expect(await elementsSticking(page, width)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** No sideways scrolling at 390 px, and no serious accessibility problem (checked back at desktop width). */
export async function fitsAndPassesAxe(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectFits(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await seriousViolations(page)).toEqual([]);
}

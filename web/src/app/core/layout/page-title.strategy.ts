import { Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';

export const SERVICE_NAME = 'Heard';

/** "<Page> – Heard", the GOV.UK page title pattern; an error state prefixes "Error: ". */
export function pageTitle(page: string | undefined, hasErrors = false): string {
  if (page === undefined || page === '') return SERVICE_NAME;
  return `${hasErrors ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
}

/** Sets the document title from each route's `title`. */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(pageTitle(this.buildTitle(snapshot)));
  }
}

/**
 * For a page showing one record: once it has loaded, the title names it ("Meeting for Amelia Hart, 3 December
 * 2026 – Heard") instead of the route's generic title. Call in the page's constructor; `page` gives null until
 * the record is there.
 */
export function titleForRecord(page: () => string | null): void {
  const title = inject(Title);
  effect(() => {
    const name = page();
    if (name !== null) title.setTitle(pageTitle(name));
  });
}

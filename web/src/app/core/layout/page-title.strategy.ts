import { Injectable, inject } from '@angular/core';
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

import { ChangeDetectionStrategy, Component, DOCUMENT, type ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';

export interface SummaryError {
  /** The id of the field the error is about; the summary links to it. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary: "There is a problem" and a link to each field with an error. It takes
 * focus whenever its errors change, so screen reader users hear the problems straight away.
 */
@Component({
  selector: 'app-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #summary class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 id="error-summary-title" class="error-summary__title">There is a problem</h2>
      <ul class="error-summary__list">
        @for (error of errors(); track $index) {
          <li>
            <a [href]="'#' + error.fieldId" (click)="goToField($event, error.fieldId)">{{ error.message }}</a>
          </li>
        }
      </ul>
    </div>
  `,
})
export class ErrorSummaryComponent {
  readonly errors = input.required<readonly SummaryError[]>();
  private readonly summary = viewChild.required<ElementRef<HTMLElement>>('summary');
  private readonly document = inject(DOCUMENT);

  constructor() {
    afterRenderEffect({
      write: () => {
        if (this.errors().length > 0) this.summary().nativeElement.focus();
      },
    });
  }

  /** Moves focus to the field and shows its label above it, like govuk-frontend does. */
  protected goToField(event: MouseEvent, fieldId: string): void {
    event.preventDefault();
    const field = this.document.getElementById(fieldId);
    if (field === null) return;
    const label = this.document.querySelector(`label[for="${fieldId}"]`);
    (label ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  }
}

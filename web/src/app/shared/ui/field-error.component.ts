import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The GOV.UK inline error above a field: "Error:" for screen readers, then the message. Its id is
 * `<fieldId>-error`, for the field's aria-describedby. Shows nothing when there is no message.
 */
@Component({
  selector: 'app-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <p class="error-message" [id]="fieldId() + '-error'"><span class="visually-hidden">Error:</span> {{ text }}</p>
    }
  `,
})
export class FieldErrorComponent {
  readonly fieldId = input.required<string>();
  readonly message = input<string | null>(null);
}

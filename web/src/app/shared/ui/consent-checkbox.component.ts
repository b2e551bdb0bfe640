import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

/**
 * One consent, confidentiality or sharing checkbox that always shows the value the form will send.
 * The value is bound to the box's property and to its `checked` attribute, so a form `reset()` (which
 * puts every box back to its attribute) can never show a different answer from the one stored.
 */
@Component({
  selector: 'app-consent-checkbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="checkboxes__item">
      <input class="checkboxes__input" type="checkbox" [id]="inputId()" [checked]="checked()" [attr.checked]="checked() ? '' : null" (change)="changed($event)" />
      <label class="label checkboxes__label" [for]="inputId()">{{ label() }}</label>
    </div>
  `,
})
export class ConsentCheckboxComponent {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly checked = model.required<boolean>();

  protected changed(event: Event): void {
    this.checked.set((event.target as HTMLInputElement).checked);
  }
}

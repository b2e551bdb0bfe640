import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordActionDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { ukDate } from '../../shared/ui/uk-date.pipe';
import { MeetingFormBase } from './meeting-form.base';

/** A SMART action: what, who, by when and how it will be monitored, all required. */
@Component({
  selector: 'app-action-form',
  imports: [DateFieldComponent, FormNoticesComponent, InputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Agree an action</h3>
      <div class="form-group" appInputField fieldId="what" label="What will be done" [error]="fieldError('what')" [(value)]="what"></div>
      <div class="form-group" appInputField fieldId="owner" label="Who will do it" [error]="fieldError('owner')" [(value)]="owner"></div>
      <div class="form-group" appDateField fieldId="dueOn" label="By when" [error]="fieldError('dueOn')" [(value)]="dueOn"></div>
      <div class="form-group" appInputField fieldId="monitoring" label="How it will be monitored" [error]="fieldError('monitoring')" [(value)]="monitoring"></div>
      <button class="button" type="submit" [disabled]="saving()">Add action</button>
    </form>
  `,
})
export class ActionFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly what = signal('');
  protected readonly owner = signal('');
  protected readonly dueOn = signal('');
  protected readonly monitoring = signal('');
  protected readonly confirmation = signal<string | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const dateError = this.dueOn() === '' ? 'Enter when it is due' : dateProblem('By when', this.dueOn());
    const problems: SummaryError[] = [
      ...(this.what().trim() === '' ? [{ fieldId: 'what', message: 'Enter what will be done' }] : []),
      ...(this.owner().trim() === '' ? [{ fieldId: 'owner', message: 'Enter who will do it' }] : []),
      ...(dateError === null ? [] : [{ fieldId: 'dueOn', message: dateError }]),
      ...(this.monitoring().trim() === '' ? [{ fieldId: 'monitoring', message: 'Enter how it will be monitored' }] : []),
    ];
    const input = { meetingId: this.meetingId(), what: this.what(), owner: this.owner(), dueOn: this.dueOn(), monitoring: this.monitoring() };
    if (await this.run(problems, 'what', async () => (await this.graphql.request(RecordActionDocument, { input })).recordAction)) {
      this.confirmation.set(`Action agreed: "${input.what.trim()}" – ${input.owner.trim()}, by ${ukDate(input.dueOn)}.`);
      for (const field of [this.what, this.owner, this.dueOn, this.monitoring]) field.set('');
    }
  }
}

import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordActionDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { MeetingFormBase } from './meeting-form.base';

/** A SMART action: what, who, by when and how it will be monitored, all required. */
@Component({
  selector: 'app-action-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Agree an action</h3>
      @for (f of fields; track f.id) {
        <div class="form-group" [class.form-group--error]="fieldError(f.id)"><label class="label" [for]="f.id">{{ f.label }}</label>
          @if (fieldError(f.id); as message) {
            <p class="error-message" [id]="f.id + '-error'"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <input class="input" [class.input--error]="fieldError(f.id)" [id]="f.id" [type]="f.type" [value]="values()[f.id] ?? ''"
            [attr.aria-invalid]="fieldError(f.id) ? 'true' : null" [attr.aria-describedby]="fieldError(f.id) ? f.id + '-error' : null"
            (input)="set(f.id, value($event))" /></div>
      }
      <button class="button" type="submit" [disabled]="saving()">Add action</button>
    </form>
  `,
})
export class ActionFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly fields = [
    { id: 'what', label: 'What will be done', type: 'text', missing: 'Enter what will be done' },
    { id: 'owner', label: 'Who will do it', type: 'text', missing: 'Enter who will do it' },
    { id: 'dueOn', label: 'By when', type: 'date', missing: 'Enter when it is due' },
    { id: 'monitoring', label: 'How it will be monitored', type: 'text', missing: 'Enter how it will be monitored' },
  ] as const;
  protected readonly values = signal<Partial<Record<string, string>>>({});

  protected set(field: string, value: string): void {
    this.values.update((v) => ({ ...v, [field]: value }));
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const v = this.values();
    const problems: SummaryError[] = this.fields.filter((f) => (v[f.id] ?? '').trim() === '').map((f) => ({ fieldId: f.id, message: f.missing }));
    const input = { meetingId: this.meetingId(), what: v['what'] ?? '', owner: v['owner'] ?? '', dueOn: v['dueOn'] ?? '', monitoring: v['monitoring'] ?? '' };
    if (await this.run(problems, 'what', async () => (await this.graphql.request(RecordActionDocument, { input })).recordAction)) this.values.set({});
  }
}

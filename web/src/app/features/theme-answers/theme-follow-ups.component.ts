import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { londonDate, themeFollowUpProblem } from '@heard/domain';
import { AddThemeFollowUpDocument, CompleteThemeFollowUpDocument, type ThemeRequestViewFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { serverField } from './theme-fields';

/** The actions following an answer, each with an owner and a due date, tracked from open to done. */
@Component({
  selector: 'app-theme-follow-ups',
  imports: [DateFieldComponent, FormNoticesComponent, InputFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Follow-ups</h2>
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    @if (request().followUps.length === 0) {
      <p class="body">No follow-ups have been recorded.</p>
    } @else {
      <table class="table table--stack">
        <caption class="table__caption visually-hidden">Follow-ups</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          @for (f of request().followUps; track f.id) {
            <tr>
              <td data-label="Action">{{ f.action }}</td>
              <td data-label="Owner">{{ f.owner }}</td>
              <td data-label="Due">{{ f.dueOn | ukDate }}</td>
              <td data-label="Status">
                @if (f.state === 'DONE') {
                  <strong class="tag tag--green">Done</strong>
                } @else if (mayComplete()) {
                  <button class="button button--secondary" type="button" [disabled]="saving()" (click)="complete(f.id, f.action)">
                    Mark done<span class="visually-hidden">: {{ f.action }}</span>
                  </button>
                } @else {
                  <strong class="tag tag--blue">Open</strong>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
    @if (mayAdd()) {
      <h3 class="heading-s">Add a follow-up</h3>
      <form novalidate (submit)="add($event)">
        <div class="form-group" appInputField fieldId="action" label="Action" [error]="fieldError('action')" [(value)]="action"></div>
        <div class="form-group" appInputField fieldId="owner" label="Who owns it" [error]="fieldError('owner')" [(value)]="owner"></div>
        <div class="form-group" appDateField fieldId="dueOn" label="Due date" hint="A date after today." [error]="fieldError('dueOn')" [(value)]="dueOn"></div>
        <button class="button" type="submit" [disabled]="saving()">Add the follow-up</button>
      </form>
    }
  `,
})
export class ThemeFollowUpsComponent extends FormBase {
  readonly request = input.required<ThemeRequestViewFragment>();
  readonly changed = output<ThemeRequestViewFragment>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly mayAdd = computed(() => this.request().allowedCommands.includes('ADD_FOLLOW_UP'));
  protected readonly mayComplete = computed(() => this.request().allowedCommands.includes('COMPLETE_FOLLOW_UP'));
  protected readonly action = signal('');
  protected readonly owner = signal('');
  protected readonly dueOn = signal('');
  protected readonly confirmation = signal<string | null>(null);

  protected async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.confirmation.set(null);
    const followUp = { action: this.action(), owner: this.owner(), dueOn: this.dueOn() };
    const problem = themeFollowUpProblem(followUp, londonDate(new Date()));
    this.errors.set(problem === null ? [] : [{ fieldId: problem.field, message: problem.message }]);
    if (problem !== null) return;
    await this.run('action', `Follow-up added: ${followUp.action.trim()}.`, async () => {
      const input = { themeRequestId: this.request().id, ...followUp };
      return (await this.graphql.request(AddThemeFollowUpDocument, { input })).addThemeFollowUp;
    });
    this.action.set('');
    this.owner.set('');
    this.dueOn.set('');
  }

  protected async complete(followUpId: string, action: string): Promise<void> {
    this.confirmation.set(null);
    await this.run(
      'action',
      `Marked done: ${action}.`,
      async () => (await this.graphql.request(CompleteThemeFollowUpDocument, { followUpId })).completeThemeFollowUp,
    );
  }

  private async run(defaultField: string, done: string, request: () => Promise<ThemeRequestViewFragment>): Promise<void> {
    let saved: ThemeRequestViewFragment | null = null;
    await submitForm(
      this.errors,
      this.saving,
      defaultField,
      async () => {
        saved = await request();
      },
      serverField,
    );
    if (saved === null) return;
    this.confirmation.set(done);
    this.changed.emit(saved);
  }
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RequestConcernInformationDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';

/** Commissioner staff ask the local authority for information, with a deadline. */
@Component({
  selector: 'app-request-information-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Request information from the local authority</h2>
      <div class="form-group" [class.form-group--error]="fieldError('infoAsked')">
        <label class="label" for="infoAsked">What the local authority is asked for</label>
        @if (fieldError('infoAsked'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="infoAsked" rows="3" (input)="asked.set(value($event))"></textarea>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('dueOn')">
        <label class="label" for="dueOn">Deadline</label>
        @if (fieldError('dueOn'); as message) { <p class="error-message">{{ message }}</p> }
        <input class="input input--width-10" id="dueOn" type="date" (input)="dueOn.set(value($event))" />
      </div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Send request</button>
    </form>
  `,
})
export class RequestInformationFormComponent extends ConcernFormBase {
  protected readonly asked = this.field('');
  protected readonly dueOn = this.field('');

  protected save(event: SubmitEvent): Promise<void> {
    const input = { concernId: this.concern().id, asked: this.asked(), dueOn: this.dueOn() };
    const problems = [
      required(this.asked(), 'infoAsked', 'Enter what the local authority is asked for'),
      required(this.dueOn(), 'dueOn', 'Enter the deadline'),
    ];
    return this.run(event, problems, 'dueOn', async () => (await this.graphql.request(RequestConcernInformationDocument, { input })).requestConcernInformation);
  }
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RequestConcernInformationDocument } from '@heard/graphql-types';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ConcernFormBase, required } from './concern-form.base';
import { informationRequestedNotice } from './concern-notices';

/** Commissioner staff ask the local authority for information, with a deadline. */
@Component({
  selector: 'app-request-information-form',
  imports: [ErrorSummaryComponent, DateFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Request information from the local authority</h2>
      <div class="form-group" appTextareaField fieldId="infoAsked" label="What the local authority is asked for" [rows]="3" [error]="fieldError('infoAsked')" [(value)]="asked"></div>
      <div class="form-group" appDateField fieldId="dueOn" label="Deadline" hint="The day the local authority must send the information by." [error]="fieldError('dueOn')" [(value)]="dueOn"></div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Send request</button>
    </form>
  `,
})
export class RequestInformationFormComponent extends ConcernFormBase {
  protected readonly asked = this.field('');
  protected readonly dueOn = this.field('');

  protected save(event: SubmitEvent): Promise<boolean> {
    const input = { concernId: this.concern().id, asked: this.asked(), dueOn: this.dueOn() };
    const dueProblem = this.dueOn() === '' ? 'Enter the deadline' : dateProblem('Deadline', this.dueOn());
    const problems = [
      required(this.asked(), 'infoAsked', 'Enter what the local authority is asked for'),
      dueProblem === null ? null : { fieldId: 'dueOn', message: dueProblem },
    ];
    return this.run(
      event,
      problems,
      'dueOn',
      async () => (await this.graphql.request(RequestConcernInformationDocument, { input })).requestConcernInformation,
      informationRequestedNotice,
      { asked: 'infoAsked' },
    );
  }
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RecordChildCourtRequestDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';
import { childCourtRequestNotice } from './concern-notices';

/** The advocate records the child asking them to attend court and speak for them. */
@Component({
  selector: 'app-child-court-request-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">The child asks you to attend court</h2>
      <div class="form-group" [class.form-group--error]="fieldError('childWords')">
        <label class="label" for="childWords">The child's request, in their words</label>
        @if (fieldError('childWords'); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" id="childWords" rows="2" (input)="words.set(value($event))"></textarea>
      </div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record the request</button>
    </form>
  `,
})
export class ChildCourtRequestFormComponent extends ConcernFormBase {
  protected readonly words = this.field('');

  protected save(event: SubmitEvent): Promise<boolean> {
    const input = { concernId: this.concern().id, childWords: this.words() };
    return this.run(
      event,
      [required(this.words(), 'childWords', "Enter the child's request")],
      'childWords',
      async () => (await this.graphql.request(RecordChildCourtRequestDocument, { input })).recordChildCourtRequest,
      childCourtRequestNotice,
    );
  }
}

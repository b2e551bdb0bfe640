import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ResolveConcernDocument, WithdrawConcernDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';

/** Resolves the concern with the outcome in the child's terms or, for the advocate, withdraws it at the child's wish. */
@Component({
  selector: 'app-close-concern-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ allowWithdraw() ? 'Resolve or withdraw' : 'Resolve' }}</h2>
      @if (allowWithdraw()) {
        <fieldset class="fieldset">
          <legend class="fieldset__legend">What happened</legend>
          <div class="radios">
            <div class="radios__item"><input class="radios__input" id="close-resolve" type="radio" name="close" value="resolve" checked (change)="mode.set('resolve')" />
              <label class="label radios__label" for="close-resolve">Resolved</label></div>
            <div class="radios__item"><input class="radios__input" id="close-withdraw" type="radio" name="close" value="withdraw" (change)="mode.set('withdraw')" />
              <label class="label radios__label" for="close-withdraw">The child wants to withdraw it</label></div>
          </div>
        </fieldset>
      }
      <div class="form-group" [class.form-group--error]="fieldError('text')">
        <label class="label" for="closeText">{{ mode() === 'resolve' ? "The outcome, in the child's terms" : 'Why the child wants to withdraw it' }}</label>
        @if (fieldError('text'); as message) { <p class="error-message" id="text-error">{{ message }}</p> }
        <textarea class="textarea" id="closeText" rows="3" (input)="text.set(value($event))"></textarea>
      </div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">{{ mode() === 'resolve' ? 'Resolve concern' : 'Withdraw concern' }}</button>
    </form>
  `,
})
export class CloseConcernFormComponent extends ConcernFormBase {
  readonly allowWithdraw = input(false);
  protected readonly mode = this.field<'resolve' | 'withdraw'>('resolve');
  protected readonly text = this.field('');

  protected save(event: SubmitEvent): Promise<void> {
    const input = { concernId: this.concern().id, text: this.text() };
    const resolving = this.mode() === 'resolve';
    return this.run(
      event,
      [required(this.text(), 'text', resolving ? "Enter the outcome in the child's terms" : 'Enter why the child wants to withdraw it')],
      'text',
      async () =>
        resolving
          ? (await this.graphql.request(ResolveConcernDocument, { input })).resolveConcern
          : (await this.graphql.request(WithdrawConcernDocument, { input })).withdrawConcern,
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ResolveConcernDocument, WithdrawConcernDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ConcernFormBase, required, type Problem } from './concern-form.base';
import { closedNotice } from './concern-notices';

type CloseMode = 'resolve' | 'withdraw';

const CHOOSE_MESSAGE = 'Select whether the concern was resolved or the child wants to withdraw it';

/**
 * Resolves the concern with the outcome in the child's terms or, for the advocate, withdraws it at the child's wish:
 * a consequential choice, so neither is chosen until the advocate chooses.
 */
@Component({
  selector: 'app-close-concern-form',
  imports: [ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ allowWithdraw() ? 'Resolve or withdraw' : 'Resolve' }}</h2>
      @if (allowWithdraw()) {
        <div class="form-group" [class.form-group--error]="fieldError('close-resolve')">
          <fieldset class="fieldset" [attr.aria-describedby]="describedBy('close-resolve')">
            <legend class="fieldset__legend">What happened</legend>
            @if (fieldError('close-resolve'); as message) {
              <p class="error-message" id="close-resolve-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
            }
            <div class="radios">
              <div class="radios__item"><input class="radios__input" id="close-resolve" type="radio" name="close" value="resolve" [checked]="mode() === 'resolve'" (change)="mode.set('resolve')" />
                <label class="label radios__label" for="close-resolve">Resolved</label></div>
              <div class="radios__item"><input class="radios__input" id="close-withdraw" type="radio" name="close" value="withdraw" [checked]="mode() === 'withdraw'" (change)="mode.set('withdraw')" />
                <label class="label radios__label" for="close-withdraw">The child wants to withdraw it</label></div>
            </div>
          </fieldset>
        </div>
      }
      <div class="form-group" appTextareaField fieldId="closeText" [label]="textLabel()" [rows]="3" [error]="fieldError('closeText')" [(value)]="text"></div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">{{ buttonLabel() }}</button>
    </form>
  `,
})
export class CloseConcernFormComponent extends ConcernFormBase {
  readonly allowWithdraw = input(false);
  /** Nothing chosen yet, where there is a choice; only resolving, where there is not. */
  protected readonly mode = this.field<CloseMode | null>(null);
  protected readonly text = this.field('');
  private readonly effective = computed<CloseMode | null>(() => (this.allowWithdraw() ? this.mode() : 'resolve'));
  protected readonly textLabel = computed(() => {
    const mode = this.effective();
    if (mode === 'resolve') return "The outcome, in the child's terms";
    if (mode === 'withdraw') return 'Why the child wants to withdraw it';
    return "The outcome in the child's terms, or why they want to withdraw it";
  });
  protected readonly buttonLabel = computed(() => {
    const mode = this.effective();
    return mode === 'resolve' ? 'Resolve concern' : mode === 'withdraw' ? 'Withdraw concern' : 'Close concern';
  });

  protected save(event: SubmitEvent): Promise<boolean> {
    const input = { concernId: this.concern().id, text: this.text() };
    const mode = this.effective();
    const problems: Problem[] = [
      mode === null ? { fieldId: 'close-resolve', message: CHOOSE_MESSAGE } : null,
      required(this.text(), 'closeText', mode === 'withdraw' ? 'Enter why the child wants to withdraw it' : "Enter the outcome in the child's terms"),
    ];
    return this.run(
      event,
      problems,
      'closeText',
      async () =>
        mode === 'resolve'
          ? (await this.graphql.request(ResolveConcernDocument, { input })).resolveConcern
          : (await this.graphql.request(WithdrawConcernDocument, { input })).withdrawConcern,
      () => closedNotice(mode === 'resolve'),
      { text: 'closeText' },
    );
  }
}

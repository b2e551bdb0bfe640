import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ChildDocument, RaiseSafeguardingConcernDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { safeguardingRaisedNotice } from './safeguarding-notices';

type Field = 'whatHappened' | 'childSaid';

/**
 * The child's advocate raises an immediate safeguarding concern: it bypasses the ladder, and the LA's named safeguarding
 * contact is told at once. The advocate checks their answers before sending; the concern's page confirms who was told.
 */
@Component({
  selector: 'app-raise-safeguarding-page',
  imports: [ErrorSummaryComponent, RouterLink, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/advocate/children', id()]">Back to the child's record</a>
    <span class="caption-l">{{ childName() }}</span>
    <div class="warning-text">
      <span class="warning-text__icon" aria-hidden="true">!</span>
      <strong class="warning-text__text"><span class="visually-hidden">Warning </span>If a child is in immediate danger, call 999.</strong>
    </div>
    @if (step() === 'check') {
      <h1 class="heading-l">Check your answers before sending the safeguarding concern</h1>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>What has happened</dt>
          <dd>{{ whatHappened() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('whatHappened')">Change<span class="visually-hidden"> what has happened</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>What the child has said</dt>
          <dd>{{ childSaid() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('childSaid')">Change<span class="visually-hidden"> what the child has said</span></button></dd>
        </div>
      </dl>
      <p class="body">
        <strong>The local authority's safeguarding contact is told at once and must acknowledge it, usually the same working day. If they do not, the director and the Children's Commissioner are told.</strong>
      </p>
      <form novalidate (submit)="send($event)">
        <button class="button button--warning" type="submit" [disabled]="saving()">Send the safeguarding concern</button>
      </form>
    } @else {
      @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
      <h1 class="heading-l">Raise an immediate safeguarding concern</h1>
      <p class="body">Use this when the child may be at risk of harm now. It goes straight to the local authority's safeguarding contact, not up the ladder.</p>
      <form novalidate (submit)="check($event)">
        <div class="form-group" appTextareaField fieldId="whatHappened" label="What has happened" [rows]="4" [error]="fieldError('whatHappened')" [(value)]="whatHappened"></div>
        <div class="form-group" appTextareaField fieldId="childSaid" label="What the child has said, in their words where possible" [rows]="3" [error]="fieldError('childSaid')" [(value)]="childSaid"></div>
        <button class="button" type="submit">Continue</button>
      </form>
    }
  `,
})
export class RaiseSafeguardingPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  readonly id = input.required<string>();
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly whatHappened = signal('');
  protected readonly childSaid = signal('');
  private readonly child = loadState(async () => (await this.graphql.request(ChildDocument, { id: this.id() })).child);
  protected readonly childName = computed(() => {
    const c = this.child.data();
    return c ? `${c.givenName} ${c.familyName}` : '';
  });

  protected check(event: SubmitEvent): void {
    event.preventDefault();
    const problems: SummaryError[] = [
      ...(this.whatHappened().trim() === '' ? [{ fieldId: 'whatHappened', message: 'Enter what has happened' }] : []),
      ...(this.childSaid().trim() === '' ? [{ fieldId: 'childSaid', message: 'Enter what the child has said' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length === 0) this.step.set('check');
  }

  /** Back to the answers, focused on the one to change. */
  protected change(field: Field): void {
    this.step.set('enter');
    setTimeout(() => document.getElementById(field)?.focus());
  }

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = { childId: this.id(), whatHappened: this.whatHappened(), childSaid: this.childSaid() };
    const sent = await submitForm(this.errors, this.saving, 'whatHappened', async () => {
      const alert = (await this.graphql.request(RaiseSafeguardingConcernDocument, { input })).raiseSafeguardingConcern;
      await this.router.navigate(['/advocate/concerns', alert.concernId], { state: { notice: safeguardingRaisedNotice(alert) } });
    });
    if (!sent) this.step.set('enter');
  }
}

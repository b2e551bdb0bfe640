import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RecordLeftCareDocument, type ChildCommand } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { SelectFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { todayIso, UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { CareEventPage } from './care-event-page';
import { codeLabel, LEFT_CARE_REASONS, leftCareNotice } from './care-events';

/** An LA manager records that the child left care, after checking their answers: it ends the child's advocacy. */
@Component({
  selector: 'app-left-care-page',
  imports: [RouterLink, ErrorSummaryComponent, DateFieldComponent, SelectFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="childLink()">Back to the child's record</a>
    @if (loadError(); as message) {
      <h1 class="heading-l">Child not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (child(); as c) {
      <span class="caption-l">{{ c.givenName }} {{ c.familyName }}</span>
      @if (!allowed(c)) {
        <h1 class="heading-l">Record that the child left care</h1>
        <p class="body">{{ c.givenName }} has no open period of care to end.</p>
      } @else if (step() === 'check') {
        <h1 class="heading-l">Check your answers before recording that {{ c.givenName }} left care</h1>
        <dl class="summary-list">
          <div class="summary-list__row"><dt>Child</dt><dd>{{ c.givenName }} {{ c.familyName }}, born {{ c.dateOfBirth | ukDate }}</dd></div>
          <div class="summary-list__row">
            <dt>Date they left care</dt>
            <dd>{{ leftOn() | ukDate }}</dd>
            <dd><button class="link-button" type="button" (click)="change('leftOn')">Change<span class="visually-hidden"> the date they left care</span></button></dd>
          </div>
          <div class="summary-list__row">
            <dt>Reason</dt>
            <dd>{{ reasonEnded() === '' ? 'Not given' : reasonLabel(reasonEnded()) }}</dd>
            <dd><button class="link-button" type="button" (click)="change('reasonEnded')">Change<span class="visually-hidden"> the reason</span></button></dd>
          </div>
          <div class="summary-list__row"><dt>Advocate</dt><dd>{{ c.advocate?.displayName ?? 'None' }}</dd></div>
        </dl>
        <p class="body">
          <strong>
            @if (c.advocate; as advocate) {
              This ends {{ c.givenName }}'s advocacy with {{ advocate.displayName }} on that date, and their place goes to a waiting child. It cannot be undone.
            } @else {
              {{ c.givenName }} stops waiting for an advocate. It cannot be undone.
            }
          </strong>
        </p>
        <form novalidate (submit)="save($event)">
          <button class="button button--warning" type="submit" [disabled]="saving()">Record that {{ c.givenName }} left care</button>
        </form>
      } @else {
        <h1 class="heading-l">Record that the child left care</h1>
        @if (errors().length > 0) {
          <app-error-summary [errors]="errors()" />
        }
        <form novalidate (submit)="check($event)">
          <div class="form-group" appDateField fieldId="leftOn" [label]="'Date ' + c.givenName + ' left care'" [error]="fieldError('leftOn')" [(value)]="leftOn"></div>
          <div
            class="form-group"
            appSelectField
            fieldId="reasonEnded"
            label="Reason the period of care ended (optional)"
            placeholder="Not given"
            [options]="reasons"
            [error]="fieldError('reasonEnded')"
            [(value)]="reasonEnded"
          ></div>
          <button class="button" type="submit">Continue</button>
        </form>
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading the child's record…</p>
    }
  `,
})
export class LeftCarePage extends CareEventPage {
  protected readonly command: ChildCommand = 'RECORD_LEFT_CARE';
  protected readonly reasons = LEFT_CARE_REASONS;
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly leftOn = signal(todayIso());
  protected readonly reasonEnded = signal('');

  protected reasonLabel(code: string): string {
    return codeLabel(LEFT_CARE_REASONS, code);
  }

  protected check(event: SubmitEvent): void {
    event.preventDefault();
    const dateError = this.leftOn() === '' ? 'Enter the date the child left care' : dateProblem('Date the child left care', this.leftOn());
    const problems: SummaryError[] = dateError === null ? [] : [{ fieldId: 'leftOn', message: dateError }];
    this.errors.set(problems);
    if (problems.length === 0) this.step.set('check');
  }

  /** Back to the answers, focused on the one to change. */
  protected change(field: 'leftOn' | 'reasonEnded'): void {
    this.step.set('enter');
    setTimeout(() => document.getElementById(field)?.focus());
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const child = this.child();
    if (child === null) return;
    let notice = '';
    const saved = await submitForm(this.errors, this.saving, 'leftOn', async () => {
      const input = { childId: child.id, leftOn: this.leftOn(), reasonEnded: this.reasonEnded() === '' ? null : this.reasonEnded() };
      const result = (await this.graphql.request(RecordLeftCareDocument, { input })).recordLeftCare;
      notice = leftCareNotice(child.givenName, result.advocacyEndedOn);
    });
    if (saved) await this.finish(notice);
    else {
      this.keepErrorsOnFields(['leftOn', 'reasonEnded'], 'leftOn');
      this.step.set('enter');
    }
  }
}

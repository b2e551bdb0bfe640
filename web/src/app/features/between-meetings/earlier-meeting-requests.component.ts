import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  EarlierMeetingRequestsOfChildDocument,
  type EarlierMeetingRequestFieldsFragment,
  RaiseConcernFromEarlierMeetingRequestDocument,
  RequestEarlierMeetingDocument,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { AnswerRequestFormComponent } from './answer-request-form.component';
import { ANSWER_STATUS, answerLine, openRequest } from './between-meetings';

/**
 * Earlier meetings on the child's page: the child's advocate asks for one (one open request at a time), the child's
 * LA answers within its working days, and an unanswered request past its date is raised as a concern in one step.
 */
@Component({
  selector: 'app-earlier-meeting-requests',
  imports: [RouterLink, ErrorSummaryComponent, TextareaFieldComponent, UkDatePipe, AnswerRequestFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Earlier meeting</h2>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    @if (state.loading()) {
      <p class="body" role="status" aria-live="polite">Loading requests for an earlier meeting…</p>
    } @else if (state.error(); as message) {
      <p class="body" role="alert">{{ message }}</p>
    } @else if (state.data(); as requests) {
      @for (r of requests; track r.id) {
        <div>
          <h3 class="heading-s">Requested on {{ r.requestedOn | ukDate }} by {{ r.requestedByName }}</h3>
          <dl class="summary-list">
            <div class="summary-list__row"><dt>Why</dt><dd>{{ r.reason }}</dd></div>
            <div class="summary-list__row">
              <dt>Status</dt>
              <dd><strong class="tag tag--{{ status[r.answerStatus].tone }}">{{ status[r.answerStatus].label }}</strong></dd>
            </div>
            <div class="summary-list__row"><dt>Answer due by</dt><dd>{{ r.answerDueBy | ukDate }}<p class="hint">{{ r.answerDueExplanation }}</p></dd></div>
            @if (answerLine(r); as line) {
              <div class="summary-list__row"><dt>Answer</dt><dd>{{ line }}</dd></div>
            }
            @if (r.concernId; as concernId) {
              <div class="summary-list__row"><dt>Concern</dt><dd><a class="link" [routerLink]="[home(), 'concerns', concernId]">A concern was raised about this request</a></dd></div>
            }
          </dl>
          @if (r.canRaiseConcern) {
            <p class="body">The local authority did not answer by the date. You can raise a concern about it on the escalation ladder in one step.</p>
            <button class="button button--warning" type="button" [disabled]="saving()" (click)="raiseConcern(r.id)">Raise a concern</button>
          }
          @if (r.canAnswer) {
            <app-answer-request-form [requestId]="r.id" (answered)="answered($event)" />
          }
        </div>
      } @empty {
        <p class="body">No earlier meeting has been requested.</p>
      }
      @if (isAdvocate() && open() === null) {
        <form novalidate (submit)="request($event)">
          <h3 class="heading-s">Request an earlier meeting</h3>
          <p class="body hint">The local authority must answer within a set number of working days: you will see the date once you send it.</p>
          <div class="form-group" appTextareaField fieldId="earlierReason" label="Why an earlier meeting is needed" [rows]="3" [error]="fieldError('earlierReason')" [(value)]="reason"></div>
          <button class="button" type="submit" [disabled]="saving()">Request an earlier meeting</button>
        </form>
      }
    }
  `,
})
export class EarlierMeetingRequestsComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly isAdvocate = input(false);
  protected readonly status = ANSWER_STATUS;
  protected readonly answerLine = answerLine;
  protected readonly reason = signal('');
  protected readonly notice = signal<string | null>(null);
  protected readonly state = loadState(
    async () => (await this.graphql.request(EarlierMeetingRequestsOfChildDocument, { childId: this.childId() })).earlierMeetingRequestsOfChild,
  );
  protected readonly open = computed(() => openRequest(this.state.data() ?? []));
  protected readonly home = computed(() => (this.isAdvocate() ? '/advocate' : '/la'));

  protected async request(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.reason().trim() === '') {
      this.errors.set([{ fieldId: 'earlierReason', message: 'Enter why an earlier meeting is needed' }]);
      return;
    }
    const input = { childId: this.childId(), reason: this.reason().trim() };
    let due = '';
    const saved = await submitForm(
      this.errors,
      this.saving,
      'earlierReason',
      async () => {
        due = (await this.graphql.request(RequestEarlierMeetingDocument, { input })).requestEarlierMeeting.answerDueExplanation;
      },
      { reason: 'earlierReason', childId: 'earlierReason' },
    );
    if (!saved) return;
    this.reason.set('');
    this.notice.set(`Your request for an earlier meeting has been sent. ${due}`);
    await this.state.reload();
  }

  protected async raiseConcern(requestId: string): Promise<void> {
    const saved = await submitForm(this.errors, this.saving, 'earlierReason', async () => {
      await this.graphql.request(RaiseConcernFromEarlierMeetingRequestDocument, { requestId });
    });
    if (!saved) return;
    this.notice.set('A concern has been raised with the local authority about the unanswered request.');
    await this.state.reload();
  }

  protected async answered(request: EarlierMeetingRequestFieldsFragment): Promise<void> {
    this.notice.set(
      request.answer === 'AGREED' ? 'You agreed to an earlier meeting. The advocate has been told.' : 'You declined the request. The advocate has been told.',
    );
    await this.state.reload();
  }
}

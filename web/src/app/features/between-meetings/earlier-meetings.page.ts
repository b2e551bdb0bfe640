import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EarlierMeetingRequestsDocument, LateMeetingRecordsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ANSWER_STATUS, SHARE_STATUS } from './between-meetings';

/** An LA manager's list of requests for an earlier meeting to answer (soonest due first) and of meeting records that are overdue or went out late. */
@Component({
  selector: 'app-earlier-meetings-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="/la">Back</a>
    <h1 class="heading-l">Earlier meeting requests</h1>
    <p class="body">Each request must be answered by the date shown: agree, with the date of the meeting, or decline, with reasons. Open the child's record to answer.</p>
    @if (requests.loading()) {
      <p class="body" role="status" aria-live="polite">Loading requests…</p>
    } @else if (requests.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (requests.data(); as list) {
      @if (list.length === 0) {
        <p class="body">No request for an earlier meeting is waiting for an answer.</p>
      } @else {
        <table class="table table--stack">
          <caption class="visually-hidden">Requests for an earlier meeting</caption>
          <thead>
            <tr><th scope="col">Child</th><th scope="col">Requested</th><th scope="col">Answer due by</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            @for (r of list; track r.id) {
              <tr>
                <td data-label="Child"><a class="link" [routerLink]="['/la', 'children', r.childId]">{{ r.childName }}</a></td>
                <td data-label="Requested">{{ r.requestedOn | ukDate }}</td>
                <td data-label="Answer due by">{{ r.answerDueBy | ukDate }}<p class="hint">{{ r.answerDueExplanation }}</p></td>
                <td data-label="Status"><strong class="tag tag--{{ answerStatus[r.answerStatus].tone }}">{{ answerStatus[r.answerStatus].label }}</strong></td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
    <h2 class="heading-m">Meeting records overdue or late</h2>
    @if (late.loading()) {
      <p class="body" role="status" aria-live="polite">Loading meeting records…</p>
    } @else if (late.error(); as message) {
      <p class="body" role="alert">{{ message }}</p>
    } @else if (late.data(); as list) {
      @if (list.length === 0) {
        <p class="body">Every meeting record of the last year reached its attendees in time.</p>
      } @else {
        <table class="table table--stack">
          <caption class="visually-hidden">Meeting records overdue or shared late</caption>
          <thead>
            <tr><th scope="col">Child</th><th scope="col">Meeting held</th><th scope="col">Record due by</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            @for (r of list; track r.meetingId) {
              <tr>
                <td data-label="Child"><a class="link" [routerLink]="['/la', 'meetings', r.meetingId]">{{ r.childName }}</a></td>
                <td data-label="Meeting held">{{ r.heldOn | ukDate }}</td>
                <td data-label="Record due by">{{ r.dueBy | ukDate }}</td>
                <td data-label="Status"><strong class="tag tag--{{ shareStatus[r.status].tone }}">{{ shareStatus[r.status].label }}</strong></td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class EarlierMeetingsPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly answerStatus = ANSWER_STATUS;
  protected readonly shareStatus = SHARE_STATUS;
  protected readonly requests = loadState(async () => (await this.graphql.request(EarlierMeetingRequestsDocument, {})).earlierMeetingRequests);
  protected readonly late = loadState(async () => (await this.graphql.request(LateMeetingRecordsDocument, {})).lateMeetingRecords);
}

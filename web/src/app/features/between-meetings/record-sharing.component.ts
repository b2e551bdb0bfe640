import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { type MeetingAttendeeRole, MeetingRecordSharingDocument, RecordMeetingRecordSharedDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { todayIso, UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { SHARE_STATUS } from './between-meetings';

/** "Record shared": when a held meeting's record is due to its attendees, who has had it, and (for the chair's LA) recording that it went out. */
@Component({
  selector: 'app-record-sharing',
  imports: [DateFieldComponent, ErrorSummaryComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Record shared</h2>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    @if (state.loading()) {
      <p class="body" role="status" aria-live="polite">Loading who has the record…</p>
    } @else if (state.error(); as message) {
      <p class="body" role="alert">{{ message }}</p>
    } @else if (state.data(); as s) {
      <p class="body">
        Due by {{ s.dueBy | ukDate }}: <strong class="tag tag--{{ status[s.status].tone }}">{{ status[s.status].label }}</strong>
      </p>
      <p class="body hint">{{ s.dueExplanation }}</p>
      <table class="table table--stack">
        <caption class="visually-hidden">Who the record was shared with</caption>
        <thead>
          <tr><th scope="col">Attendee</th><th scope="col">Shared on</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          @for (r of s.roles; track r.role) {
            <tr>
              <td data-label="Attendee">{{ r.roleLabel }}{{ r.role === 'CHILD' ? ' (through their advocate)' : '' }}</td>
              <td data-label="Shared on">{{ r.sharedOn ? (r.sharedOn | ukDate) : 'Not yet' }}</td>
              <td data-label="Status"><strong class="tag tag--{{ status[r.status].tone }}">{{ status[r.status].label }}</strong></td>
            </tr>
          }
        </tbody>
      </table>
      @if (s.canRecord && unshared(s.roles).length > 0) {
        @if (errors().length > 0) {
          <app-error-summary [errors]="errors()" />
        }
        <form novalidate (submit)="save($event)">
          <div class="form-group" [class.form-group--error]="fieldError('shareRoles') !== null">
            <fieldset class="fieldset">
              <legend class="fieldset__legend heading-s">Record that the record was shared</legend>
              @if (fieldError('shareRoles'); as message) {
                <p id="shareRoles-error" class="error-message"><span class="visually-hidden">Error:</span> {{ message }}</p>
              }
              <div class="checkboxes">
                @for (r of unshared(s.roles); track r.role; let first = $first) {
                  <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" [id]="first ? 'shareRoles' : 'shareRoles-' + r.role" [checked]="chosen().includes(r.role)" (change)="toggle(r.role, checked($event))" />
                    <label class="label checkboxes__label" [for]="first ? 'shareRoles' : 'shareRoles-' + r.role">{{ r.roleLabel }}</label>
                  </div>
                }
              </div>
            </fieldset>
          </div>
          <div class="form-group" appDateField fieldId="shareSharedOn" label="Date it was shared" [error]="fieldError('shareSharedOn')" [(value)]="sharedOn"></div>
          <button class="button" type="submit" [disabled]="saving()">Record that it was shared</button>
        </form>
      }
    }
  `,
})
export class RecordSharingComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  protected readonly status = SHARE_STATUS;
  protected readonly chosen = signal<readonly MeetingAttendeeRole[]>([]);
  protected readonly sharedOn = signal(todayIso());
  protected readonly notice = signal<string | null>(null);
  protected readonly state = loadState(
    async () => (await this.graphql.request(MeetingRecordSharingDocument, { meetingId: this.meetingId() })).meetingRecordSharing,
  );

  protected unshared<T extends { sharedOn: string | null }>(roles: readonly T[]): T[] {
    return roles.filter((r) => r.sharedOn === null);
  }

  protected toggle(role: MeetingAttendeeRole, on: boolean): void {
    this.chosen.update((roles) => (on ? [...roles, role] : roles.filter((r) => r !== role)));
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.chosen().length === 0) problems.push({ fieldId: 'shareRoles', message: 'Choose who the record was shared with' });
    const dateError = this.sharedOn() === '' ? 'Enter the date it was shared' : dateProblem('Date it was shared', this.sharedOn());
    if (dateError !== null) problems.push({ fieldId: 'shareSharedOn', message: dateError });
    this.errors.set(problems);
    if (problems.length > 0) return;
    const input = { meetingId: this.meetingId(), roles: [...this.chosen()], sharedOn: this.sharedOn() };
    const saved = await submitForm(
      this.errors,
      this.saving,
      'shareRoles',
      async () => this.state.set((await this.graphql.request(RecordMeetingRecordSharedDocument, { input })).recordMeetingRecordShared),
      { roles: 'shareRoles', sharedOn: 'shareSharedOn', meetingId: 'shareRoles' },
    );
    if (!saved) return;
    this.chosen.set([]);
    this.notice.set('Recorded who the meeting record was shared with.');
  }
}

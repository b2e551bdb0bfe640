import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MEETING_ATTENDEE_ROLE_LABELS, MEETING_ATTENDEE_ROLES, type MeetingAttendeeRole } from '@heard/domain';
import { AddMeetingInviteeDocument, SendMeetingInvitationsDocument } from '@heard/graphql-types';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { InputFieldComponent, SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { UkDatePipe, ukDate } from '../../shared/ui/uk-date.pipe';
import { LogisticsFormBase } from './logistics-form.base';

const ROLES: readonly SelectOption[] = MEETING_ATTENDEE_ROLES.map((role) => ({ value: role, label: MEETING_ATTENDEE_ROLE_LABELS[role] }));

/** Who is invited and when their invitation went out, with the notice it gave; the LA manager adds people and sends. */
@Component({
  selector: 'app-meeting-invitations',
  imports: [EmptyStateComponent, ErrorSummaryComponent, InputFieldComponent, SelectFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="heading-s" id="invitations-heading">Invitations</h3>
    @if (logistics().invitations.length === 0) {
      <app-empty-state message="Nobody has been invited yet." />
    } @else {
      <table class="table table--stack" aria-describedby="invitations-heading">
        <caption class="table__caption">People invited, by role</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Sent</th>
            <th scope="col">Notice given</th>
          </tr>
        </thead>
        <tbody>
          @for (i of logistics().invitations; track i.id) {
            <tr>
              <td data-label="Role">{{ i.roleLabel }}</td>
              <td data-label="Name">{{ i.name }}</td>
              <td data-label="Email" class="break-words">{{ i.email ?? 'None: their advocate tells them' }}</td>
              <td data-label="Sent">{{ i.sentOn ? (i.sentOn | ukDate) : 'Not sent yet' }}</td>
              <td data-label="Notice given">{{ i.noticeWorkingDays === null || i.noticeWorkingDays === undefined ? '' : workingDays(i.noticeWorkingDays) }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
    @if (logistics().canArrange) {
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
      <form novalidate (submit)="add($event)">
        <h4 class="heading-s">Invite someone</h4>
        <div class="form-group" appSelectField fieldId="role" label="Role" placeholder="Select their role" [options]="roles" [error]="fieldError('role')" [(value)]="role"></div>
        <div class="form-group" appInputField fieldId="name" label="Name" [error]="fieldError('name')" [(value)]="name"></div>
        <div
          class="form-group"
          appInputField
          fieldId="email"
          label="Email address"
          type="email"
          hint="The invitation and its calendar file go here. Optional for the child: their advocate tells them."
          [error]="fieldError('email')"
          [(value)]="email"
        ></div>
        <button class="button button--secondary" type="submit" [disabled]="saving()">Add to the invitations</button>
      </form>
      @if (unsent() > 0) {
        <button class="button" type="button" [disabled]="saving()" (click)="send()">Send {{ unsent() === 1 ? '1 invitation' : unsent() + ' invitations' }}</button>
      } @else if (logistics().invitations.length > 0) {
        <p class="body">Everyone has been sent the invitation. If you change the time or place, send them again.</p>
      }
    }
  `,
})
export class MeetingInvitationsComponent extends LogisticsFormBase {
  protected readonly roles = ROLES;
  protected readonly role = signal('');
  protected readonly name = signal('');
  protected readonly email = signal('');
  protected readonly unsent = computed(() => this.logistics().invitations.filter((i) => i.sentOn === null).length);

  protected workingDays(n: number): string {
    return n === 1 ? '1 working day' : `${n} working days`;
  }

  protected async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const role = this.role() as MeetingAttendeeRole | '';
    const email = this.email().trim();
    const problems: SummaryError[] = [
      ...(role === '' ? [{ fieldId: 'role', message: 'Select the role they are invited in' }] : []),
      ...(this.name().trim() === '' ? [{ fieldId: 'name', message: 'Enter the name of the person invited' }] : []),
      ...(email === '' && role !== 'CHILD' && role !== ''
        ? [{ fieldId: 'email', message: 'Enter an email address (only the child may be invited without one)' }]
        : []),
    ];
    const input = { meetingId: this.logistics().meetingId, role: role as MeetingAttendeeRole, name: this.name().trim(), email: email === '' ? null : email };
    const added = await this.run(
      problems,
      'name',
      async () => (await this.graphql.request(AddMeetingInviteeDocument, { input })).addMeetingInvitee,
      () =>
        `${input.name} is added to the invitations as ${MEETING_ATTENDEE_ROLE_LABELS[input.role].toLowerCase()}. Send the invitations when everyone is added.`,
    );
    if (added) {
      this.role.set('');
      this.name.set('');
      this.email.set('');
    }
  }

  protected async send(): Promise<void> {
    const meetingId = this.logistics().meetingId;
    await this.run(
      [],
      'role',
      async () => (await this.graphql.request(SendMeetingInvitationsDocument, { meetingId })).sendMeetingInvitations,
      (saved) =>
        'The invitations are sent, each with a calendar file.' +
        (saved.noticeWorkingDays === null || saved.noticeWorkingDays === undefined
          ? ''
          : ` Notice given: ${this.workingDays(saved.noticeWorkingDays)}, from ${ukDate(saved.invitationsFirstSentOn ?? '')}.`),
    );
  }
}

import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { CHILD_CHAIR_ROLE_LABELS, CHILD_CHAIR_ROLES, type ChildChairRole } from '@heard/domain';
import { AddMeetingPartDocument, type MeetingPartsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent } from '../../shared/ui/input-field.component';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';

const FIELDS = { title: 'partTitle', attendees: 'partAttendees', childAttended: 'partChildAttended', childChair: 'partChildChair' };

/** The LA chair records a part of the held meeting: what it was, who was there, whether the child was and chaired it. */
@Component({
  selector: 'app-meeting-part-form',
  imports: [FormNoticesComponent, InputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Add a part of the meeting</h3>
      <div class="form-group" appInputField fieldId="partTitle" label="What this part was" hint="For example, With the child, or Professionals only." [error]="fieldError('partTitle')" [(value)]="title"></div>
      <div class="form-group" appTextareaField fieldId="partAttendees" label="Who attended this part, one per line" [rows]="3" [error]="fieldError('partAttendees')" [(value)]="attendees"></div>
      <div class="form-group" [class.form-group--error]="fieldError('partChildAttended')">
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Was the child there for this part?</legend>
          @if (fieldError('partChildAttended'); as message) {
            <p class="error-message" id="partChildAttended-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <div class="radios">
            <div class="radios__item">
              <input class="radios__input" type="radio" name="partChildAttended" id="partChildAttended" [checked]="childAttended() === true" (change)="childAttended.set(true)" />
              <label class="label radios__label" for="partChildAttended">Yes, the child was there</label>
            </div>
            <div class="radios__item">
              <input class="radios__input" type="radio" name="partChildAttended" id="partChildAttended-no" [checked]="childAttended() === false" (change)="childAttended.set(false); childChair.set(null)" />
              <label class="label radios__label" for="partChildAttended-no">No, the child was not there</label>
            </div>
          </div>
        </fieldset>
      </div>
      @if (childAttended()) {
        <div class="form-group" [class.form-group--error]="fieldError('partChildChair')">
          <fieldset class="fieldset" aria-describedby="partChildChair-hint">
            <legend class="fieldset__legend">Did the child chair this part?</legend>
            <p class="hint" id="partChildChair-hint">The child may chair or co-chair; the LA chair stays the accountable chair.</p>
            @if (fieldError('partChildChair'); as message) {
              <p class="error-message" id="partChildChair-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
            }
            <div class="radios">
              @for (role of roles; track role; let first = $first) {
                <div class="radios__item">
                  <input class="radios__input" type="radio" name="partChildChair" [id]="first ? 'partChildChair' : 'partChildChair-' + role" [checked]="childChair() === role" (change)="childChair.set(role)" />
                  <label class="label radios__label" [for]="first ? 'partChildChair' : 'partChildChair-' + role">{{ labels[role] }}</label>
                </div>
              }
            </div>
          </fieldset>
        </div>
      }
      <button class="button button--secondary" type="submit" [disabled]="saving()">Add part</button>
    </form>
  `,
})
export class MeetingPartFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  readonly updated = output<MeetingPartsFieldsFragment>();
  protected readonly roles = CHILD_CHAIR_ROLES;
  protected readonly labels = CHILD_CHAIR_ROLE_LABELS;
  protected readonly title = signal('');
  protected readonly attendees = signal('');
  protected readonly childAttended = signal<boolean | null>(null);
  protected readonly childChair = signal<ChildChairRole | null>(null);
  protected readonly confirmation = signal<string | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const attendees = this.attendees()
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const childAttended = this.childAttended();
    const problems: SummaryError[] = [
      ...(this.title().trim() === '' ? [{ fieldId: 'partTitle', message: 'Enter what this part of the meeting was' }] : []),
      ...(attendees.length === 0 ? [{ fieldId: 'partAttendees', message: 'Enter who attended this part' }] : []),
      ...(childAttended === null ? [{ fieldId: 'partChildAttended', message: 'Select whether the child was there for this part' }] : []),
      ...(childAttended === true && this.childChair() === null ? [{ fieldId: 'partChildChair', message: 'Select whether the child chaired this part' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0 || childAttended === null) return;
    const childChair = this.childChair() ?? 'NONE';
    const title = this.title().trim();
    const input = { meetingId: this.meetingId(), title, attendees, childAttended, childChair };
    let saved: MeetingPartsFieldsFragment | null = null;
    const ok = await submitForm(
      this.errors,
      this.saving,
      'partTitle',
      async () => {
        saved = (await this.graphql.request(AddMeetingPartDocument, { input })).addMeetingPart;
      },
      FIELDS,
    );
    if (ok && saved !== null) {
      this.updated.emit(saved);
      this.title.set('');
      this.attendees.set('');
      this.childAttended.set(null);
      this.childChair.set(null);
      this.confirmation.set(`Part recorded: "${title}". ${childAttended ? 'The child was there.' : 'The child was not there.'}`);
    }
  }
}

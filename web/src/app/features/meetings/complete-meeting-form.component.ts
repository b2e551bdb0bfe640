import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { participationLabel, type ParticipationCode, PARTICIPATION_CODES } from '@heard/domain';
import { CompleteMeetingDocument, type MeetingFieldsFragment } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { MeetingFormBase } from './meeting-form.base';
import { MEETING_SECTIONS } from './meeting-tasks';

/** The fields a Change link returns to: this form's own, or the first box of the decision or action form above. */
type Answer = 'minutes' | 'summaryForChild' | 'decisionText' | 'what';

/**
 * Completing a meeting cannot be undone: the chair writes the minutes and the child's summary, checks everything the
 * meeting will record (Change links go back to the field or section), then completes it. The page confirms it.
 */
@Component({
  selector: 'app-complete-meeting-form',
  imports: [ErrorSummaryComponent, TextareaFieldComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    @if (step() === 'check') {
      <h2 class="heading-m" [id]="section" tabindex="-1">Check your answers before completing the meeting</h2>
      @let m = meeting();
      <dl class="summary-list">
        <div class="summary-list__row"><dt>Held on</dt><dd>{{ m.heldOn | ukDate }}</dd></div>
        <div class="summary-list__row"><dt>Who attended</dt><dd>{{ m.attendees.join(', ') }}</dd></div>
        <div class="summary-list__row"><dt>How the child took part</dt><dd>{{ participation(m.participationCode) }}</dd></div>
        <div class="summary-list__row">
          <dt>Decisions</dt>
          <dd>
            @for (d of m.decisions; track d.id) {
              <p class="body">{{ d.text }}{{ d.significant ? ' (significant)' : '' }}</p>
            } @empty {
              None recorded
            }
          </dd>
          <dd><button class="link-button" type="button" (click)="change('decisionText')">Change<span class="visually-hidden"> the decisions</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Actions agreed</dt>
          <dd>
            @for (a of m.actions; track a.id) {
              <p class="body">{{ a.what }} – {{ a.owner }}, by {{ a.dueOn | ukDate }}</p>
            } @empty {
              None agreed
            }
          </dd>
          <dd><button class="link-button" type="button" (click)="change('what')">Change<span class="visually-hidden"> the actions agreed</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Minutes</dt>
          <dd>{{ minutes() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('minutes')">Change<span class="visually-hidden"> the minutes</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Summary for the child</dt>
          <dd>{{ summary() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('summaryForChild')">Change<span class="visually-hidden"> the summary for the child</span></button></dd>
        </div>
      </dl>
      <p class="body"><strong>Once completed, nothing more can be recorded at this meeting, and the child's advocate sees the summary for the child.</strong></p>
      <form novalidate (submit)="save($event)">
        <button class="button button--warning" type="submit" [disabled]="saving()">Complete the meeting</button>
      </form>
    } @else {
      <form novalidate (submit)="check($event)">
        <h2 class="heading-m" [id]="section" tabindex="-1">Complete the meeting</h2>
        <div class="form-group" appTextareaField fieldId="minutes" label="Minutes" [rows]="5" [error]="fieldError('minutes')" [(value)]="minutes"></div>
        <div
          class="form-group"
          appTextareaField
          fieldId="summaryForChild"
          label="A short summary written for the child"
          [rows]="3"
          [error]="fieldError('summaryForChild')"
          [(value)]="summary"
        ></div>
        <button class="button" type="submit">Continue</button>
      </form>
    }
  `,
})
export class CompleteMeetingFormComponent extends MeetingFormBase {
  readonly meeting = input.required<MeetingFieldsFragment>();
  /** What the page's success banner says once the meeting is completed (this form is then gone). */
  readonly notice = output<string>();
  protected readonly section = MEETING_SECTIONS.complete;
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly minutes = signal('');
  protected readonly summary = signal('');

  protected participation(code: string | null): string {
    const known = PARTICIPATION_CODES.find((c): c is ParticipationCode => c === code);
    return known === undefined ? 'Not recorded' : participationLabel(known);
  }

  protected check(event: SubmitEvent): void {
    event.preventDefault();
    const problems: SummaryError[] = [
      ...(this.minutes().trim() === '' ? [{ fieldId: 'minutes', message: 'Enter the minutes' }] : []),
      ...(this.summary().trim() === '' ? [{ fieldId: 'summaryForChild', message: 'Enter a summary for the child' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length === 0) this.show('check', this.section);
  }

  /** Back to the answers (which are kept), focused on the one to change. */
  protected change(field: Answer): void {
    this.show('enter', field);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = { meetingId: this.meeting().id, minutes: this.minutes(), summaryForChild: this.summary() };
    const completed = await this.run([], 'minutes', async () => (await this.graphql.request(CompleteMeetingDocument, { input })).completeMeeting);
    if (completed) this.notice.emit('The meeting is completed. Its decisions, actions and the summary for the child are recorded.');
    else this.step.set('enter');
  }

  private show(step: 'enter' | 'check', focus: string): void {
    this.step.set(step);
    setTimeout(() => document.getElementById(focus)?.focus());
  }
}

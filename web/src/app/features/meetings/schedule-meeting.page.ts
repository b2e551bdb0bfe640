import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ScheduleMeetingDocument, ScheduleMeetingOptionsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { loadState } from '../../shared/ui/load-state';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { ukDate } from '../../shared/ui/uk-date.pipe';

/** Schedules a care-planning meeting; the server checks who may chair. */
@Component({
  selector: 'app-schedule-meeting-page',
  imports: [RouterLink, DateFieldComponent, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="/la/meetings">Back</a>
    @if (errors().length > 0) {
      <app-error-summary [errors]="errors()" />
    }
    <h1 class="heading-l">Schedule a meeting</h1>
    <form novalidate (submit)="save($event)">
      <div class="form-group"><label class="label" for="childId">Child</label>
        <select class="select" id="childId" (change)="childId.set(value($event))">
          <option value="">Select a child</option>
          @for (c of options.data()?.laChildren ?? []; track c.id) { <option [value]="c.id">{{ c.givenName }} {{ c.familyName }}</option> }
        </select></div>
      <div class="form-group" appDateField fieldId="scheduledOn" label="Date" [error]="fieldError('scheduledOn')" [(value)]="scheduledOn"></div>
      <div class="form-group"><label class="label" for="place">Place</label>
        <input class="input" id="place" type="text" (input)="place.set(value($event))" /></div>
      <div class="form-group"><label class="label" for="chairStaffId">Chair</label>
        <p class="body hint" id="chair-hint">The allocated social worker's manager, or another experienced social worker. Never the allocated social worker or the advocate.</p>
        <select class="select" id="chairStaffId" aria-describedby="chair-hint" (change)="chair.set(value($event))">
          <option value="">Select the chair</option>
          @for (s of options.data()?.laStaff ?? []; track s.id) { <option [value]="s.id">{{ s.fullName }}{{ s.role === 'TEAM_MANAGER' ? ' (team manager)' : s.experienced ? ' (experienced social worker)' : '' }}</option> }
        </select></div>
      <div class="form-group"><label class="label" for="invitees">Other people invited, one per line (the advocate is always invited)</label>
        <textarea class="textarea" id="invitees" rows="3" (input)="invitees.set(value($event))"></textarea></div>
      <button class="button" type="submit" [disabled]="saving()">Schedule meeting</button>
    </form>
  `,
})
export class ScheduleMeetingPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  protected readonly options = loadState(() => this.graphql.request(ScheduleMeetingOptionsDocument, {}));
  protected readonly childId = signal('');
  protected readonly scheduledOn = signal('');
  protected readonly place = signal('');
  protected readonly chair = signal('');
  protected readonly invitees = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    if (this.childId() === '') problems.push({ fieldId: 'childId', message: 'Select the child' });
    const dateError = this.scheduledOn() === '' ? 'Enter the date of the meeting' : dateProblem('Date', this.scheduledOn());
    if (dateError !== null) problems.push({ fieldId: 'scheduledOn', message: dateError });
    if (this.place().trim() === '') problems.push({ fieldId: 'place', message: 'Enter where the meeting will be' });
    if (this.chair() === '') problems.push({ fieldId: 'chairStaffId', message: 'Select who will chair' });
    this.errors.set(problems);
    if (problems.length > 0) return;
    let id = '';
    const child = this.options.data()?.laChildren.find((c) => c.id === this.childId());
    const input = {
      childId: this.childId(),
      scheduledOn: this.scheduledOn(),
      place: this.place(),
      chairStaffId: this.chair(),
      invitees: this.invitees().split('\n'),
    };
    const ok = await submitForm(this.errors, this.saving, 'chairStaffId', async () => {
      id = (await this.graphql.request(ScheduleMeetingDocument, { input })).scheduleMeeting.id;
    });
    // The meeting's page says it is scheduled, in its success banner.
    const notice = `The meeting${child === undefined ? '' : ` for ${child.givenName} ${child.familyName}`} is scheduled for ${ukDate(input.scheduledOn)} at ${input.place.trim()}.`;
    if (ok) await this.router.navigate(['/la/meetings', id], { state: { notice } });
  }
}

import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RecordPlacementChangeDocument, type ChildCommand } from '@heard/graphql-types';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { dateProblem } from '../../shared/ui/date-parts';
import { SelectFieldComponent } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { todayIso } from '../../shared/ui/uk-date.pipe';
import { CareEventPage } from './care-event-page';
import { PLACEMENT_OPTIONS, placementChangeNotice } from './care-events';

/** An LA manager records a change of placement; a child who opted out is offered advocacy again. */
@Component({
  selector: 'app-placement-change-page',
  imports: [RouterLink, ErrorSummaryComponent, DateFieldComponent, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="childLink()">Back to the child's record</a>
    @if (loadError(); as message) {
      <h1 class="heading-l">Child not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (child(); as c) {
      <span class="caption-l">{{ c.givenName }} {{ c.familyName }}</span>
      <h1 class="heading-l">Record a change of placement</h1>
      @if (!allowed(c)) {
        <p class="body">{{ c.givenName }} is not in care, so there is no placement to change.</p>
      } @else {
        @if (errors().length > 0) {
          <app-error-summary [errors]="errors()" />
        }
        <p class="body">If {{ c.givenName }} has opted out of advocacy, they will be offered it again.</p>
        <form novalidate (submit)="save($event)">
          <div class="form-group" appDateField fieldId="changedOn" label="Date the placement changed" [error]="fieldError('changedOn')" [(value)]="changedOn"></div>
          <div
            class="form-group"
            appSelectField
            fieldId="placementType"
            label="New placement type"
            placeholder="Select the placement type"
            [options]="placements"
            [error]="fieldError('placementType')"
            [(value)]="placementType"
          ></div>
          <button class="button" type="submit" [disabled]="saving()">Record the change of placement</button>
        </form>
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading the child's record…</p>
    }
  `,
})
export class PlacementChangePage extends CareEventPage {
  protected readonly command: ChildCommand = 'RECORD_PLACEMENT_CHANGE';
  protected readonly placements = PLACEMENT_OPTIONS;
  protected readonly changedOn = signal(todayIso());
  protected readonly placementType = signal('');

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems: SummaryError[] = [];
    const dateError = this.changedOn() === '' ? 'Enter the date the placement changed' : dateProblem('Date the placement changed', this.changedOn());
    if (dateError !== null) problems.push({ fieldId: 'changedOn', message: dateError });
    if (this.placementType() === '') problems.push({ fieldId: 'placementType', message: 'Select the new placement type' });
    this.errors.set(problems);
    const child = this.child();
    if (problems.length > 0 || child === null) return;
    let notice = '';
    const saved = await submitForm(this.errors, this.saving, 'changedOn', async () => {
      const input = { childId: child.id, changedOn: this.changedOn(), placementType: this.placementType() };
      const result = (await this.graphql.request(RecordPlacementChangeDocument, { input })).recordPlacementChange;
      notice = placementChangeNotice(child.givenName, result.offeredAgain);
    });
    if (saved) await this.finish(notice);
    else this.keepErrorsOnFields(['changedOn', 'placementType'], 'changedOn');
  }
}

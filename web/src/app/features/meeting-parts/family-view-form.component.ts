import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FAMILY_MEMBER_ROLE_LABELS, FAMILY_MEMBER_ROLES } from '@heard/domain';
import { RecordFamilyViewDocument, type MeetingFamilyViewsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent, SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';

const WHO: readonly SelectOption[] = FAMILY_MEMBER_ROLES.map((role) => ({ value: role, label: FAMILY_MEMBER_ROLE_LABELS[role] }));
const FIELDS = { who: 'familyWho', name: 'familyName', relationship: 'familyRelationship', views: 'familyViews', visibility: 'familyVisibility' };

/** The LA chair or the child's advocate records a parent's or carer's views, and who at the meeting may read them. */
@Component({
  selector: 'app-family-view-form',
  imports: [FormNoticesComponent, InputFieldComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h3 class="heading-s">Record a parent's or carer's views</h3>
      <div class="form-group" appSelectField fieldId="familyWho" label="Whose views" placeholder="Select who they are" [options]="who" [error]="fieldError('familyWho')" [(value)]="role"></div>
      <div class="form-group" appInputField fieldId="familyName" label="Their name" [error]="fieldError('familyName')" [(value)]="name"></div>
      <div class="form-group" appInputField fieldId="familyRelationship" label="Their relationship to the child" hint="For example, Mum or Foster carer." [error]="fieldError('familyRelationship')" [(value)]="relationship"></div>
      <div class="form-group" appTextareaField fieldId="familyViews" label="Their views" [rows]="4" [error]="fieldError('familyViews')" [(value)]="views"></div>
      <div class="form-group" [class.form-group--error]="fieldError('familyVisibility')">
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Who at the meeting may read them</legend>
          @if (fieldError('familyVisibility'); as message) {
            <p class="error-message" id="familyVisibility-error"><span class="visually-hidden">Error:</span> {{ message }}</p>
          }
          <div class="radios">
            <div class="radios__item">
              <input class="radios__input" type="radio" name="familyVisibility" id="familyVisibility" [checked]="visibility() === 'ATTENDEES'" (change)="visibility.set('ATTENDEES')" />
              <label class="label radios__label" for="familyVisibility">The local authority and the child's advocate</label>
            </div>
            <div class="radios__item">
              <input class="radios__input" type="radio" name="familyVisibility" id="familyVisibility-la" [checked]="visibility() === 'LA_ONLY'" (change)="visibility.set('LA_ONLY')" />
              <label class="label radios__label" for="familyVisibility-la">The local authority only (they asked that the advocate not see it)</label>
            </div>
          </div>
        </fieldset>
      </div>
      <button class="button button--secondary" type="submit" [disabled]="saving()">Record their views</button>
    </form>
  `,
})
export class FamilyViewFormComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  readonly updated = output<MeetingFamilyViewsFieldsFragment>();
  protected readonly who = WHO;
  protected readonly role = signal('');
  protected readonly name = signal('');
  protected readonly relationship = signal('');
  protected readonly views = signal('');
  protected readonly visibility = signal<'ATTENDEES' | 'LA_ONLY' | null>(null);
  protected readonly confirmation = signal<string | null>(null);

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const role = FAMILY_MEMBER_ROLES.find((r) => r === this.role());
    const problems: SummaryError[] = [
      ...(role === undefined ? [{ fieldId: 'familyWho', message: 'Select whose views these are' }] : []),
      ...(this.name().trim() === '' ? [{ fieldId: 'familyName', message: 'Enter their name' }] : []),
      ...(this.relationship().trim() === '' ? [{ fieldId: 'familyRelationship', message: 'Enter their relationship to the child' }] : []),
      ...(this.views().trim() === '' ? [{ fieldId: 'familyViews', message: 'Enter their views' }] : []),
      ...(this.visibility() === null ? [{ fieldId: 'familyVisibility', message: 'Select who at the meeting may read them' }] : []),
    ];
    this.errors.set(problems);
    const visibility = this.visibility();
    if (problems.length > 0 || role === undefined || visibility === null) return;
    const name = this.name().trim();
    const input = { meetingId: this.meetingId(), who: role, name, relationship: this.relationship(), views: this.views(), visibility };
    const ok = await submitForm(
      this.errors,
      this.saving,
      'familyViews',
      async () => this.updated.emit((await this.graphql.request(RecordFamilyViewDocument, { input })).recordFamilyView),
      FIELDS,
    );
    if (ok) {
      this.role.set('');
      this.name.set('');
      this.relationship.set('');
      this.views.set('');
      this.visibility.set(null);
      this.confirmation.set(`${name}'s views are recorded.`);
    }
  }
}

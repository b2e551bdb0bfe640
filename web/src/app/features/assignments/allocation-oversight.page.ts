import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AllocationOverviewDocument, SetCaseloadCapDocument } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { errorMessage, loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ReassignFormComponent } from './reassign-form.component';
import { ContactStandardNationalComponent } from '../contacts/contact-standard-national.component';

/** Caseloads against caps, the national queue, caps and reassignment. Names and LAs only. */
@Component({
  selector: 'app-allocation-oversight-page',
  imports: [EmptyStateComponent, UkDatePipe, ReassignFormComponent, ContactStandardNationalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Allocation oversight</h1>
    @if (overview.loading() && !overview.data()) {
      <p class="body" role="status" aria-live="polite">Loading caseloads…</p>
    } @else if (overview.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (overview.data(); as data) {
      @if (message(); as text) {
        <div class="notification-banner" role="status"><p class="body">{{ text }}</p></div>
      }
      <table class="table table--stack">
        <caption class="table__caption">Caseloads, fullest first</caption>
        <thead><tr><th scope="col">Advocate</th><th scope="col">Provider</th><th scope="col">Children</th><th scope="col">Languages</th><th scope="col">Change cap</th></tr></thead>
        <tbody>
          @for (row of data.caseloads; track row.advocateId) {
            <tr>
              <td data-label="Advocate">{{ row.displayName }}{{ row.active ? '' : ' (inactive)' }}</td>
              <td data-label="Provider">{{ row.providerName }}</td>
              <td data-label="Children"><meter [value]="row.activeCaseload" min="0" [max]="row.caseloadCap || 1" [attr.aria-label]="row.displayName + ' caseload'"></meter> {{ row.activeCaseload }} of {{ row.caseloadCap }}</td>
              <td data-label="Languages">{{ row.languages.join(', ') }}</td>
              <td data-label="Change cap">
                <form class="inline-form" (submit)="setCap($event, row.advocateId)">
                  <label class="visually-hidden" [for]="'cap-' + row.advocateId">New cap for {{ row.displayName }}</label>
                  <input class="input input--width-3" type="number" min="0" max="200" [id]="'cap-' + row.advocateId" [value]="row.caseloadCap" />
                  <button class="button button--secondary" type="submit">Set cap<span class="visually-hidden"> for {{ row.displayName }}</span></button>
                </form>
              </td>
            </tr>
          }
        </tbody>
      </table>
      <h2 class="heading-m">Waiting for an advocate</h2>
      @if (data.awaitingAdvocate.length === 0) {
        <app-empty-state message="No child is waiting for an advocate." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Children waiting for an advocate, longest wait first</caption>
          <thead><tr><th scope="col">Child</th><th scope="col">Local authority</th><th scope="col">Waiting since</th><th scope="col">Working days</th><th scope="col">Why</th></tr></thead>
          <tbody>
            @for (entry of data.awaitingAdvocate; track entry.childId) {
              <tr><td data-label="Child">{{ entry.childName }}</td><td data-label="Local authority">{{ entry.localAuthority.name }}</td><td data-label="Waiting since">{{ entry.waitingSince | ukDate }}</td><td data-label="Working days">{{ entry.workingDaysWaiting }}</td>
                <td data-label="Why">{{ entry.reason === 'NO_PROVIDER_COVERS_LA' ? 'No provider covers this area' : 'No advocate has room' }}</td></tr>
            }
          </tbody>
        </table>
      }
      @if (mayFindChildren()) {
        <app-reassign-form [advocates]="data.caseloads" (reassigned)="done($event)" />
      }
    }
    <app-contact-standard-national />
  `,
})
export class AllocationOversightPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly overview = loadState(() => this.graphql.request(AllocationOverviewDocument, {}));
  protected readonly message = signal<string | null>(null);
  /** Finding a child by name is Commissioner staff's: administrators see no child's details. */
  private readonly session = inject(SessionStore);
  protected readonly mayFindChildren = computed(() => this.session.user()?.role === 'COMMISSIONER_STAFF');

  protected async setCap(event: SubmitEvent, advocateId: string): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).querySelector('input');
    const caseloadCap = Number(field?.value ?? '');
    try {
      const updated = (await this.graphql.request(SetCaseloadCapDocument, { input: { advocateId, caseloadCap } })).setCaseloadCap;
      this.message.set(`${updated.displayName} can now have ${updated.caseloadCap} children (${updated.activeCaseload} now).`);
      await this.overview.reload();
    } catch (problem: unknown) {
      this.message.set(errorMessage(problem));
    }
  }

  protected async done(text: string): Promise<void> {
    this.message.set(text);
    await this.overview.reload();
  }
}

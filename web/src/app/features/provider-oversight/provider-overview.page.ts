import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ProviderOverviewDocument, type ProviderOverviewQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { loadState } from '../../shared/ui/load-state';
import { ukDate, ukDateOfInstant } from '../../shared/ui/uk-date';
import { ReassignChildFormComponent, type ReassignTarget } from '../assignments/reassign-child-form.component';

type Attention = ProviderOverviewQuery['providerOverview']['childrenNeedingAttention'][number];

/** A provider manager's own provider: caseloads, overdue offers and contact clocks; names and LAs only, no case content. */
@Component({
  selector: 'app-provider-overview-page',
  imports: [EmptyStateComponent, ReassignChildFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Your provider</h1>
    @if (overview.loading() && !overview.data()) {
      <p class="body" role="status" aria-live="polite">Loading your advocates…</p>
    } @else if (overview.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (overview.data(); as data) {
      <p class="body-l">{{ data.providerName }}</p>
      @if (message(); as text) {
        <div class="notification-banner notification-banner--success" role="status">
          <h2 class="notification-banner__title">Success</h2>
          <p class="body">{{ text }}</p>
        </div>
      }
      @if (data.advocates.length === 0) {
        <app-empty-state message="Your provider has no advocates in Heard yet." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Advocates, fullest first</caption>
          <thead>
            <tr><th scope="col">Advocate</th><th scope="col">Children</th><th scope="col">Offers overdue</th><th scope="col">Contact overdue</th></tr>
          </thead>
          <tbody>
            @for (row of data.advocates; track row.advocateId) {
              <tr>
                <td data-label="Advocate">{{ row.displayName }}{{ row.active ? '' : ' (inactive)' }}</td>
                <td data-label="Children">{{ row.activeCaseload }} of {{ row.caseloadCap }}</td>
                <td data-label="Offers overdue">{{ row.overdueOffers }}</td>
                <td data-label="Contact overdue">{{ row.pastContactStandard }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <h2 class="heading-m">Children past a deadline</h2>
      @if (data.childrenNeedingAttention.length === 0) {
        <app-empty-state message="Every child your advocates represent has had their active offer and is within the contact standard." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Children past the active offer deadline or the contact standard, most overdue first</caption>
          <thead>
            <tr><th scope="col">Child</th><th scope="col">Local authority</th><th scope="col">Advocate</th><th scope="col">What is overdue</th><th scope="col"><span class="visually-hidden">Reassign</span></th></tr>
          </thead>
          <tbody>
            @for (child of data.childrenNeedingAttention; track child.childId) {
              <tr>
                <td data-label="Child">{{ child.childName }}</td>
                <td data-label="Local authority">{{ child.localAuthority.name }}</td>
                <td data-label="Advocate">{{ child.advocateName }}</td>
                <td data-label="What is overdue">
                  @if (child.offerDueOn !== null) {
                    <strong class="tag tag--red">Offer overdue</strong>
                    <span class="hint">Due {{ ukDate(child.offerDueOn) }}: {{ workingDays(child.offerWorkingDaysOverdue ?? 0) }} overdue.</span>
                  }
                  @if (child.contactOverdue) {
                    <strong class="tag tag--red">Contact overdue</strong>
                    <span class="hint">{{ child.lastHeardAt === null ? 'Not heard yet.' : 'Last heard ' + ukDateOfInstant(child.lastHeardAt) + '.' }}</span>
                  }
                </td>
                <td>
                  <button class="link-button" type="button" (click)="choose(child)">Reassign<span class="visually-hidden"> {{ child.childName }}</span></button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (chosen(); as child) {
        <app-reassign-child-form [child]="child" [advocates]="data.advocates" (reassigned)="done($event)" />
      }
    }
  `,
})
export class ProviderOverviewPage {
  private readonly graphql = inject(GraphqlClient);
  protected readonly overview = loadState(async () => (await this.graphql.request(ProviderOverviewDocument, {})).providerOverview);
  protected readonly message = signal<string | null>(null);
  protected readonly chosen = signal<ReassignTarget | null>(null);
  protected readonly ukDate = ukDate;
  protected readonly ukDateOfInstant = ukDateOfInstant;

  protected workingDays(count: number): string {
    return count === 1 ? '1 working day' : `${count} working days`;
  }

  protected choose(child: Attention): void {
    this.message.set(null);
    this.chosen.set({
      id: child.childId,
      name: child.childName,
      givenName: child.childName.split(' ')[0] ?? child.childName,
      details: [
        { key: 'Local authority', value: child.localAuthority.name },
        { key: 'Current advocate', value: child.advocateName },
      ],
      advocateId: child.advocateId,
    });
    setTimeout(() => document.getElementById('reassign-advocate')?.focus());
  }

  protected async done(text: string): Promise<void> {
    this.chosen.set(null);
    this.message.set(text);
    await this.overview.reload();
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ChildDocument, type ChildFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { advocateLine } from '../../shared/ui/advocate-line';
import { errorMessage } from '../../shared/ui/load-state';
import { StatusTagComponent } from '../../shared/ui/status-tag.component';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { ChildMessagesComponent } from '../child-channel/child-messages.component';
import { ChildConcernsComponent } from '../escalations/child-concerns.component';
import { ChildMeetingsComponent } from '../meetings/child-meetings.component';
import { ChildContactsComponent } from '../contacts/child-contacts.component';
import { EarlierMeetingRequestsComponent } from '../between-meetings/earlier-meeting-requests.component';
import { SignificantChangesComponent } from '../between-meetings/significant-changes.component';
import { PaperReviewComponent } from '../paper-reviews/paper-review.component';
import { ChildHistoryComponent } from './child-history.component';
import { DecisionFormComponent } from './decision-form.component';
import { missingEpisodeLine, uascLine } from './missing-from-care';
import { OptBackInFormComponent } from './opt-back-in-form.component';
import { RecordRetentionComponent, type RetentionChange } from '../record-retention/record-retention.component';
import { RetentionSummaryComponent } from '../record-retention/retention-summary.component';
import { ItemCorrectionsComponent } from '../record-corrections/item-corrections.component';

/** A child's record, with the actions their advocate can take (exactly those its current offer allows the caller). */
@Component({
  selector: 'app-child-page',
  imports: [
    PaperReviewComponent,
    RouterLink,
    StatusTagComponent,
    UkDatePipe,
    ChildConcernsComponent,
    ChildMessagesComponent,
    ChildHistoryComponent,
    ChildMeetingsComponent,
    DecisionFormComponent,
    OptBackInFormComponent,
    ChildContactsComponent,
    SignificantChangesComponent,
    EarlierMeetingRequestsComponent,
    RecordRetentionComponent,
    RetentionSummaryComponent,
    ItemCorrectionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="home()">Back</a>
    @if (loading()) {
      <p class="body" role="status" aria-live="polite">Loading the child's record…</p>
    } @else if (error(); as message) {
      <h1 class="heading-l">Child not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (child(); as c) {
      @if (notice(); as text) {
        <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
      }
      <h1 class="heading-l">{{ c.givenName }} {{ c.familyName }}</h1>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>Preferred name</dt><dd>{{ c.preferredName ?? 'None given' }}</dd></div>
        <div class="summary-list__row"><dt>Date of birth</dt><dd>{{ c.dateOfBirth | ukDate }}</dd></div>
        <div class="summary-list__row"><dt>Local authority</dt><dd>{{ c.localAuthority.name }}</dd></div>
        <div class="summary-list__row"><dt>Advocate</dt><dd>{{ advocateLine(c.advocate, c.status) }}</dd></div>
        <div class="summary-list__row"><dt>Status</dt><dd><app-status-tag [status]="c.status" /></dd></div>
        <div class="summary-list__row">
          <dt>Records kept until</dt>
          <dd><app-retention-summary [retention]="c.retention" /></dd>
        </div>
        @if (uascLine(c); as line) {
          <div class="summary-list__row"><dt>Asylum and language</dt><dd>{{ line }}</dd></div>
        }
      </dl>
      <app-item-corrections [childId]="c.id" itemKind="CHILD_DETAILS" [itemId]="c.id" itemName="the child's details" [corrections]="c.corrections" />
      @if (c.allowedCommands.length > 0) {
        <h2 class="heading-m">Changes to {{ c.givenName }}'s care</h2>
        <ul class="list">
          @if (c.allowedCommands.includes('RECORD_PLACEMENT_CHANGE')) {
            <li><a class="link" [routerLink]="[home(), 'children', c.id, 'placement-change']">Record a change of placement</a></li>
          }
          @if (c.allowedCommands.includes('RECORD_LEFT_CARE')) {
            <li><a class="link" [routerLink]="[home(), 'children', c.id, 'left-care']">Record that the child left care</a></li>
          }
        </ul>
      }
      <app-record-retention [childId]="c.id" [childName]="c.givenName" [retention]="c.retention" (changed)="retentionChanged(c, $event)" />
      <h2 class="heading-m">Missing from care</h2>
      <ul class="list">
        @for (episode of c.missingEpisodes; track episode.startedOn) {
          <li>{{ missingEpisodeLine(episode) }}</li>
        } @empty {
          <li>No episode of missing or being away without authorisation is recorded.</li>
        }
      </ul>
      @if (c.advocate) {
        <p class="body"><a class="link" [routerLink]="[home(), 'children', c.id, 'card']">Print the child's ‘My advocate’ card</a></p>
      }
      @if (c.currentOffer; as offer) {
        @if (offer.allowedCommands.includes('RECORD_OUTCOME')) {
          <app-decision-form [offerId]="offer.id" (saved)="update($event, 'Decision saved')" />
        }
        @if (offer.allowedCommands.includes('OPT_BACK_IN')) {
          <app-opt-back-in-form [childId]="c.id" (saved)="update($event, 'The child has opted back in')" />
        }
      }
      <app-child-meetings [childId]="c.id" [base]="home()" />
      <app-significant-changes [childId]="c.id" [isManager]="!isAdvocate()" />
      <app-earlier-meeting-requests [childId]="c.id" [isAdvocate]="isAdvocate()" />
      <app-paper-review [childId]="c.id" />
      <app-child-concerns [childId]="c.id" />
      <app-child-history [child]="c" />
      @if (isAdvocate()) {
        <p class="body"><a class="link" [routerLink]="[home(), 'children', c.id, 'you-said-we-did']">You said, we did</a></p>
        <app-child-messages [childId]="c.id" />
      }
      @if (isAdvocate() && c.advocate) {
        <app-child-contacts [childId]="c.id" />
        <p class="body"><a class="link" [routerLink]="[home(), 'children', c.id, 'who-has-seen']">Who has seen this record</a></p>
      }
    }
  `,
})
export class ChildPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();

  protected readonly child = signal<ChildFieldsFragment | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly advocateLine = advocateLine;
  protected readonly uascLine = uascLine;
  protected readonly missingEpisodeLine = missingEpisodeLine;
  protected readonly isAdvocate = computed(() => this.session.user()?.role === 'ADVOCATE');
  protected readonly home = computed(() => (this.isAdvocate() ? '/advocate' : '/la'));

  constructor() {
    // A page that recorded something about the child (a change of placement, leaving care) says what happened.
    const notice: unknown = inject(Router).currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string') this.notice.set(notice);
    effect(() => void this.load(this.id()));
    titleForRecord(() => {
      const c = this.child();
      return c === null ? null : `${c.givenName} ${c.familyName}`;
    });
  }

  protected retentionChanged(child: ChildFieldsFragment, change: RetentionChange): void {
    this.update({ ...child, retention: change.retention }, change.message);
  }

  protected update(child: ChildFieldsFragment, message: string): void {
    this.child.set(child);
    this.notice.set(message);
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      this.child.set((await this.graphql.request(ChildDocument, { id })).child);
      this.error.set(null);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    } finally {
      this.loading.set(false);
    }
  }
}

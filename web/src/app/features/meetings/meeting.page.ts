import { ChangeDetectionStrategy, Component, type ElementRef, afterRenderEffect, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ChildViewsChangedDocument, MeetingDocument, type MeetingFieldsFragment, type MeetingPartsFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { DecisionFollowThroughComponent } from '../decision-follow-through/decision-follow-through.component';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { errorMessage } from '../../shared/ui/load-state';
import { MeetingLogisticsComponent } from '../meeting-logistics/meeting-logistics.component';
import { UkDatePipe, ukDate } from '../../shared/ui/uk-date.pipe';
import { FamilyViewsComponent } from '../meeting-parts/family-views.component';
import { MeetingPartsComponent } from '../meeting-parts/meeting-parts.component';
import { ActionFormComponent } from './action-form.component';
import { ChildViewFormComponent } from './child-view-form.component';
import { ChildViewsComponent } from './child-views.component';
import { CompleteMeetingFormComponent } from './complete-meeting-form.component';
import { HoldMeetingFormComponent } from './hold-meeting-form.component';
import { MeetingDecisionFormComponent } from './meeting-decision-form.component';
import { actionReviewedNotice } from './meeting-notices';
import { MeetingRepresentationsComponent } from './meeting-representations.component';
import { MeetingTaskListComponent } from './meeting-task-list.component';
import { MEETING_SECTIONS } from './meeting-tasks';
import { ReviewActionComponent } from './review-action.component';
import { RecordSharingComponent } from '../between-meetings/record-sharing.component';
import { ItemCorrectionsComponent } from '../record-corrections/item-corrections.component';

/** A meeting, walked through in order: the child's views, attendance, decisions, actions, follow-through. */
@Component({
  selector: 'app-meeting-page',
  imports: [
    RouterLink,
    UkDatePipe,
    ActionFormComponent,
    ChildViewFormComponent,
    ChildViewsComponent,
    FamilyViewsComponent,
    MeetingPartsComponent,
    CompleteMeetingFormComponent,
    HoldMeetingFormComponent,
    MeetingDecisionFormComponent,
    MeetingLogisticsComponent,
    MeetingRepresentationsComponent,
    MeetingTaskListComponent,
    ReviewActionComponent,
    RecordSharingComponent,
    DecisionFollowThroughComponent,
    ItemCorrectionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting.page.html',
})
export class MeetingPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly meeting = signal<MeetingFieldsFragment | null>(null);
  protected readonly error = signal<string | null>(null);
  /** The success banner: what the last action on this page (or the schedule page that led here) recorded. */
  protected readonly notice = signal<string | null>(null);
  protected readonly sections = MEETING_SECTIONS;
  /** The meeting's parts and the decisions the child missed, as the parts section last loaded them. */
  protected readonly parts = signal<MeetingPartsFieldsFragment | null>(null);
  private readonly banner = viewChild<ElementRef<HTMLElement>>('banner');
  protected readonly missedByChild = computed(
    () =>
      new Set(
        this.parts()
          ?.decisions.filter((d) => d.childMissed)
          .map((d) => d.decisionId) ?? [],
      ),
  );
  protected readonly isManager = computed(() => this.session.user()?.role === 'LA_MANAGER');
  protected readonly back = computed(() => (this.isManager() ? '/la/meetings' : '/advocate'));

  constructor() {
    const notice: unknown = inject(Router).currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string') this.notice.set(notice);
    // The form just used may be gone (holding, completing): move focus to the banner so it is not lost.
    afterRenderEffect(() => {
      if (this.notice() !== null) this.banner()?.nativeElement.focus();
    });
    const live = inject(LiveUpdates);
    effect((onCleanup) => {
      const id = this.id();
      void this.load(id);
      // A view the child's advocate records (or stops sharing) shows here at once, as far as the caller may see it.
      onCleanup(live.watch(ChildViewsChangedDocument, { meetingId: id }, () => void this.load(id)));
    });
    titleForRecord(() => {
      const m = this.meeting();
      return m === null ? null : `Meeting for ${m.childName}, ${ukDate(m.heldOn ?? m.scheduledOn)}`;
    });
  }

  /** A form saved: its own confirmation says so, so the page's banner about an earlier action goes. */
  protected set(meeting: MeetingFieldsFragment): void {
    this.notice.set(null);
    this.meeting.set(meeting);
  }

  /** An earlier action was followed up: its form may be gone, so the page's banner says how it was reviewed. */
  protected reviewed(actionId: string, meeting: MeetingFieldsFragment): void {
    this.set(meeting);
    const action = meeting.actionsToReview.find((a) => a.id === actionId);
    if (action !== undefined) this.announce(actionReviewedNotice(action));
  }

  protected announce(notice: string): void {
    this.notice.set(notice);
  }

  private async load(id: string): Promise<void> {
    try {
      this.meeting.set((await this.graphql.request(MeetingDocument, { id })).meeting);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}

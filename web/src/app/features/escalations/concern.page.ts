import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type ConcernCommand, ConcernDocument, ConcernUpdatedDocument, type ConcernFieldsFragment } from '@heard/graphql-types';
import { SessionStore } from '../../core/auth/session.store';
import { titleForRecord } from '../../core/layout/page-title.strategy';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { errorMessage } from '../../shared/ui/load-state';
import { UkDatePipe, ukDate } from '../../shared/ui/uk-date.pipe';
import { ChildCourtRequestFormComponent } from './child-court-request-form.component';
import { CloseConcernFormComponent } from './close-concern-form.component';
import { ConcernSteps, type ConcernUpdate } from './concern-form.base';
import { concernsBase, STATUS_LABELS, stageLabel, themeLabel } from './concern-labels';
import { ConcernNoteFormComponent } from './concern-note-form.component';
import { ConcernTimelineComponent } from './concern-timeline.component';
import { CourtApplicationFormComponent } from './court-application-form.component';
import { CourtHearingFormComponent } from './court-hearing-form.component';
import { EscalateFormComponent } from './escalate-form.component';
import { LaResponseFormComponent } from './la-response-form.component';
import { RequestInformationFormComponent } from './request-information-form.component';

/** One concern: where it stands, its whole history (live), and the steps the caller's role can take next. */
@Component({
  selector: 'app-concern-page',
  imports: [
    RouterLink,
    UkDatePipe,
    ConcernTimelineComponent,
    EscalateFormComponent,
    CloseConcernFormComponent,
    ConcernNoteFormComponent,
    LaResponseFormComponent,
    RequestInformationFormComponent,
    CourtApplicationFormComponent,
    CourtHearingFormComponent,
    ChildCourtRequestFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './concern.page.html',
  providers: [{ provide: ConcernSteps, useExisting: forwardRef(() => ConcernPage) }],
})
export class ConcernPage implements ConcernSteps {
  private readonly graphql = inject(GraphqlClient);
  private readonly live = inject(LiveUpdates);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly concern = signal<ConcernFieldsFragment | null>(null);
  protected readonly error = signal<string | null>(null);
  /** What the caller's last step did and what comes next: the success banner at the top of the page. */
  protected readonly notice = signal<{ readonly text: string } | null>(null);
  private readonly banner = viewChild<ElementRef<HTMLElement>>('banner');
  protected readonly role = computed(() => this.session.user()?.role ?? 'ADVOCATE');
  protected readonly back = computed(() => (this.role() === 'COMMISSIONER_STAFF' ? '/commissioner/escalations' : concernsBase(this.role())));
  /** The steps the API will accept from the caller now, as the concern carries them (the domain's `allowedConcernCommands`). */
  protected readonly may = computed(() => new Set<ConcernCommand>(this.concern()?.allowedCommands ?? []));

  constructor() {
    // Raising the concern on its own page says so here.
    const raised: unknown = inject(Router).currentNavigation()?.extras.state?.['notice'];
    if (typeof raised === 'string') this.notice.set({ text: raised });
    // The banner takes focus when it appears or changes, so the confirmation is seen and heard after a form far below.
    afterRenderEffect({
      write: () => {
        if (this.notice() !== null) this.banner()?.nativeElement.focus();
      },
    });
    titleForRecord(() => {
      const c = this.concern();
      return c === null ? null : `Concern for ${c.childName}, raised ${ukDate(c.raisedOn)}`;
    });
    effect((onCleanup) => {
      const id = this.id();
      void this.load(id);
      onCleanup(this.live.watch(ConcernUpdatedDocument, { concernId: id }, () => void this.load(id)));
    });
  }

  protected stage(c: ConcernFieldsFragment): string {
    return stageLabel(c.stage);
  }

  protected status(c: ConcernFieldsFragment): string {
    return STATUS_LABELS[c.status];
  }

  protected themes(c: ConcernFieldsFragment): string {
    return c.themes.map(themeLabel).join(', ');
  }

  saved(update: ConcernUpdate): void {
    this.concern.set(update.concern);
    // A new object each time: the same words again (a second note) still take focus.
    this.notice.set({ text: update.notice });
  }

  private async load(id: string): Promise<void> {
    try {
      this.concern.set((await this.graphql.request(ConcernDocument, { id })).concern);
      this.error.set(null);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}

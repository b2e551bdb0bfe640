import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FAMILY_MEMBER_ROLE_LABELS } from '@heard/domain';
import { MeetingFamilyViewsDocument, type MeetingFamilyViewsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { FamilyViewFormComponent } from './family-view-form.component';

/**
 * Parents' and carers' views, apart from the child's own: the server returns only those the caller may read (the
 * LA's managers all of them; the child's advocate those for the attendees and their own).
 */
@Component({
  selector: 'app-family-views',
  imports: [FamilyViewFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" id="meeting-family-views" tabindex="-1">Parents' and carers' views</h2>
    <p class="hint">These are not the child's views: they are kept apart and never shown to the child.</p>
    @if (error(); as message) {
      <p class="body" role="alert">Parents' and carers' views could not be loaded: {{ message }}</p>
    } @else if (data(); as d) {
      @if (d.views.length > 0) {
        <ul class="list" aria-labelledby="meeting-family-views">
          @for (v of d.views; track v.id) {
            <li class="record">
              <h3 class="heading-s">{{ v.name }} ({{ v.relationship }}) <span class="tag tag--grey">{{ label(v.who) }}</span></h3>
              <blockquote class="quote">{{ v.views }}</blockquote>
              <p class="hint">Recorded by {{ v.recordedByName }}.{{ v.visibility === 'LA_ONLY' ? ' The local authority only.' : '' }}</p>
            </li>
          }
        </ul>
      } @else {
        <p class="body">No parents' or carers' views recorded yet.</p>
      }
      @if (d.canRecord) {
        <app-family-view-form [meetingId]="d.meetingId" (updated)="data.set($event)" />
      }
    } @else {
      <p class="body" role="status" aria-live="polite">Loading parents' and carers' views…</p>
    }
  `,
})
export class FamilyViewsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly meetingId = input.required<string>();
  protected readonly data = signal<MeetingFamilyViewsFieldsFragment | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => void this.load(this.meetingId()));
  }

  protected label(who: keyof typeof FAMILY_MEMBER_ROLE_LABELS): string {
    return FAMILY_MEMBER_ROLE_LABELS[who];
  }

  private async load(meetingId: string): Promise<void> {
    try {
      this.data.set((await this.graphql.request(MeetingFamilyViewsDocument, { meetingId })).meetingFamilyViews);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}

import { ChangeDetectionStrategy, Component, type ElementRef, afterRenderEffect, inject, input, output, signal, viewChild } from '@angular/core';
import { WithdrawChildViewSharingDocument, type MeetingFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { ukDateOfInstant } from '../../shared/ui/uk-date.pipe';
import { MEETING_SECTIONS } from './meeting-tasks';
import { ItemCorrectionsComponent } from '../record-corrections/item-corrections.component';
import { viewKindLabel } from './view-labels';

type ChildView = MeetingFieldsFragment['views'][number];

/**
 * The child's recorded views, oldest first. The advocate sees what each is about and whether the LA sees
 * it, and can withdraw the sharing of a shared one; an LA manager only ever gets the shared ones.
 */
@Component({
  selector: 'app-child-views',
  imports: [ErrorSummaryComponent, ItemCorrectionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" [id]="section" tabindex="-1">The child's views</h2>
    @if (notice(); as text) {
      <div #banner class="notification-banner notification-banner--success" role="status" tabindex="-1">
        <p class="notification-banner__title">Sharing withdrawn</p><p class="body">{{ text }}</p>
      </div>
    }
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    @if (views().length > 0) {
      <ol class="list" aria-label="The child's views, in the order recorded">
        @for (view of views(); track view.id; let i = $index) {
          <li class="record">
            <h3 class="heading-s">View {{ i + 1 }}: {{ kind(view) }}</h3>
            <blockquote class="quote">{{ view.text }}</blockquote>
            @if (!isManager()) {
              <p class="body">
                @if (view.sharingWithdrawnAt; as at) {
                  <strong class="tag tag--yellow">Sharing withdrawn</strong> on {{ day(at) }} by {{ view.sharingWithdrawnBy }}
                } @else if (view.shareable) {
                  <strong class="tag tag--green">Shared with the local authority</strong>
                } @else {
                  <strong class="tag tag--grey">Not shared</strong>
                }
              </p>
            }
            @if (view.allowedCommands.includes('WITHDRAW_SHARING')) {
              <button class="button button--warning" type="button" [id]="'withdraw-' + view.id" [disabled]="saving()" (click)="withdraw(view, i)">
                Withdraw sharing<span class="visually-hidden"> of view {{ i + 1 }}: {{ kind(view) }}</span>
              </button>
            }
            <app-item-corrections
              [childId]="childId()"
              itemKind="CHILD_VIEW"
              [itemId]="view.id"
              [itemName]="'view ' + (i + 1) + ': ' + kind(view)"
              [corrections]="view.corrections"
            />
          </li>
        }
      </ol>
    } @else {
      <p class="body">{{ isManager() ? 'The advocate has not shared any of the child’s views yet.' : 'No views recorded yet.' }}</p>
    }
  `,
})
export class ChildViewsComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  readonly views = input.required<readonly ChildView[]>();
  readonly isManager = input.required<boolean>();
  readonly updated = output<MeetingFieldsFragment>();
  protected readonly section = MEETING_SECTIONS.views;
  protected readonly notice = signal<string | null>(null);
  private readonly banner = viewChild<ElementRef<HTMLElement>>('banner');

  constructor() {
    super();
    // The button just pressed is gone: move focus to the confirmation so it is not lost.
    afterRenderEffect(() => {
      if (this.notice() !== null) this.banner()?.nativeElement.focus();
    });
  }

  protected kind(view: ChildView): string {
    return viewKindLabel(view.kind);
  }

  protected day(instant: string): string {
    return ukDateOfInstant(instant);
  }

  protected async withdraw(view: ChildView, index: number): Promise<void> {
    this.notice.set(null);
    const label = `view ${index + 1} (${this.kind(view)})`;
    const done = await submitForm(this.errors, this.saving, `withdraw-${view.id}`, async () => {
      this.updated.emit((await this.graphql.request(WithdrawChildViewSharingDocument, { viewId: view.id })).withdrawChildViewSharing);
    });
    if (done) this.notice.set(`The local authority can no longer see ${label}.`);
  }
}

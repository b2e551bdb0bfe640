import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { YouSaidWeDidDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { childFirstName, outcomeLabel, outcomeTag, themesText } from './you-said-we-did';

/** The advocate's "You said, we did" list for one child: each thing the child said, open items first, and what became of it. */
@Component({
  selector: 'app-you-said-we-did-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/advocate', 'children', id()]">Back to the child's record</a>
    @if (page.loading()) {
      <p class="body" role="status" aria-live="polite">Loading what the child said…</p>
    } @else if (page.error(); as message) {
      <h1 class="heading-l">Not available</h1>
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (page.data(); as p) {
      @if (notice) {
        <div class="notification-banner notification-banner--success" role="status">
          <p class="notification-banner__title">Success</p>
          <p class="body">{{ notice }}</p>
        </div>
      }
      <span class="caption-l">{{ p.child.givenName }} {{ p.child.familyName }}</span>
      <h1 class="heading-l">You said, we did</h1>
      <p class="body">Each thing {{ name(p.child) }} said or asked for at a meeting, and what became of it. Open items come first.</p>
      <p class="body">
        <a class="link" [routerLink]="['/advocate', 'children', id(), 'you-said-we-did', 'print']">Print {{ name(p.child) }}'s "You said, we did" page</a>
      </p>
      @for (item of p.youSaidWeDid; track item.viewId) {
        <section class="you-said-item" [attr.aria-labelledby]="'said-' + item.viewId">
          <h2 class="heading-s" [id]="'said-' + item.viewId">"{{ item.said }}"</h2>
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt>Outcome</dt>
              <dd><strong [class]="tag(item.outcome)">{{ label(item.outcome) }}</strong></dd>
            </div>
            @if (item.reason) {
              <div class="summary-list__row"><dt>Why</dt><dd>{{ item.reason }}</dd></div>
            }
            <div class="summary-list__row">
              <dt>Raised at</dt>
              <dd><a class="link" [routerLink]="['/advocate', 'meetings', item.meetingId]">Meeting on {{ item.meetingOn | ukDate }}</a></dd>
            </div>
            <div class="summary-list__row"><dt>Answered by decision</dt><dd>{{ item.decision?.text ?? 'None linked' }}</dd></div>
            <div class="summary-list__row"><dt>Answered by action</dt><dd>{{ item.action?.text ?? 'None linked' }}</dd></div>
            <div class="summary-list__row"><dt>Themes</dt><dd>{{ themes(item.themes) }}</dd></div>
            <div class="summary-list__row">
              <dt>Shown to {{ name(p.child) }}</dt>
              <dd>{{ item.showToChild ? 'Yes, they agreed' : 'No' }}</dd>
            </div>
            <div class="summary-list__row"><dt>Shared with the local authority</dt><dd>{{ item.shared ? 'Yes' : 'No' }}</dd></div>
          </dl>
          @if (item.maySetOutcome) {
            <p class="body">
              <a class="link" [routerLink]="['/advocate', 'children', id(), 'you-said-we-did', item.viewId]"
                >Set the outcome<span class="visually-hidden"> of "{{ item.said }}"</span></a
              >
            </p>
          }
        </section>
      } @empty {
        <p class="body">No views are recorded for {{ name(p.child) }}'s meetings yet.</p>
      }
    }
  `,
})
export class YouSaidWeDidPage {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly page = loadState(() => this.graphql.request(YouSaidWeDidDocument, { childId: this.id() }));
  protected readonly name = childFirstName;
  protected readonly label = outcomeLabel;
  protected readonly tag = outcomeTag;
  protected readonly themes = themesText;
  /** What the outcome form just saved, passed with the navigation back here. */
  protected readonly notice: string | null = stateNotice(inject(Router).currentNavigation()?.extras.state?.['notice']);
}

function stateNotice(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

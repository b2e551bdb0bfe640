import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ThemeRequestViewFragment, ThemeRequestDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { AnswerThemeFormComponent } from './answer-theme-form.component';
import { ThemeFollowUpsComponent } from './theme-follow-ups.component';
import { THEME_STATUS_TONES } from './theme-status';

/** One theme put to a local authority or a provider: the question, the deadline, the answer and its follow-ups. */
@Component({
  selector: 'app-theme-request-page',
  imports: [AnswerThemeFormComponent, RouterLink, ThemeFollowUpsComponent, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="..">Back to themes</a>
    @if (page.loading() && request() === null) {
      <p class="body" role="status" aria-live="polite">Loading the theme…</p>
    } @else if (page.error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    } @else if (request(); as r) {
      @if (notice(); as text) {
        <div class="notification-banner notification-banner--success" role="status">
          <p class="notification-banner__title">Success</p>
          <p class="body">{{ text }}</p>
        </div>
      }
      <span class="caption-l">{{ r.recipientName }}{{ provider() ? ' (provider)' : '' }}</span>
      <h1 class="heading-l">{{ r.themeLabel }}</h1>
      <p class="body"><strong class="tag tag--{{ tones[r.status] }}" data-testid="theme-status">{{ r.statusLabel }}</strong></p>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>Put on</dt><dd>{{ r.putOn | ukDate }}</dd></div>
        <div class="summary-list__row"><dt>Answer due by</dt><dd>{{ r.deadline | ukDate }}</dd></div>
        <div class="summary-list__row"><dt>What the Commissioner asks</dt><dd>{{ r.question }}</dd></div>
      </dl>
      @if (r.answer; as a) {
        <h2 class="heading-m">{{ provider() ? 'The provider’s answer' : 'The local authority’s answer' }}</h2>
        <dl class="summary-list">
          <div class="summary-list__row"><dt>{{ provider() ? 'Received on' : 'Answered on' }}</dt><dd>{{ a.answeredOn | ukDate }} ({{ a.onTime ? 'on time' : 'late' }})</dd></div>
          <div class="summary-list__row"><dt>What it found</dt><dd>{{ a.found }}</dd></div>
          <div class="summary-list__row"><dt>What it will do</dt><dd>{{ a.willDo }}</dd></div>
          <div class="summary-list__row"><dt>By when</dt><dd>{{ a.byWhen | ukDate }}</dd></div>
        </dl>
        <app-theme-follow-ups [request]="r" (changed)="show($event, null)" />
      } @else if (r.allowedCommands.includes('ANSWER')) {
        <app-answer-theme-form [requestId]="r.id" (answered)="show($event, 'Your answer has been sent to the Children’s Commissioner.')" />
      } @else if (r.allowedCommands.includes('RECORD_PROVIDER_ANSWER')) {
        <app-answer-theme-form [requestId]="r.id" [provider]="true" [putOn]="r.putOn" (answered)="show($event, 'The provider’s answer has been recorded.')" />
      } @else {
        <p class="body">{{ provider() ? 'The provider’s answer has not been recorded yet.' : 'The local authority has not answered yet.' }}</p>
      }
    }
  `,
})
export class ThemeRequestPage {
  readonly id = input.required<string>();
  private readonly graphql = inject(GraphqlClient);
  protected readonly tones = THEME_STATUS_TONES;
  protected readonly page = loadState(async () => (await this.graphql.request(ThemeRequestDocument, { id: this.id() })).themeRequest);
  private readonly updated = signal<ThemeRequestViewFragment | null>(null);
  protected readonly request = computed(() => this.updated() ?? this.page.data());
  protected readonly notice = signal<string | null>(null);
  protected readonly provider = computed(() => this.request()?.recipientKind === 'PROVIDER');

  protected show(request: ThemeRequestViewFragment, notice: string | null): void {
    this.updated.set(request);
    this.notice.set(notice);
  }
}

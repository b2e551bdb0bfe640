import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MeetingChildRecordDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { SessionStore } from '../../core/auth/session.store';
import { loadState } from '../../shared/ui/load-state';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { recordBlocks } from './child-record-blocks';

/** The child's record of a meeting, printable in large type (like the "my advocate" card). */
@Component({
  selector: 'app-child-record-print-page',
  imports: [RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="back()">Back</a>
    @if (record.loading()) {
      <p class="body" role="status" aria-live="polite">Loading the record…</p>
    } @else if (record.error(); as message) {
      <h1 class="heading-l">Record not available</h1>
      <p class="body">{{ message }}</p>
    } @else if (record.data(); as r) {
      @if (r.text === null) {
        <h1 class="heading-l">Record for {{ r.childGivenName }}</h1>
        <p class="body">The record for {{ r.childGivenName }} has not been written yet.</p>
      } @else {
        <article class="advocate-card">
          <h1 class="heading-l">Hello {{ r.childGivenName }}</h1>
          <p class="advocate-card__lead">What happened at your meeting on {{ r.meetingDate | ukDate }}</p>
          @for (block of blocks(); track $index) {
            @if (block.kind === 'list') {
              <ul class="list list--bullet">
                @for (item of block.lines; track $index) {
                  <li>{{ item }}</li>
                }
              </ul>
            } @else {
              <p class="body">{{ block.lines[0] }}</p>
            }
          }
        </article>
        <button class="button no-print" type="button" (click)="print()">Print the record</button>
      }
    }
  `,
})
export class ChildRecordPrintPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();
  protected readonly record = loadState(async () => (await this.graphql.request(MeetingChildRecordDocument, { meetingId: this.id() })).meetingChildRecord);
  protected readonly blocks = computed(() => recordBlocks(this.record.data()?.text ?? ''));
  protected readonly back = computed(() =>
    this.session.user()?.role === 'LA_MANAGER' ? ['/la', 'meetings', this.id()] : ['/advocate', 'meetings', this.id(), 'child-record'],
  );

  protected print(): void {
    window.print();
  }
}

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { ChildContactsSectionDocument, type ChildContactFieldsFragment, type ChildContactsSectionQuery } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { ukDateOfInstant } from '../../shared/ui/uk-date';
import { ItemCorrectionsComponent } from '../record-corrections/item-corrections.component';
import { kindLabel, whenLabel } from './contact-labels';
import { RecordContactFormComponent, type RecordedContact } from './record-contact-form.component';

type Clock = ChildContactsSectionQuery['child'];

/** The child's page, for their current advocate: last heard, the contact standard, the contact log and the form to record one. */
@Component({
  selector: 'app-child-contacts',
  imports: [ItemCorrectionsComponent, RecordContactFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="contacts-heading">
      <h2 class="heading-m" id="contacts-heading">Contacts</h2>
      @if (notice(); as text) {
        <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
      }
      @if (error(); as message) {
        <p class="body">{{ message }}</p>
      } @else if (clock(); as c) {
        <dl class="summary-list">
          <div class="summary-list__row"><dt>Last heard</dt><dd>{{ c.lastHeardAt === null ? 'Not heard yet' : ukDateOfInstant(c.lastHeardAt) }}</dd></div>
          @if (c.contactStandard; as standard) {
            <div class="summary-list__row">
              <dt>Contact standard</dt>
              <dd>
                @if (standard.status === 'PAST_STANDARD') {
                  <strong class="tag tag--red">Contact overdue</strong>
                } @else {
                  <strong class="tag tag--green">Within the standard</strong>
                }
                <p class="body">{{ standard.sentence }}</p>
              </dd>
            </div>
          }
        </dl>
        <table class="table table--stack">
          <caption class="table__caption">Contact log, newest first</caption>
          <thead>
            <tr><th scope="col">When</th><th scope="col">How</th><th scope="col">Views recorded</th><th scope="col">Private note</th><th scope="col">Corrections</th></tr>
          </thead>
          <tbody>
            @for (contact of contacts(); track contact.id) {
              <tr>
                <td data-label="When">{{ whenLabel(contact.occurredAt) }}</td>
                <td data-label="How">{{ kindLabel(contact.kind) }}</td>
                <td data-label="Views recorded">{{ contact.viewsRecorded ? 'Yes' : 'No' }}</td>
                <td data-label="Private note">{{ contact.privateNote === '' ? 'None' : contact.privateNote }}</td>
                <td data-label="Corrections">
                  <app-item-corrections
                    [childId]="childId()"
                    itemKind="CONTACT"
                    [itemId]="contact.id"
                    [itemName]="'the contact of ' + whenLabel(contact.occurredAt)"
                    [corrections]="contact.corrections"
                  />
                </td>
              </tr>
            } @empty {
              <tr><td colspan="5">No contact recorded yet.</td></tr>
            }
          </tbody>
        </table>
        <app-record-contact-form [childId]="childId()" (saved)="recorded($event)" />
      } @else {
        <p class="body" role="status" aria-live="polite">Loading contacts…</p>
      }
    </section>
  `,
})
export class ChildContactsComponent {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();

  protected readonly contacts = signal<ChildContactFieldsFragment[]>([]);
  protected readonly clock = signal<Clock | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly kindLabel = kindLabel;
  protected readonly whenLabel = whenLabel;
  protected readonly ukDateOfInstant = ukDateOfInstant;

  constructor() {
    effect(() => void this.load(this.childId()));
  }

  protected async recorded(event: RecordedContact): Promise<void> {
    this.contacts.set(event.contacts);
    this.notice.set(event.notice);
    await this.load(this.childId());
  }

  private async load(childId: string): Promise<void> {
    try {
      const result = await this.graphql.request(ChildContactsSectionDocument, { childId });
      this.contacts.set(result.childContacts);
      this.clock.set(result.child);
      this.error.set(null);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}

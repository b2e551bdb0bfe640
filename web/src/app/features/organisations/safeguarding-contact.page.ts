import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdminSafeguardingContactDocument, AdminSetSafeguardingContactDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { InputFieldComponent, SelectFieldComponent } from '../../shared/ui/input-field.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';

/**
 * An administrator names the LA's safeguarding contact: told at once about an immediate safeguarding concern, with the
 * LA manager who acknowledges it in Heard, and the LA's director, told if an alert is not acknowledged in time.
 */
@Component({
  selector: 'app-safeguarding-contact-page',
  imports: [FormNoticesComponent, InputFieldComponent, RouterLink, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" routerLink="/admin/local-authorities">Back to local authorities</a>
    <app-form-notices [errors]="errors()" [confirmation]="saved()" />
    <span class="caption-l">{{ laName() }}</span>
    <h1 class="heading-l">Safeguarding contact</h1>
    @if (page.error(); as problem) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ problem }}</p></div>
    } @else if (page.data()) {
      <p class="body">They are told at once when an advocate raises an immediate safeguarding concern, and one of the local authority's managers acknowledges it in Heard.</p>
      <form novalidate (submit)="save($event)">
        <div class="form-group" appInputField fieldId="name" label="Contact's name or role" [error]="fieldError('name')" [(value)]="name"></div>
        <div class="form-group" appInputField fieldId="email" label="Contact's email address" type="email" [error]="fieldError('email')" [(value)]="email"></div>
        <div class="form-group" appSelectField fieldId="acknowledgerUserId" label="Manager who acknowledges alerts in Heard" placeholder="Choose a manager" [options]="managers()" [error]="fieldError('acknowledgerUserId')" [(value)]="acknowledger"></div>
        <div class="form-group" appSelectField fieldId="directorUserId" label="Director (optional)" placeholder="Not recorded: tell all managers" [options]="managers()" [error]="fieldError('directorUserId')" [(value)]="director"></div>
        <button class="button" type="submit" [disabled]="saving()">Save safeguarding contact</button>
      </form>
    } @else {
      <p class="body" role="status" aria-live="polite">Loading…</p>
    }
  `,
})
export class SafeguardingContactPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly id = input.required<string>();
  protected readonly saved = signal<string | null>(null);
  protected readonly name = signal('');
  protected readonly email = signal('');
  protected readonly acknowledger = signal('');
  protected readonly director = signal('');
  protected readonly page = loadState(
    async () =>
      await this.graphql.request(AdminSafeguardingContactDocument, {
        localAuthorityId: this.id(),
        managers: { organisationId: this.id(), role: 'LA_MANAGER', status: 'ACTIVE', limit: 100 },
      }),
  );
  protected readonly managers = computed(() => (this.page.data()?.users.users ?? []).map((u) => ({ value: u.id, label: u.displayName })));
  protected readonly laName = computed(() => this.page.data()?.localAuthorities.find((la) => la.id === this.id())?.name ?? '');

  constructor() {
    super();
    effect(() => {
      const contact = this.page.data()?.safeguardingContact;
      if (contact == null) return;
      untracked(() => {
        this.name.set(contact.name);
        this.email.set(contact.email);
        this.acknowledger.set(contact.acknowledgerUserId);
        this.director.set(contact.directorUserId ?? '');
      });
    });
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const problems: SummaryError[] = [
      ...(this.name().trim() === '' ? [{ fieldId: 'name', message: 'Enter the contact’s name or role' }] : []),
      ...(this.email().trim() === '' ? [{ fieldId: 'email', message: 'Enter the contact’s email address' }] : []),
      ...(this.acknowledger() === '' ? [{ fieldId: 'acknowledgerUserId', message: 'Choose the manager who acknowledges alerts' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const input = {
      localAuthorityId: this.id(),
      name: this.name(),
      email: this.email(),
      acknowledgerUserId: this.acknowledger(),
      directorUserId: this.director() === '' ? null : this.director(),
    };
    await submitForm(this.errors, this.saving, 'name', async () => {
      const set = (await this.graphql.request(AdminSetSafeguardingContactDocument, { input })).setSafeguardingContact;
      this.saved.set(`${set.name} is the safeguarding contact. ${set.acknowledgerName} acknowledges alerts in Heard.`);
    });
  }
}

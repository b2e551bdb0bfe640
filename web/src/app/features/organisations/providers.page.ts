import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AdminCreateProviderDocument, AdminProvidersDocument, AdminSetCoverageDocument, type AdminProviderFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { errorMessage } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';

/** Advocacy providers, which LAs each covers (checkboxes), and adding a provider. */
@Component({
  selector: 'app-providers-page',
  imports: [EmptyStateComponent, FormNoticesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="saved()" />
    <h1 class="heading-l">Advocacy providers</h1>
    @if (page.loading() && !page.data()) {
      <p class="body" role="status" aria-live="polite">Loading providers…</p>
    } @else if (page.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (page.data(); as data) {
      @if (data.advocacyProviders.length === 0) {
        <app-empty-state message="There are no advocacy providers yet. Add the first below." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Providers and the local authorities they cover</caption>
          <thead><tr><th scope="col">Provider</th><th scope="col">Covers</th><th scope="col">Advocates</th></tr></thead>
          <tbody>
            @for (p of data.advocacyProviders; track p.id) {
              <tr>
                <td data-label="Provider">{{ p.name }}</td>
                <td data-label="Covers">{{ p.coveredLocalAuthorities.length === 0 ? 'No local authority yet' : p.coveredLocalAuthorities.join(', ') }}</td>
                <td data-label="Advocates">{{ p.advocateCount }}</td>
              </tr>
            }
          </tbody>
        </table>
        @for (p of data.advocacyProviders; track p.id) {
          <form novalidate (submit)="saveCoverage($event, p)">
            <fieldset class="fieldset form-group" [class.form-group--error]="fieldError('coverage-' + p.id)">
              <legend class="fieldset__legend heading-m">Local authorities {{ p.name }} covers</legend>
              <p class="hint">Its advocates are given children only from the local authorities ticked.</p>
              @if (fieldError('coverage-' + p.id); as e) {
                <p class="error-message"><span class="visually-hidden">Error:</span> {{ e }}</p>
              }
              <div class="checkboxes">
                @for (la of data.localAuthorities; track la.id; let first = $first) {
                  <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" name="la" [value]="la.id" [id]="first ? 'coverage-' + p.id : 'coverage-' + p.id + '-' + la.id" [checked]="p.coveredLocalAuthorityIds.includes(la.id)" />
                    <label class="label checkboxes__label" [for]="first ? 'coverage-' + p.id : 'coverage-' + p.id + '-' + la.id">{{ la.name }}</label>
                  </div>
                }
              </div>
            </fieldset>
            <button class="button button--secondary" type="submit" [disabled]="saving()">Save coverage<span class="visually-hidden"> for {{ p.name }}</span></button>
          </form>
        }
      }
      <h2 class="heading-m">Add a provider</h2>
      <form novalidate (submit)="create($event)">
        <div class="form-group" [class.form-group--error]="fieldError('name')">
          <label class="label" for="name">Provider name</label>
          @if (fieldError('name'); as e) {
            <p class="error-message" id="name-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <input class="input" id="name" type="text" [attr.aria-describedby]="fieldError('name') ? 'name-error' : null" [value]="name()" (input)="name.set(value($event))" />
        </div>
        <button class="button" type="submit" [disabled]="saving()">Add provider</button>
      </form>
    }
  `,
})
export class ProvidersPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly page = loadState(() => this.graphql.request(AdminProvidersDocument, {}));
  protected readonly saved = signal<string | null>(null);
  protected readonly name = signal('');

  protected async saveCoverage(event: SubmitEvent, provider: AdminProviderFieldsFragment): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const boxes = [...(event.target as HTMLFormElement).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const localAuthorityIds = boxes.filter((b) => b.checked).map((b) => b.value);
    this.saving.set(true);
    try {
      const updated = (await this.graphql.request(AdminSetCoverageDocument, { input: { advocacyProviderId: provider.id, localAuthorityIds } }))
        .setProviderCoverage;
      this.errors.set([]);
      const covers = updated.coveredLocalAuthorities.length === 0 ? 'no local authority' : updated.coveredLocalAuthorities.join(', ');
      this.saved.set(`${updated.name} now covers ${covers}.`);
      await this.page.reload();
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: `coverage-${provider.id}`, message: errorMessage(problem) }]);
    } finally {
      this.saving.set(false);
    }
  }

  protected async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const name = this.name().trim();
    if (name === '') {
      this.errors.set([{ fieldId: 'name', message: 'Enter the provider’s name' }]);
      return;
    }
    const ok = await submitForm(this.errors, this.saving, 'name', async () => {
      const created = (await this.graphql.request(AdminCreateProviderDocument, { input: { name } })).createAdvocacyProvider;
      this.saved.set(`${created.name} is added. Tick the local authorities it covers.`);
    });
    if (ok) {
      this.name.set('');
      await this.page.reload();
    }
  }
}

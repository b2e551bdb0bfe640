import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdminCreateLocalAuthorityDocument, AdminLocalAuthoritiesDocument, AdminRenameLocalAuthorityDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { errorMessage } from '../../shared/ui/error-message';
import { FormBase } from '../../shared/ui/form-base';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';

/** Local authorities: their codes and names, renaming one, adding one. */
@Component({
  selector: 'app-local-authorities-page',
  imports: [EmptyStateComponent, FormNoticesComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="saved()" />
    <h1 class="heading-l">Local authorities</h1>
    @if (las.loading() && !las.data()) {
      <p class="body" role="status" aria-live="polite">Loading local authorities…</p>
    } @else if (las.error(); as error) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
    } @else if (las.data(); as list) {
      @if (list.length === 0) {
        <app-empty-state message="There are no local authorities yet. Add the first below." />
      } @else {
        <table class="table table--stack">
          <caption class="table__caption">Local authorities by name</caption>
          <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Rename</th><th scope="col">Safeguarding</th></tr></thead>
          <tbody>
            @for (la of list; track la.id) {
              <tr>
                <td data-label="Code">{{ la.code }}</td>
                <td data-label="Name">{{ la.name }}</td>
                <td>
                  <form class="inline-form" novalidate (submit)="rename($event, la.id)">
                    <label class="visually-hidden" [for]="'rename-' + la.id">New name for {{ la.name }}</label>
                    <input class="input input--width-10" type="text" [id]="'rename-' + la.id" [value]="la.name" />
                    <button class="button button--secondary" type="submit" [disabled]="saving()">Rename<span class="visually-hidden"> {{ la.name }}</span></button>
                  </form>
                </td>
                <td data-label="Safeguarding"><a class="link" [routerLink]="[la.id, 'safeguarding-contact']">Safeguarding contact<span class="visually-hidden"> for {{ la.name }}</span></a></td>
              </tr>
            }
          </tbody>
        </table>
      }
      <h2 class="heading-m">Add a local authority</h2>
      <form novalidate (submit)="create($event)">
        <div class="form-group" [class.form-group--error]="fieldError('code')">
          <label class="label" for="code">Code</label>
          <p class="hint" id="code-hint">The Department for Education's three-digit number, like 301.</p>
          @if (fieldError('code'); as e) {
            <p class="error-message" id="code-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <input class="input input--width-3" id="code" type="text" inputmode="numeric" aria-describedby="code-hint" [value]="code()" (input)="code.set(value($event))" />
        </div>
        <div class="form-group" [class.form-group--error]="fieldError('name')">
          <label class="label" for="name">Name</label>
          @if (fieldError('name'); as e) {
            <p class="error-message" id="name-error"><span class="visually-hidden">Error:</span> {{ e }}</p>
          }
          <input class="input" id="name" type="text" [value]="name()" (input)="name.set(value($event))" />
        </div>
        <button class="button" type="submit" [disabled]="saving()">Add local authority</button>
      </form>
    }
  `,
})
export class LocalAuthoritiesPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly las = loadState(async () => (await this.graphql.request(AdminLocalAuthoritiesDocument, {})).localAuthorities);
  protected readonly saved = signal<string | null>(null);
  protected readonly code = signal('');
  protected readonly name = signal('');

  protected async rename(event: SubmitEvent, localAuthorityId: string): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const name = (event.target as HTMLFormElement).querySelector('input')?.value.trim() ?? '';
    try {
      const renamed = (await this.graphql.request(AdminRenameLocalAuthorityDocument, { input: { localAuthorityId, name } })).renameLocalAuthority;
      this.errors.set([]);
      this.saved.set(`${renamed.code} is now called ${renamed.name}.`);
      await this.las.reload();
    } catch (problem: unknown) {
      this.errors.set([{ fieldId: `rename-${localAuthorityId}`, message: errorMessage(problem) }]);
    }
  }

  protected async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    const problems = [
      ...(this.code().trim() === '' ? [{ fieldId: 'code', message: 'Enter the local authority’s three-digit code' }] : []),
      ...(this.name().trim() === '' ? [{ fieldId: 'name', message: 'Enter the local authority’s name' }] : []),
    ];
    this.errors.set(problems);
    if (problems.length > 0) return;
    const ok = await submitForm(this.errors, this.saving, 'code', async () => {
      const created = (await this.graphql.request(AdminCreateLocalAuthorityDocument, { input: { code: this.code(), name: this.name() } })).createLocalAuthority;
      this.saved.set(`${created.name} (${created.code}) is added.`);
    });
    if (ok) {
      this.code.set('');
      this.name.set('');
      await this.las.reload();
    }
  }
}

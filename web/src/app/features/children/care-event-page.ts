import { Directive, effect, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ChildDocument, type ChildCommand, type ChildFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { FormBase } from '../../shared/ui/form-base';
import { errorMessage } from '../../shared/ui/load-state';

/**
 * A page that records one change to a child's care (a change of placement, leaving care): loads the child, offers
 * the form only while the record allows `command`, and returns to the child's page with a banner saying what happened.
 */
@Directive()
export abstract class CareEventPage extends FormBase {
  protected readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  readonly id = input.required<string>();
  protected abstract readonly command: ChildCommand;
  protected readonly child = signal<ChildFieldsFragment | null>(null);
  protected readonly loadError = signal<string | null>(null);

  constructor() {
    super();
    effect(() => void this.load(this.id()));
  }

  protected allowed(child: ChildFieldsFragment): boolean {
    return child.allowedCommands.includes(this.command);
  }

  protected childLink(): string[] {
    return ['/la', 'children', this.id()];
  }

  /** After a refused request: an error about a field this page does not have (the child itself) goes with `fallback`. */
  protected keepErrorsOnFields(fields: readonly string[], fallback: string): void {
    this.errors.update((errors) => errors.map((e) => (fields.includes(e.fieldId) ? e : { ...e, fieldId: fallback })));
  }

  /** Back to the child's page, which shows `notice` in its success banner. */
  protected async finish(notice: string): Promise<void> {
    await this.router.navigate(this.childLink(), { state: { notice } });
  }

  private async load(id: string): Promise<void> {
    try {
      this.child.set((await this.graphql.request(ChildDocument, { id })).child);
      this.loadError.set(null);
    } catch (problem: unknown) {
      this.loadError.set(errorMessage(problem));
    }
  }
}

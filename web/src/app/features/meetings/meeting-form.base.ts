import { Directive, inject, output } from '@angular/core';
import type { MeetingFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { FieldIds } from '../../shared/ui/error-message';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';

/** Shared plumbing for the meeting page's forms: errors, saving state and the updated meeting. */
@Directive()
export abstract class MeetingFormBase extends FormBase {
  protected readonly graphql = inject(GraphqlClient);
  readonly updated = output<MeetingFieldsFragment>();

  protected run(problems: SummaryError[], defaultField: string, request: () => Promise<MeetingFieldsFragment>, fieldIds: FieldIds = {}): Promise<boolean> {
    this.errors.set(problems);
    if (problems.length > 0) return Promise.resolve(false);
    return submitForm(this.errors, this.saving, defaultField, async () => this.updated.emit(await request()), fieldIds);
  }
}

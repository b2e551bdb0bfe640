import { Directive, inject, input, output } from '@angular/core';
import { MEETING_VENUE_KINDS, MEETING_VENUE_LABELS } from '@heard/domain';
import type { MeetingLogisticsFieldsFragment } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import type { FieldIds } from '../../shared/ui/error-message';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import type { SelectOption } from '../../shared/ui/input-field.component';
import { submitForm } from '../../shared/ui/submit';

export const VENUE_OPTIONS: readonly SelectOption[] = MEETING_VENUE_KINDS.map((kind) => ({ value: kind, label: MEETING_VENUE_LABELS[kind] }));

/** Shared plumbing for the logistics forms: errors, saving, the updated logistics and the confirmation to show. */
@Directive()
export abstract class LogisticsFormBase extends FormBase {
  protected readonly graphql = inject(GraphqlClient);
  readonly logistics = input.required<MeetingLogisticsFieldsFragment>();
  readonly updated = output<{ logistics: MeetingLogisticsFieldsFragment; notice: string }>();

  protected async run(
    problems: SummaryError[],
    defaultField: string,
    request: () => Promise<MeetingLogisticsFieldsFragment>,
    notice: (saved: MeetingLogisticsFieldsFragment) => string,
    fieldIds: FieldIds = {},
  ): Promise<boolean> {
    this.errors.set(problems);
    if (problems.length > 0) return false;
    return submitForm(
      this.errors,
      this.saving,
      defaultField,
      async () => {
        const saved = await request();
        this.updated.emit({ logistics: saved, notice: notice(saved) });
      },
      fieldIds,
    );
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EscalateDecisionDocument, type DecisionFollowThroughFieldsFragment, UnimplementedDecisionsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { loadState } from '../../shared/ui/load-state';
import { submitForm } from '../../shared/ui/submit';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';

/** Decisions not implemented by their date and not challenged: flagged for the LA and the advocate, who escalates in one step. */
@Component({
  selector: 'app-unimplemented-decisions',
  imports: [ErrorSummaryComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m">Decisions not implemented</h2>
    <app-error-summary [errors]="errors()" />
    @if (notice(); as n) {
      <div class="notification-banner notification-banner--success" role="status">
        <p class="body">{{ n.text }} <a class="link" [routerLink]="['/advocate/concerns', n.concernId]">View the concern</a></p>
      </div>
    }
    @if (decisions.error(); as problem) {
      <p class="body" role="alert">The decisions could not be loaded: {{ problem }}</p>
    } @else if ((decisions.data() ?? []).length === 0) {
      @if (!decisions.loading()) {
        <p class="body">No decision has passed its date without being implemented.</p>
      }
    } @else {
      <table class="table table--stack">
        <caption class="table__caption visually-hidden">Unchallenged decisions not implemented by their date</caption>
        <thead><tr><th scope="col">Child</th><th scope="col">Decision</th><th scope="col">Due</th><th scope="col">Where it stands</th></tr></thead>
        <tbody>
          @for (d of decisions.data(); track d.decisionId) {
            <tr>
              <td data-label="Child">{{ d.childName }}</td>
              <td data-label="Decision">{{ d.text }} <span class="hint">(meeting on {{ d.heldOn | ukDate }})</span></td>
              <td data-label="Due">{{ d.implementBy | ukDate }}</td>
              <td data-label="Where it stands"><strong class="tag tag--red">Not implemented</strong> {{ d.explanation }}
                @if (d.canEscalate) {
                  <br /><button class="button button--warning" type="button" [id]="'escalate-' + d.decisionId" [disabled]="saving()" (click)="escalate(d)">
                    Escalate<span class="visually-hidden"> “{{ d.text }}” as a concern</span></button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class UnimplementedDecisionsComponent extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  protected readonly decisions = loadState(async () => (await this.graphql.request(UnimplementedDecisionsDocument, {})).unimplementedDecisions);
  protected readonly notice = signal<{ text: string; concernId: string } | null>(null);

  protected async escalate(d: DecisionFollowThroughFieldsFragment): Promise<void> {
    this.notice.set(null);
    let concernId: string | null = null;
    const done = await submitForm(this.errors, this.saving, `escalate-${d.decisionId}`, async () => {
      const escalated = (await this.graphql.request(EscalateDecisionDocument, { decisionId: d.decisionId })).escalateDecision;
      concernId = escalated.concernId;
      this.decisions.set((this.decisions.data() ?? []).map((x) => (x.decisionId === escalated.decisionId ? escalated : x)));
    });
    if (done && concernId !== null) this.notice.set({ text: `“${d.text}” for ${d.childName} is now a concern with their social worker.`, concernId });
  }
}

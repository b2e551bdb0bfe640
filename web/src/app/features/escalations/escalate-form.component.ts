import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { EscalateConcernDocument, type ConcernStage } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { SelectFieldComponent, type SelectOption } from '../../shared/ui/input-field.component';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';
import { ukDate } from '../../shared/ui/uk-date';
import { ConcernFormBase, required, type Problem } from './concern-form.base';
import { stageLabel } from './concern-labels';
import { escalatedNotice } from './concern-notices';

type EscalateField = 'toStage' | 'asked' | 'atRiskReason';

/**
 * The advocate moves the concern up the ladder, after checking their answers (it cannot move back down); the domain's
 * rules say which stages need a reason the child is at risk (skipping a stage, or going early without a response).
 */
@Component({
  selector: 'app-escalate-form',
  imports: [ErrorSummaryComponent, SelectFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    @if (step() === 'check') {
      <h2 class="heading-m">Check your answers before escalating</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>Escalate to</dt><dd>{{ chosenLabel() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('toStage')">Change<span class="visually-hidden"> the stage to escalate to</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>What you are asking for</dt><dd>{{ asked() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('asked')">Change<span class="visually-hidden"> what you are asking for</span></button></dd>
        </div>
        <div class="summary-list__row">
          <dt>Why the child is at risk</dt><dd>{{ atRiskReason().trim() === '' ? 'Not given' : atRiskReason() }}</dd>
          <dd><button class="link-button" type="button" (click)="change('atRiskReason')">Change<span class="visually-hidden"> why the child is at risk</span></button></dd>
        </div>
      </dl>
      <p class="body"><strong>The concern moves to {{ chosenLabel() }} and cannot move back down the ladder.</strong></p>
      <form novalidate (submit)="save($event)">
        <button class="button" type="submit" [disabled]="saving()">Escalate to {{ chosenLabel() }}</button>
      </form>
    } @else {
      <form novalidate (submit)="check($event)">
        <h2 class="heading-m">Escalate</h2>
        <div class="form-group" appSelectField fieldId="toStage" label="Escalate to" placeholder="Choose a stage" [options]="targets()" [error]="fieldError('toStage')" [(value)]="toStage"></div>
        <div class="form-group" appTextareaField fieldId="asked" label="What you are asking for" [rows]="3" [error]="fieldError('asked')" [(value)]="asked"></div>
        <div class="form-group" appTextareaField fieldId="atRiskReason" [label]="reasonLabel()" [hint]="reasonHint()" [error]="fieldError('atRiskReason')" [(value)]="atRiskReason"></div>
        <button class="button" type="submit">Continue</button>
      </form>
    }
  `,
})
export class EscalateFormComponent extends ConcernFormBase {
  protected readonly step = signal<'enter' | 'check'>('enter');
  protected readonly toStage = this.field<string>('');
  protected readonly asked = this.field('');
  protected readonly atRiskReason = this.field('');
  protected readonly targets = computed<SelectOption[]>(() =>
    this.concern().escalationTargets.map((t) => ({
      value: t.stage,
      label: `${stageLabel(t.stage)}${t.needsAtRiskReason ? ' (only if the child is at risk)' : ''}`,
    })),
  );
  private readonly target = computed(() => this.concern().escalationTargets.find((t) => t.stage === this.toStage()) ?? null);
  /** Skipping a stage: the chosen stage is not the next one up. */
  private readonly skipping = computed(() => {
    const next = this.concern().escalationTargets[0]?.stage;
    return this.target() !== null && this.toStage() !== next;
  });
  protected readonly needsReason = computed(() => this.target()?.needsAtRiskReason ?? false);
  protected readonly chosenLabel = computed(() => (this.toStage() === '' ? '' : stageLabel(this.toStage() as ConcernStage)));
  protected readonly reasonLabel = computed(() => `Why the child is at risk${this.needsReason() ? '' : ' (optional)'}`);
  protected readonly reasonHint = computed(() => {
    if (this.skipping()) return `Needed: escalating to ${this.chosenLabel()} skips a stage, which is allowed only when the child is at risk.`;
    const deadline = this.concern().stageDeadline;
    if (this.needsReason() && deadline) return `Needed: ${stageLabel(this.concern().stage)} has until ${ukDate(deadline)} to respond and has not yet.`;
    return 'Needed to skip a stage, or to escalate before the deadline without a response.';
  });

  protected check(event: SubmitEvent): void {
    event.preventDefault();
    if (this.checkProblems(this.problems())) this.step.set('check');
  }

  /** Back to the answers, focused on the one to change. */
  protected change(field: EscalateField): void {
    this.errors.set([]);
    this.step.set('enter');
    setTimeout(() => document.getElementById(field)?.focus());
  }

  protected async save(event: SubmitEvent): Promise<void> {
    const input = {
      concernId: this.concern().id,
      toStage: this.toStage() as ConcernStage,
      asked: this.asked(),
      atRiskReason: this.atRiskReason().trim() || null,
      evidence: [],
    };
    await this.run(
      event,
      this.problems(),
      'toStage',
      async () => (await this.graphql.request(EscalateConcernDocument, { input })).escalateConcern,
      escalatedNotice,
    );
    // Saved: a fresh form for the next step up. Refused: back to the answers, the server's message on its field.
    this.step.set('enter');
  }

  private problems(): Problem[] {
    const reasonMessage = this.skipping()
      ? `Enter why the child is at risk: escalating to ${this.chosenLabel()} skips a stage`
      : `Enter why the child is at risk: ${stageLabel(this.concern().stage)} has not responded and its deadline has not passed`;
    return [
      this.toStage() === '' ? { fieldId: 'toStage', message: 'Choose the stage to escalate to' } : null,
      required(this.asked(), 'asked', 'Enter what you are asking for'),
      this.needsReason() ? required(this.atRiskReason(), 'atRiskReason', reasonMessage) : null,
    ];
  }
}

import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { EscalateConcernDocument, type ConcernStage } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';
import { stageLabel } from './concern-labels';

/** The advocate moves the concern up the ladder; the domain's rules say which stages need an at-risk reason. */
@Component({
  selector: 'app-escalate-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Escalate</h2>
      <div class="form-group" [class.form-group--error]="fieldError('toStage')">
        <label class="label" for="toStage">Escalate to</label>
        @if (fieldError('toStage'); as message) { <p class="error-message" id="toStage-error">{{ message }}</p> }
        <select class="select" id="toStage" (change)="toStage.set(stageValue($event))">
          <option value="">Choose a stage</option>
          @for (t of concern().escalationTargets; track t.stage) {
            <option [value]="t.stage">{{ label(t.stage) }}{{ t.needsAtRiskReason ? ' (only if the child is at risk)' : '' }}</option>
          }
        </select>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('asked')">
        <label class="label" for="asked">What you are asking for</label>
        @if (fieldError('asked'); as message) { <p class="error-message" id="asked-error">{{ message }}</p> }
        <textarea class="textarea" id="asked" rows="3" (input)="asked.set(value($event))"></textarea>
      </div>
      <div class="form-group" [class.form-group--error]="fieldError('atRiskReason')">
        <label class="label" for="atRiskReason">Why the child is at risk{{ needsReason() ? '' : ' (optional)' }}</label>
        <div class="hint" id="atRiskReason-hint">Needed to skip a stage, or to escalate before the deadline without a response.</div>
        @if (fieldError('atRiskReason'); as message) { <p class="error-message" id="atRiskReason-error">{{ message }}</p> }
        <textarea class="textarea" id="atRiskReason" rows="2" aria-describedby="atRiskReason-hint" (input)="atRiskReason.set(value($event))"></textarea>
      </div>
      <button class="button" type="submit" [disabled]="saving()">Escalate</button>
    </form>
  `,
})
export class EscalateFormComponent extends ConcernFormBase {
  protected readonly toStage = this.field<ConcernStage | ''>('');
  protected readonly asked = this.field('');
  protected readonly atRiskReason = this.field('');
  protected readonly needsReason = computed(() => this.concern().escalationTargets.find((t) => t.stage === this.toStage())?.needsAtRiskReason ?? false);

  protected label(stage: ConcernStage): string {
    return stageLabel(stage);
  }

  protected stageValue(event: Event): ConcernStage | '' {
    return this.value(event) as ConcernStage | '';
  }

  protected save(event: SubmitEvent): Promise<void> {
    const toStage = this.toStage();
    const problems = [
      toStage === '' ? { fieldId: 'toStage', message: 'Choose the stage to escalate to' } : null,
      required(this.asked(), 'asked', 'Enter what you are asking for'),
      this.needsReason() ? required(this.atRiskReason(), 'atRiskReason', 'Enter why the child is at risk: this stage needs it') : null,
    ];
    return this.run(event, problems, 'toStage', async () => {
      const input = {
        concernId: this.concern().id,
        toStage: toStage as ConcernStage,
        asked: this.asked(),
        atRiskReason: this.atRiskReason().trim() || null,
        evidence: [],
      };
      return (await this.graphql.request(EscalateConcernDocument, { input })).escalateConcern;
    });
  }
}

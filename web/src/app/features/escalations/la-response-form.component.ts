import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RespondToConcernDocument } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { ConcernFormBase, required } from './concern-form.base';
import { stageLabel } from './concern-labels';
import { respondedNotice } from './concern-notices';

/** The LA manager records the local authority's response at its stage, or the information the Commissioner asked for. */
@Component({
  selector: 'app-la-response-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ heading() }}</h2>
      <div class="form-group" [class.form-group--error]="fieldError('answer')">
        <label class="label" for="answer">Response</label>
        @if (fieldError('answer'); as message) { <p class="error-message" id="answer-error">{{ message }}</p> }
        <textarea class="textarea" id="answer" rows="4" (input)="answer.set(value($event))"></textarea>
      </div>
      <div class="form-group">
        <label class="label" for="evidenceText">Evidence (optional)</label>
        <div class="hint" id="evidence-hint">Describe a document, and give an https link to it if it is held elsewhere.</div>
        <input class="input" id="evidenceText" type="text" aria-describedby="evidence-hint" (input)="evidenceText.set(value($event))" />
        <label class="label" for="evidenceUrl">Link to the document (optional)</label>
        <input class="input" id="evidenceUrl" type="url" (input)="evidenceUrl.set(value($event))" />
      </div>
      <button class="button" type="submit" [disabled]="saving()">Send response</button>
    </form>
  `,
})
export class LaResponseFormComponent extends ConcernFormBase {
  protected readonly answer = this.field('');
  protected readonly evidenceText = this.field('');
  protected readonly evidenceUrl = this.field('');
  protected readonly heading = computed(() =>
    this.concern().informationDueOn ? "Send the information the Children's Commissioner asked for" : `Respond as ${stageLabel(this.concern().stage)}`,
  );

  protected save(event: SubmitEvent): Promise<boolean> {
    const evidence = this.evidenceText().trim() === '' ? [] : [{ text: this.evidenceText(), url: this.evidenceUrl().trim() || null }];
    const input = { concernId: this.concern().id, answer: this.answer(), evidence };
    return this.run(
      event,
      [required(this.answer(), 'answer', 'Enter the response')],
      'answer',
      async () => (await this.graphql.request(RespondToConcernDocument, { input })).respondToConcern,
      respondedNotice,
      (field) => (field.startsWith('evidence') ? 'evidenceText' : undefined),
    );
  }
}

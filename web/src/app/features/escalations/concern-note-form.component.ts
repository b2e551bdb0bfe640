import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { AddConcernNoteDocument, TriageConcernDocument } from '@heard/graphql-types';
import { ConsentCheckboxComponent } from '../../shared/ui/consent-checkbox.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { confidentialUnlessCleared } from '../../shared/ui/safe-choice';
import { ConcernFormBase, required } from './concern-form.base';
import { noteNotice, triageNotice } from './concern-notices';

/** A note with evidence: the advocate's (confidential unless they untick it, for each note), or the Commissioner's triage note. */
@Component({
  selector: 'app-concern-note-form',
  imports: [ConsentCheckboxComponent, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">{{ triage() ? 'Triage' : 'Add a note or evidence' }}</h2>
      <div class="form-group" [class.form-group--error]="fieldError(id('note'))">
        <label class="label" [attr.for]="id('note')">{{ triage() ? 'Triage note (priority, next steps)' : 'Note' }}</label>
        @if (fieldError(id('note')); as message) { <p class="error-message">{{ message }}</p> }
        <textarea class="textarea" [id]="id('note')" rows="3" [value]="note()" (input)="note.set(value($event))"></textarea>
      </div>
      <div class="form-group">
        <label class="label" [attr.for]="id('evidenceText')">Evidence (optional)</label>
        <input class="input" [id]="id('evidenceText')" type="text" [value]="evidenceText()" (input)="evidenceText.set(value($event))" />
        <label class="label" [attr.for]="id('evidenceUrl')">Link to the document (optional, https)</label>
        <input class="input" [id]="id('evidenceUrl')" type="url" [value]="evidenceUrl()" (input)="evidenceUrl.set(value($event))" />
      </div>
      @if (!triage()) {
        <app-consent-checkbox inputId="confidential" label="Confidential: for advocates only, never shown to the local authority or the Commissioner" [(checked)]="confidential" />
      }
      <button class="button button--secondary" type="submit" [disabled]="saving()">{{ triage() ? 'Record triage' : 'Add note' }}</button>
    </form>
  `,
})
export class ConcernNoteFormComponent extends ConcernFormBase {
  readonly triage = input(false);
  protected readonly note = signal('');
  protected readonly evidenceText = signal('');
  protected readonly evidenceUrl = signal('');
  protected readonly confidential = confidentialUnlessCleared();

  protected id(field: string): string {
    return this.triage() ? `triage-${field}` : field;
  }

  protected save(event: SubmitEvent): Promise<boolean> {
    const evidence = this.evidenceText().trim() === '' ? [] : [{ text: this.evidenceText(), url: this.evidenceUrl().trim() || null }];
    const triage = this.triage();
    const confidential = !triage && this.confidential();
    const input = { concernId: this.concern().id, note: this.note(), confidential, evidence };
    return this.run(
      event,
      [required(this.note(), this.id('note'), 'Enter the note')],
      this.id('note'),
      async () =>
        triage
          ? (await this.graphql.request(TriageConcernDocument, { input })).triageConcern
          : (await this.graphql.request(AddConcernNoteDocument, { input })).addConcernNote,
      () => (triage ? triageNotice() : noteNotice(confidential)),
      (field) => (field === 'note' ? this.id('note') : field.startsWith('evidence') ? this.id('evidenceText') : undefined),
    );
  }

  /** Every new note starts confidential again: the last note's choice never carries over unseen. */
  protected override afterSave(): void {
    this.note.set('');
    this.evidenceText.set('');
    this.evidenceUrl.set('');
    this.confidential.reset();
  }
}

import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordChildViewDocument, type ChildViewKind } from '@heard/graphql-types';
import { ConsentCheckboxComponent } from '../../shared/ui/consent-checkbox.component';
import { FormNoticesComponent } from '../../shared/ui/form-notices.component';
import { notSharedUnlessAgreed } from '../../shared/ui/safe-choice';
import { MeetingFormBase } from './meeting-form.base';
import { VIEW_KINDS, viewKindLabel } from './view-labels';

/**
 * The advocate's "Prepare" form: the child's views, each marked shareable with the LA or not. After each
 * save the consent box is back to "not shared", so the next view is never shared on the last one's consent.
 */
@Component({
  selector: 'app-child-view-form',
  imports: [ConsentCheckboxComponent, FormNoticesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-notices [errors]="errors()" [confirmation]="confirmation()" />
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Prepare: the child's views</h2>
      <div class="form-group"><label class="label" for="viewKind">What it is about</label>
        <select class="select" id="viewKind" (change)="setKind($event)">
          @for (k of kinds; track k[0]) { <option [value]="k[0]" [selected]="k[0] === kind()">{{ k[1] }}</option> }
        </select></div>
      <div class="form-group"><label class="label" for="viewText">In the child's words</label>
        <textarea class="textarea" id="viewText" rows="3" [value]="text()" (input)="text.set(value($event))"></textarea></div>
      <app-consent-checkbox inputId="shareable" label="The child agreed this can be shared with the local authority" [(checked)]="shareable" />
      <button class="button" type="submit" [disabled]="saving()">Save the child's view</button>
    </form>
  `,
})
export class ChildViewFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  // The child's choice to represent themselves is recorded on its own form, with their words.
  protected readonly kinds = VIEW_KINDS.filter(([kind]) => kind !== 'SELF_REPRESENTATION');
  protected readonly kind = signal<ChildViewKind>('WISHES_AND_FEELINGS');
  protected readonly text = signal('');
  protected readonly shareable = notSharedUnlessAgreed();
  protected readonly confirmation = signal<string | null>(null);

  protected setKind(event: Event): void {
    const chosen = this.kinds.find(([kind]) => kind === this.value(event));
    if (chosen !== undefined) this.kind.set(chosen[0]);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.confirmation.set(null);
    const problems = this.text().trim() === '' ? [{ fieldId: 'viewText', message: "Enter the child's view" }] : [];
    const input = { meetingId: this.meetingId(), kind: this.kind(), text: this.text(), shareable: this.shareable() };
    if (await this.run(problems, 'viewText', async () => (await this.graphql.request(RecordChildViewDocument, { input })).recordChildView)) {
      const shared = input.shareable ? 'It is shared with the local authority.' : 'It is not shared with the local authority.';
      this.confirmation.set(`The child's view about ${viewKindLabel(input.kind).toLowerCase()} is saved. ${shared}`);
      this.text.set('');
      this.shareable.reset();
    }
  }
}

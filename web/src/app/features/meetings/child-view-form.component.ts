import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RecordChildViewDocument, type ChildViewKind } from '@heard/graphql-types';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { MeetingFormBase } from './meeting-form.base';

/** The advocate's "Prepare" form: the child's views, each marked shareable with the LA or not. */
@Component({
  selector: 'app-child-view-form',
  imports: [ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) { <app-error-summary [errors]="errors()" /> }
    <form novalidate (submit)="save($event)">
      <h2 class="heading-m">Prepare: the child's views</h2>
      <div class="form-group"><label class="label" for="viewKind">What it is about</label>
        <select class="select" id="viewKind" (change)="setKind($event)">
          @for (k of kinds; track k[0]) { <option [value]="k[0]">{{ k[1] }}</option> }
        </select></div>
      <div class="form-group"><label class="label" for="viewText">In the child's words</label>
        <textarea class="textarea" id="viewText" rows="3" [value]="text()" (input)="text.set(value($event))"></textarea></div>
      <div class="form-group checkbox"><input type="checkbox" id="shareable" [checked]="shareable()" (change)="shareable.set(checked($event))" />
        <label class="label" for="shareable">The child agreed this can be shared with the local authority</label></div>
      <button class="button" type="submit" [disabled]="saving()">Save the child's view</button>
    </form>
  `,
})
export class ChildViewFormComponent extends MeetingFormBase {
  readonly meetingId = input.required<string>();
  protected readonly kinds: ReadonlyArray<[ChildViewKind, string]> = [
    ['WISHES_AND_FEELINGS', 'Wishes and feelings'], ['TO_RAISE', 'What they want raised'],
    ['HOW_TO_TAKE_PART', 'How they want to take part'],
  ];
  protected readonly kind = signal<ChildViewKind>('WISHES_AND_FEELINGS');
  protected readonly text = signal('');
  protected readonly shareable = signal(false);

  protected setKind(event: Event): void {
    const chosen = this.kinds.find(([kind]) => kind === this.value(event));
    if (chosen !== undefined) this.kind.set(chosen[0]);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const problems = this.text().trim() === '' ? [{ fieldId: 'viewText', message: "Enter the child's view" }] : [];
    const input = { meetingId: this.meetingId(), kind: this.kind(), text: this.text(), shareable: this.shareable() };
    if (await this.run(problems, 'viewText', async () => (await this.graphql.request(RecordChildViewDocument, { input })).recordChildView)) this.text.set('');
  }
}

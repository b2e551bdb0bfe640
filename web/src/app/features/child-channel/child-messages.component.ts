import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { formatLondonTime } from '@heard/domain';
import { ChildChannelDocument, MarkChildMessageRepliedDocument, type ChildChannelQuery, type ChildChannelReplyMethod } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { errorMessage } from '../../shared/ui/load-state';
import { ukDateOfInstant } from '../../shared/ui/uk-date';

type Message = ChildChannelQuery['childChannel']['messages'][number];

const KIND_LABELS: Record<Message['kind'], string> = { MESSAGE: 'Message', CALL_ME: 'Asked to be called', NOT_SAFE: 'Does not feel safe right now' };
const STATUS: Record<Message['replyStatus'], { label: string; tag: string }> = {
  DUE: { label: 'Reply due', tag: 'tag--blue' },
  OVERDUE: { label: 'Overdue', tag: 'tag--red' },
  REPLIED: { label: 'Replied', tag: 'tag--green' },
  REPLIED_LATE: { label: 'Replied late', tag: 'tag--yellow' },
};
const METHODS: ReadonlyArray<{ value: ChildChannelReplyMethod; label: string }> = [
  { value: 'CALL', label: 'A call' },
  { value: 'VISIT', label: 'A visit' },
  { value: 'MESSAGE', label: 'A message' },
];

/** On the child's page, for their advocate: what the child sent from their own page, each with its reply clock. */
@Component({
  selector: 'app-child-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading-m" id="child-messages">Messages from the child's own page</h2>
    @if (notice(); as text) {
      <div class="notification-banner notification-banner--success" role="status"><p class="notification-banner__title">Success</p><p class="body">{{ text }}</p></div>
    }
    @if (error(); as message) {
      <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ message }}</p></div>
    }
    @if (overdue() > 0) {
      <p class="body"><strong class="tag tag--red">{{ overdue() }} overdue</strong></p>
    }
    @for (m of messages(); track m.id) {
      <div class="record" [attr.aria-labelledby]="'message-' + m.id">
        <h3 class="heading-s" [id]="'message-' + m.id">
          @if (m.urgent) {
            <strong class="tag tag--red">Urgent</strong>
          }
          {{ kindLabel(m) }}, sent {{ when(m.sentAt) }}
          <strong class="tag {{ status(m).tag }}">{{ status(m).label }}</strong>
        </h3>
        @if (m.text) {
          <p class="body quote">{{ m.text }}</p>
        }
        @if (m.callTime) {
          <p class="body">Good time to call: {{ m.callTime }}</p>
        }
        <p class="body">{{ m.replyDueSentence }}</p>
        @if (m.repliedAt) {
          <p class="body">Replied {{ when(m.repliedAt) }} by {{ methodLabel(m.replyMethod) }}{{ m.replyNote ? ': ' + m.replyNote : '' }}</p>
        } @else {
          <form class="inline-form" novalidate (submit)="markReplied($event, m)">
            <div class="form-group">
              <label class="label" [for]="'method-' + m.id">How you replied</label>
              <select class="select" [id]="'method-' + m.id" [value]="methodOf(m.id)" (change)="setMethod(m.id, $event)">
                @for (option of methods; track option.value) {
                  <option [value]="option.value">{{ option.label }}</option>
                }
              </select>
            </div>
            <button class="button button--secondary" type="submit" [disabled]="saving()">Mark as replied</button>
          </form>
        }
      </div>
    } @empty {
      <p class="body">The child has not sent anything from their own page.</p>
    }
  `,
})
export class ChildMessagesComponent implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  readonly childId = input.required<string>();
  protected readonly messages = signal<readonly Message[]>([]);
  protected readonly overdue = signal(0);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly methods = METHODS;
  private readonly chosen = signal<Readonly<Record<string, ChildChannelReplyMethod>>>({});

  ngOnInit(): void {
    void this.load();
  }

  protected kindLabel(m: Message): string {
    return KIND_LABELS[m.kind];
  }

  protected status(m: Message): { label: string; tag: string } {
    return STATUS[m.replyStatus];
  }

  protected methodLabel(method: ChildChannelReplyMethod | null | undefined): string {
    return (METHODS.find((o) => o.value === method)?.label ?? 'another way').toLowerCase();
  }

  protected when(instant: string): string {
    return `${ukDateOfInstant(instant)} at ${formatLondonTime(new Date(instant))}`;
  }

  protected methodOf(id: string): ChildChannelReplyMethod {
    return this.chosen()[id] ?? 'CALL';
  }

  protected setMethod(id: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const method = METHODS.find((o) => o.value === value)?.value ?? 'CALL';
    this.chosen.update((all) => ({ ...all, [id]: method }));
  }

  protected async markReplied(event: SubmitEvent, m: Message): Promise<void> {
    event.preventDefault();
    this.saving.set(true);
    try {
      await this.graphql.request(MarkChildMessageRepliedDocument, { input: { messageId: m.id, method: this.methodOf(m.id), note: null } });
      this.notice.set(`Reply recorded: ${this.methodLabel(this.methodOf(m.id))}.`);
      this.error.set(null);
      await this.load();
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const channel = (await this.graphql.request(ChildChannelDocument, { childId: this.childId() })).childChannel;
      this.messages.set(channel.messages);
      this.overdue.set(channel.overdueCount);
    } catch (problem: unknown) {
      this.error.set(errorMessage(problem));
    }
  }
}

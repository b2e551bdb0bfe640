import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { ChildChannelPageDocument, SendChildChannelMessageDocument, type ChildChannelKind } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { isGraphqlRequestError } from '../../core/graphql/graphql-request.error';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormBase } from '../../shared/ui/form-base';
import { submitForm } from '../../shared/ui/submit';
import { TextareaFieldComponent } from '../../shared/ui/textarea-field.component';

type Step = 'loading' | 'gone' | 'choose' | 'MESSAGE' | 'CALL_ME' | 'sent';

const MAX = 1000;

/**
 * The child's own page: no account, no portal navigation, nothing about the child. It names only their advocate's
 * first name, and lets the child send a message, ask to be called, or say they do not feel safe (which shows
 * Childline and 999 at once).
 */
@Component({
  selector: 'app-child-channel-page',
  imports: [NgTemplateOutlet, ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .child-page { max-width: 40rem; margin: 0 auto; padding: 1rem; font-size: 1.1875rem; }
    .child-page .button { display: block; width: 100%; min-height: 3rem; margin-bottom: 1rem; font-size: 1.25rem; }
    .safe-numbers { font-size: 1.5rem; font-weight: 700; }
  `,
  template: `
    <main class="child-page" id="main-content">
      @switch (step()) {
        @case ('loading') {
          <p class="body" role="status" aria-live="polite">Loading…</p>
        }
        @case ('gone') {
          <h1 class="heading-l">This link does not work</h1>
          <p class="body">{{ goneMessage() }}</p>
          <p class="body">If you are not safe right now, call <strong>999</strong>. You can talk to Childline any time on <strong>0800 1111</strong>. It is free.</p>
        }
        @case ('sent') {
          <div class="notification-banner notification-banner--success" role="status">
            <p class="notification-banner__title">Success</p>
            <p class="body">{{ confirmation() }}</p>
          </div>
          <button class="button button--secondary" type="button" (click)="restart()">Send something else</button>
        }
        @case ('MESSAGE') {
          <ng-container [ngTemplateOutlet]="errorsBlock" />
          <form novalidate (submit)="send($event, 'MESSAGE')">
            <h1 class="heading-l">Send {{ name() }} a message</h1>
            <div class="form-group" appTextareaField fieldId="text" label="Your message" [hint]="'You can write up to ' + max + ' characters.'" [rows]="6" [error]="fieldError('text')" [(value)]="text"></div>
            <button class="button" type="submit" [disabled]="saving()">Send my message</button>
            <button class="button button--secondary" type="button" (click)="restart()">Go back</button>
          </form>
        }
        @case ('CALL_ME') {
          <ng-container [ngTemplateOutlet]="errorsBlock" />
          <form novalidate (submit)="send($event, 'CALL_ME')">
            <h1 class="heading-l">Ask {{ name() }} to call you</h1>
            <div class="form-group" appTextareaField fieldId="callTime" label="When is a good time to call? (optional)" hint="For example, after school." [rows]="2" [error]="fieldError('callTime')" [(value)]="callTime"></div>
            <button class="button" type="submit" [disabled]="saving()">Ask to be called</button>
            <button class="button button--secondary" type="button" (click)="restart()">Go back</button>
          </form>
        }
        @default {
          <h1 class="heading-l">Talk to {{ name() }}</h1>
          <p class="body">{{ name() }} is your advocate. They are on your side. What would you like to do?</p>
          <button class="button" type="button" (click)="step.set('MESSAGE')">Send a message</button>
          <button class="button" type="button" (click)="step.set('CALL_ME')">Ask to be called</button>
          <button class="button button--warning" type="button" (click)="notSafe()">I don't feel safe right now</button>
          @if (showSafety()) {
            <ng-container [ngTemplateOutlet]="safety" />
          }
        }
      }
    </main>
    <ng-template #safety>
      <div class="warning-panel" role="alert">
        <h2 class="heading-m">If you are in danger now, call 999</h2>
        <p class="safe-numbers"><a class="link" href="tel:999">Call 999</a></p>
        <p class="body">You can talk to Childline about anything, any time. It is free.</p>
        <p class="safe-numbers"><a class="link" href="tel:08001111">Childline: 0800 1111</a></p>
        <p class="body">{{ urgentNote() }}</p>
      </div>
    </ng-template>
    <ng-template #errorsBlock>
      @if (errors().length > 0) {
        <app-error-summary [errors]="errors()" />
      }
    </ng-template>
  `,
})
export class ChildChannelPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  readonly token = input.required<string>();
  protected readonly max = MAX;
  protected readonly step = signal<Step>('loading');
  protected readonly name = signal('your advocate');
  protected readonly goneMessage = signal('');
  protected readonly text = signal('');
  protected readonly callTime = signal('');
  protected readonly confirmation = signal('');
  protected readonly showSafety = signal(false);
  protected readonly urgentNote = signal('We are telling your advocate now.');

  constructor() {
    super();
    effect(() => void this.load(this.token()));
  }

  protected restart(): void {
    this.errors.set([]);
    this.text.set('');
    this.callTime.set('');
    this.showSafety.set(false);
    this.step.set('choose');
  }

  protected async send(event: SubmitEvent, kind: Exclude<ChildChannelKind, 'NOT_SAFE'>): Promise<void> {
    event.preventDefault();
    const text = this.text().trim();
    const problem =
      kind === 'MESSAGE' && text === ''
        ? { fieldId: 'text', message: 'Write your message' }
        : text.length > MAX
          ? { fieldId: 'text', message: `Your message must be ${MAX} characters or fewer` }
          : null;
    this.errors.set(problem === null ? [] : [problem]);
    if (problem !== null) return;
    const input = { token: this.token(), kind, text: kind === 'MESSAGE' ? text : null, callTime: kind === 'CALL_ME' ? this.callTime().trim() || null : null };
    await submitForm(this.errors, this.saving, kind === 'MESSAGE' ? 'text' : 'callTime', async () => {
      const sent = (await this.graphql.request(SendChildChannelMessageDocument, { input })).sendChildChannelMessage;
      this.confirmation.set(sent.confirmation);
      this.step.set('sent');
    });
  }

  /** Childline and 999 show at once; the urgent flag goes to the advocate behind them. */
  protected async notSafe(): Promise<void> {
    if (this.showSafety()) return;
    this.showSafety.set(true);
    this.urgentNote.set(`We are telling ${this.name()} now.`);
    try {
      await this.graphql.request(SendChildChannelMessageDocument, { input: { token: this.token(), kind: 'NOT_SAFE', text: null, callTime: null } });
      this.urgentNote.set(`We have told ${this.name()}. They will get in touch as soon as they can.`);
    } catch {
      this.urgentNote.set(`We could not tell ${this.name()} just now. Please call one of the numbers above.`);
    }
  }

  private async load(token: string): Promise<void> {
    try {
      const page = (await this.graphql.request(ChildChannelPageDocument, { token }, { endSessionOnUnauthenticated: false })).childChannelPage;
      this.name.set(page.advocateFirstName ?? 'your advocate');
      this.step.set('choose');
    } catch (problem: unknown) {
      this.goneMessage.set(isGraphqlRequestError(problem) ? problem.message : 'Sorry, this page is not working just now. Please try again later.');
      this.step.set('gone');
    }
  }
}

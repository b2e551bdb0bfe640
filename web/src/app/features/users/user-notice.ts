import { Injectable, signal } from '@angular/core';

/** A confirmation to show once on the next users page (after an invitation is sent), like a GOV.UK flash banner. */
@Injectable({ providedIn: 'root' })
export class UserNotice {
  private readonly pending = signal<string | null>(null);

  set(message: string): void {
    this.pending.set(message);
  }

  /** The pending confirmation, cleared as it is read. */
  take(): string | null {
    const message = this.pending();
    this.pending.set(null);
    return message;
  }
}

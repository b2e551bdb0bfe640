import { signal, type WritableSignal } from '@angular/core';

/**
 * The safe answer to each consent, confidentiality or sharing question: nothing is shared and an
 * advocate's note is for advocates only, until someone says otherwise for this one item.
 */
export const SAFE = { shared: false, agreed: false, confidential: true } as const;

/** A yes/no choice that starts at its safe value and goes back to it with `reset()` after each save. */
export type SafeChoice = WritableSignal<boolean> & { readonly safe: boolean; reset(): void };

function safeChoice(safe: boolean): SafeChoice {
  const choice = signal(safe);
  return Object.assign(choice, { safe, reset: () => choice.set(safe) });
}

/** "The child agreed this can be shared": not shared until ticked for this item. */
export function notSharedUnlessAgreed(): SafeChoice {
  return safeChoice(SAFE.shared);
}

/** "Confidential: for advocates only": confidential until unticked for this note. */
export function confidentialUnlessCleared(): SafeChoice {
  return safeChoice(SAFE.confidential);
}

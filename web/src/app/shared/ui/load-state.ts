import { signal, type Signal } from '@angular/core';
import { errorMessage } from './error-message';

export { errorMessage };

export interface LoadState<T> {
  readonly data: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  reload(): Promise<void>;
  set(value: T): void;
}

/** Loads data once and on demand, with loading and error states for the template. */
export function loadState<T>(load: () => Promise<T>): LoadState<T> {
  const data = signal<T | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);
  const reload = async (): Promise<void> => {
    loading.set(true);
    error.set(null);
    try {
      data.set(await load());
    } catch (problem: unknown) {
      error.set(errorMessage(problem));
    } finally {
      loading.set(false);
    }
  };
  // Start after construction, once route inputs have been set.
  queueMicrotask(() => void reload());
  return { data, loading, error, reload, set: (value: T) => data.set(value) };
}

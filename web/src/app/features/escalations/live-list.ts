import { DestroyRef, inject } from '@angular/core';
import { ConcernUpdatedDocument } from '@heard/graphql-types';
import { LiveUpdates } from '../../core/graphql/live-updates.service';
import { loadState, type LoadState } from '../../shared/ui/load-state';

/** A list of concerns that reloads whenever a concern its reader may see changes. */
export function liveConcerns<T>(load: () => Promise<T>): LoadState<T> {
  const state = loadState(load);
  inject(LiveUpdates).watch(ConcernUpdatedDocument, {}, () => void state.reload(), inject(DestroyRef));
  return state;
}

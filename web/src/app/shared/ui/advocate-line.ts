import type { AdvocacyStatus } from '@heard/graphql-types';

/**
 * What a child's "Advocate" line says: their advocate's name; "Waiting for an advocate" only when
 * they are in the queue (so the line, their status and the waiting list agree); otherwise, a child
 * with no advocate is not in care and has none.
 */
export function advocateLine(advocate: { displayName: string } | null | undefined, status: AdvocacyStatus): string {
  if (advocate) return advocate.displayName;
  return status === 'AWAITING_ADVOCATE' ? 'Waiting for an advocate' : 'None: not in care';
}

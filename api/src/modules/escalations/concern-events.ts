import type { Role } from '@heard/domain';

/** A step to append to a concern's history (`ConcernsRepository.appendEvent`). */
export interface EventDraft {
  kind: string;
  asked?: string | null;
  answer?: string | null;
  evidence?: ReadonlyArray<{ text: string; url?: string | null }>;
  details?: Record<string, string | string[] | boolean | null>;
  /** Roles that may read the step; every party by default. */
  audience?: readonly Role[];
}

import type { ConcernStage, Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { EvidenceItem } from './concern-event.entity';

/** A step to append to a concern's history. */
export interface EventDraft {
  kind: string;
  asked?: string | null;
  answer?: string | null;
  evidence?: ReadonlyArray<{ text: string; url?: string | null }>;
  details?: Record<string, string | string[] | boolean | null>;
  /** Roles that may read the step; every party by default. */
  audience?: readonly Role[];
}

/** Appends a step; the caller holds the concern's row lock, so sequence numbers never collide. */
export async function appendEvent(
  manager: EntityManager,
  concernId: string,
  stage: ConcernStage,
  actor: { userId: string; role: string } | null,
  draft: EventDraft,
  defaultAudience: readonly Role[],
): Promise<number> {
  const evidence: EvidenceItem[] = (draft.evidence ?? []).map((e) => ({ text: e.text.trim(), url: e.url ?? null }));
  const [row] = (await manager.query(
    `INSERT INTO concern_events (concern_id, sequence, kind, stage, actor_user_id, actor_role, asked, answer, evidence, details, audience)
     SELECT $1, COALESCE(MAX(sequence), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM concern_events WHERE concern_id = $1
     RETURNING sequence`,
    [
      concernId,
      draft.kind,
      stage,
      actor?.userId ?? null,
      actor?.role ?? 'SYSTEM',
      draft.asked ?? null,
      draft.answer ?? null,
      JSON.stringify(evidence),
      JSON.stringify(draft.details ?? {}),
      [...(draft.audience ?? defaultAudience)],
    ],
  )) as Array<{ sequence: number }>;
  return row?.sequence ?? 0;
}

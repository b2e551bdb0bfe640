import type { ConcernStage, ConcernStatus } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/request/request-context';
import type { ConcernUpdateType } from './dto/concern.type';

export const CONCERN_UPDATED = 'concernUpdated';

/** What is pushed, with who may receive it: decided when published, so the filter needs no query. */
export interface ConcernUpdatePayload {
  update: ConcernUpdateType;
  localAuthorityId: string;
  advocateUserIds: string[];
  reachedCommissioner: boolean;
  audience: string[];
}

export function mayReceive(payload: ConcernUpdatePayload, caller: Caller | undefined, concernId: string | null | undefined): boolean {
  if (caller === undefined || !payload.audience.includes(caller.role)) return false;
  if (concernId != null && concernId !== payload.update.concernId) return false;
  switch (caller.role) {
    case 'ADVOCATE':
      return payload.advocateUserIds.includes(caller.userId);
    case 'LA_MANAGER':
      return caller.localAuthorityId === payload.localAuthorityId;
    case 'COMMISSIONER_STAFF':
      return payload.reachedCommissioner;
    default:
      return false;
  }
}

export async function concernUpdate(
  manager: EntityManager,
  concern: { id: string; childId: string; localAuthorityId: string; stage: ConcernStage; status: ConcernStatus; reachedCommissionerOn: string | null },
  kind: string,
  audience: readonly string[],
): Promise<ConcernUpdatePayload> {
  const advocates: Array<{ user_id: string }> = await manager.query(
    `SELECT adv.user_id FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = $1 AND s.ended_on IS NULL`,
    [concern.childId],
  );
  return {
    update: { concernId: concern.id, childId: concern.childId, kind, stage: concern.stage, status: concern.status, at: new Date() },
    localAuthorityId: concern.localAuthorityId,
    advocateUserIds: advocates.map((a) => a.user_id),
    reachedCommissioner: concern.reachedCommissionerOn !== null,
    audience: [...audience],
  };
}

import type { ConcernStage, ConcernStatus } from '@heard/domain';
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

/** The update to push about a concern, to its LA, its child's current advocates (`advocateUserIds`) and, once it reached them, the Commissioner. */
export function concernUpdate(
  advocateUserIds: readonly string[],
  concern: { id: string; childId: string; localAuthorityId: string; stage: ConcernStage; status: ConcernStatus; reachedCommissionerOn: string | null },
  kind: string,
  audience: readonly string[],
): ConcernUpdatePayload {
  return {
    update: { concernId: concern.id, childId: concern.childId, kind, stage: concern.stage, status: concern.status, at: new Date() },
    localAuthorityId: concern.localAuthorityId,
    advocateUserIds: [...advocateUserIds],
    reachedCommissioner: concern.reachedCommissionerOn !== null,
    audience: [...audience],
  };
}

import type { EntityManager } from 'typeorm';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import type { AuditService } from '../audit/audit.service';
import type { MeetingEntity } from '../meetings/meeting.entity';

/** Audits a read or write of a meeting's parts or family views as an access to the child's record, naming the meeting. */
export function auditMeeting(
  audit: AuditService,
  manager: EntityManager,
  caller: Caller,
  meeting: Pick<MeetingEntity, 'id' | 'childId'>,
  action: string,
  meta: RequestMeta,
  extra: Record<string, string> = {},
): Promise<void> {
  return audit.record(manager, {
    actor: { userId: caller.userId, role: caller.role },
    action,
    entity: 'child',
    entityId: meeting.childId,
    meta,
    details: { meetingId: meeting.id, ...extra },
  });
}

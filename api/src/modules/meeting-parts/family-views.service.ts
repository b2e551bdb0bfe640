import { Injectable } from '@nestjs/common';
import { familyViewRefusal, familyViewVisible } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { requireWords } from '../../common/validation/entered-input';
import { AuditService } from '../audit/audit.service';
import { auditMeeting } from './audit-meeting';
import { ChildAccessService } from '../children/child-access.service';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import type { RecordFamilyViewInput } from './dto/meeting-parts.inputs';
import type { MeetingFamilyViewsType } from './dto/meeting-parts.types';
import { FamilyViewsRepository } from './family-views.repository';

/**
 * Parents' and carers' views for a meeting, kept apart from the child's own views (never in `child_views`, the
 * child's record or anything addressed to the child). Recorded by the LA chair or the child's current advocate;
 * read by role (`familyViewVisible`): the managers of the child's LA read all of them, the child's advocates those
 * for the attendees and their own; nobody else. Every read and write is audited.
 */
@Injectable()
export class FamilyViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly repository: FamilyViewsRepository,
  ) {}

  async read(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingFamilyViewsType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      await this.access.readable(manager, caller, meeting.childId);
      await auditMeeting(this.audit, manager, caller, meeting, 'meeting_family_views.read', meta);
      return this.shown(manager, caller, meeting);
    });
  }

  async recordView(caller: Caller, input: RecordFamilyViewInput, meta: RequestMeta): Promise<string> {
    const name = requireWords(input.name, 'name', 'their name');
    const relationship = requireWords(input.relationship, 'relationship', 'their relationship to the child');
    const views = requireWords(input.views, 'views', 'their views');
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, input.meetingId, true);
      if (caller.role === 'ADVOCATE') await this.access.currentAdvocate(manager, caller, meeting.childId);
      else await this.access.ownLaChild(manager, caller, meeting.childId);
      const refusal = familyViewRefusal(meeting.status);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      const viewId = await this.repository.insert(manager, {
        meetingId: meeting.id,
        who: input.who,
        name,
        relationship,
        views,
        visibility: input.visibility,
        recordedByUserId: caller.userId,
      });
      await auditMeeting(this.audit, manager, caller, meeting, 'meeting.family_view_recorded', meta, { viewId, who: input.who, visibility: input.visibility });
      return meeting.id;
    });
  }

  private async shown(manager: EntityManager, caller: Caller, meeting: MeetingEntity): Promise<MeetingFamilyViewsType> {
    const rows = await this.repository.ofMeeting(manager, meeting.id);
    const mayRecord =
      familyViewRefusal(meeting.status) === null && (caller.role === 'LA_MANAGER' || (await this.access.isCurrentAdvocate(manager, caller, meeting.childId)));
    return {
      meetingId: meeting.id,
      views: rows
        .filter((r) => familyViewVisible({ visibility: r.visibility, recordedByUserId: r.recorded_by_user_id }, caller))
        .map((r) => ({
          id: r.id,
          who: r.who,
          name: r.name,
          relationship: r.relationship,
          views: r.views,
          visibility: r.visibility,
          recordedByName: r.recorded_by_name,
          recordedAt: r.recorded_at,
        })),
      canRecord: mayRecord,
    };
  }
}

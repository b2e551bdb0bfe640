import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  deadlineStatus,
  MEETING_ATTENDEE_ROLE_LABELS,
  MEETING_ATTENDEE_ROLES,
  type MeetingAttendeeRole,
  recordSharingDueBy,
  ukLongDate,
  WorkingDayCalendar,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday } from '../../common/validation/entered-input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import type { LateMeetingRecordType, MeetingRecordSharingType, RecordMeetingRecordSharedInput } from './dto/record-share.types';
import { MeetingRecordSharesRepository } from './meeting-record-shares.repository';

const NOT_HELD = 'The meeting has not been held yet: its record goes to the attendees after it.';

/**
 * The meeting record goes out: a manager of the chair's LA records the day it reached the attendees of each role;
 * it is due the configured number of working days after the meeting, and late or overdue records are flagged.
 */
@Injectable()
export class MeetingRecordSharesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: MeetingRecordSharesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sharing(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingRecordSharingType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      const heldOn = held(meeting);
      await this.audit.childEvent(manager, caller, child.id, 'meeting_record_share.read', meta, { meetingId: meeting.id });
      return this.shown(manager, caller, meeting, child, heldOn);
    });
  }

  async record(caller: Caller, input: RecordMeetingRecordSharedInput, meta: RequestMeta): Promise<MeetingRecordSharingType> {
    const sharedOn = assertPastOrToday(input.sharedOn, 'sharedOn', this.clock.today());
    const roles = [...new Set(input.roles)];
    return inTransaction(this.dataSource, async (manager) => {
      const meeting = await this.meetings.meeting(manager, input.meetingId);
      const child = await this.access.ownLaChild(manager, caller, meeting.childId);
      if ((await this.repository.chairLocalAuthority(manager, meeting.id)) !== caller.localAuthorityId) {
        throw new DomainException('NOT_FOUND', 'No meeting with that id for a child you can see.');
      }
      await this.meetings.lockStatus(manager, meeting.id);
      const heldOn = held(meeting);
      if (sharedOn < heldOn) {
        throw new DomainException('BAD_USER_INPUT', `The date the record was shared cannot be before the meeting on ${ukLongDate(heldOn)}.`, {
          field: 'sharedOn',
        });
      }
      const added = await this.repository.insert(manager, meeting.id, roles, sharedOn, caller.userId);
      if (added !== roles.length) {
        throw new DomainException('CONFLICT', 'The record was already shared with one of those roles: reload the page to see who has it.', {
          field: 'roles',
        });
      }
      await this.audit.childEvent(manager, caller, child.id, 'meeting_record_share.recorded', meta, {
        meetingId: meeting.id,
        roles: roles.join(','),
        sharedOn,
      });
      return this.shown(manager, caller, meeting, child, heldOn);
    });
  }

  /** The caller's LA's meetings of the last year whose record is overdue or went out late, oldest first. */
  async late(caller: Caller, meta: RequestMeta): Promise<LateMeetingRecordType[]> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    const laId = caller.localAuthorityId;
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.heldSince(manager, laId, addDays(today, -365));
      const late = rows
        .map((r) => {
          const due = recordSharingDueBy(this.calendar, r.held_on, this.config.recordSharingWorkingDays);
          return {
            meetingId: r.meeting_id,
            childId: r.child_id,
            childName: r.child_name,
            heldOn: r.held_on,
            dueBy: due.dueBy,
            dueExplanation: due.explanation,
            status: deadlineStatus(due.dueBy, r.last_shared_on, today),
            lastSharedOn: r.last_shared_on,
            rolesShared: r.roles_shared,
          };
        })
        .filter((r) => r.status === 'LATE' || r.status === 'OVERDUE');
      const actor = { userId: caller.userId, role: caller.role };
      await this.audit.childReads(
        manager,
        actor,
        meta,
        late.map((r) => r.childId),
        'meeting_record_share.late_listed',
        { count: late.length },
      );
      return late;
    });
  }

  private async shown(manager: EntityManager, caller: Caller, meeting: MeetingEntity, child: ChildEntity, heldOn: string): Promise<MeetingRecordSharingType> {
    const today = this.clock.today();
    const due = recordSharingDueBy(this.calendar, heldOn, this.config.recordSharingWorkingDays);
    const shares = new Map((await this.repository.ofMeeting(manager, meeting.id)).map((s) => [s.role, s]));
    const last =
      [...shares.values()]
        .map((s) => s.shared_on)
        .sort()
        .at(-1) ?? null;
    const canRecord =
      caller.role === 'LA_MANAGER' &&
      caller.localAuthorityId !== null &&
      (await this.repository.chairLocalAuthority(manager, meeting.id)) === caller.localAuthorityId;
    return {
      meetingId: meeting.id,
      childId: child.id,
      childName: `${child.givenName} ${child.familyName}`,
      heldOn,
      dueBy: due.dueBy,
      dueExplanation: due.explanation,
      status: deadlineStatus(due.dueBy, last, today),
      rolesShared: shares.size,
      roles: MEETING_ATTENDEE_ROLES.map((role: MeetingAttendeeRole) => {
        const share = shares.get(role);
        return {
          role,
          roleLabel: MEETING_ATTENDEE_ROLE_LABELS[role],
          sharedOn: share?.shared_on ?? null,
          sharedByName: share?.shared_by_name ?? null,
          status: deadlineStatus(due.dueBy, share?.shared_on ?? null, today),
        };
      }),
      canRecord,
    };
  }
}

function held(meeting: MeetingEntity): string {
  if ((meeting.status !== 'HELD' && meeting.status !== 'COMPLETED') || meeting.heldOn === null) throw new DomainException('CONFLICT', NOT_HELD);
  return meeting.heldOn;
}

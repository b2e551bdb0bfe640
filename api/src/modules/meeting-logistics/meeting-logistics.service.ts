import { Inject, Injectable } from '@nestjs/common';
import { meetingTimeProblem, WorkingDayCalendar } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday } from '../../common/validation/entered-input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { bad, MeetingsService } from '../meetings/meetings.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { AddMeetingInviteeInput, RecordChildPreferenceInput, RecordPapersSharedInput, SetMeetingLogisticsInput } from './dto/meeting-logistics.inputs';
import type { MeetingLogisticsType } from './dto/meeting-logistics.types';
import { invitationEmail } from './meeting-invitation-email';
import { shownLogistics } from './meeting-logistics.view';
import { MeetingLogisticsRepository } from './meeting-logistics.repository';

interface Reached {
  meeting: MeetingEntity;
  child: ChildEntity;
}

/** Most people one meeting's invitations go to (the outbox sends each an email). */
const MAX_INVITEES = 30;
/**
 * A meeting's time and place, invitations and papers. The managers of the child's LA arrange the meeting and send
 * the invitations (each email with the meeting's calendar file, through the outbox); the child's current advocate
 * records where and when the child would like it; both read everything. Every read and write is audited.
 */
@Injectable()
export class MeetingLogisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly calendar: WorkingDayCalendar,
    private readonly repository: MeetingLogisticsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingLogisticsType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      await this.record(manager, caller, { meeting, child }, 'meeting_logistics.read', meta);
      return this.shown(manager, caller, { meeting, child });
    });
  }

  async setTimeAndPlace(caller: Caller, input: SetMeetingLogisticsInput, meta: RequestMeta): Promise<MeetingLogisticsType> {
    const problem = meetingTimeProblem(input.startTime, input.lengthMinutes);
    if (problem !== null) throw bad(problem.message, problem.field);
    const venueDetails = input.venueDetails.trim();
    if (venueDetails === '') throw bad('Enter the venue details: the address, room or video link.', 'venueDetails');
    return this.arranging(caller, input.meetingId, meta, 'meeting_logistics.time_and_place_set', async (manager, { meeting }) => {
      await this.repository.setTimeAndPlace(manager, meeting.id, {
        startTime: input.startTime,
        lengthMinutes: input.lengthMinutes,
        venueKind: input.venueKind,
        venueDetails,
      });
      return { venueKind: input.venueKind, startTime: input.startTime, lengthMinutes: input.lengthMinutes };
    });
  }

  async addInvitee(caller: Caller, input: AddMeetingInviteeInput, meta: RequestMeta): Promise<MeetingLogisticsType> {
    const name = input.name.trim();
    if (name === '') throw bad('Enter the name of the person invited.', 'name');
    const email = input.email?.trim().toLowerCase() || null;
    if (email === null && input.role !== 'CHILD') throw bad('Enter an email address for the invitation (only the child may be invited without one).', 'email');
    return this.arranging(caller, input.meetingId, meta, 'meeting_logistics.invitee_added', async (manager, { meeting }) => {
      const invited = await this.repository.invitations(manager, meeting.id);
      if (invited.length >= MAX_INVITEES) throw new DomainException('CONFLICT', `A meeting can have at most ${MAX_INVITEES} people invited.`);
      if (email !== null && invited.some((i) => i.email === email)) throw bad(`${email} is already invited to this meeting.`, 'email');
      await this.repository.addInvitation(manager, meeting.id, { role: input.role, name, email }, caller.userId);
      return { role: input.role };
    });
  }

  /**
   * Sends the invitations not yet sent, and again to everyone when the time or place changed since (SEQUENCE one
   * more). The meeting's row lock makes two parallel sends take turns: the second finds nothing to send (CONFLICT).
   */
  async sendInvitations(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingLogisticsType> {
    return this.arranging(caller, meetingId, meta, 'meeting_logistics.invitations_sent', async (manager, { meeting }) => {
      const today = this.clock.today();
      if (meeting.scheduledOn < today) throw new DomainException('CONFLICT', 'The meeting day has passed: invitations can no longer be sent.');
      const logistics = await this.repository.find(manager, meeting.id);
      if (logistics?.start_time == null || logistics.length_minutes === null || logistics.venue_kind === null || logistics.venue_details === null)
        throw new DomainException('CONFLICT', 'Set the time and place of the meeting before sending the invitations.');
      const toSend = await this.repository.toSend(manager, meeting.id, logistics.sequence);
      if (toSend.length === 0)
        throw new DomainException(
          'CONFLICT',
          'Everyone invited has already been sent the invitation. Add someone, or change the time or place, to send again.',
        );
      const invited = {
        meetingId: meeting.id,
        date: meeting.scheduledOn,
        startTime: logistics.start_time,
        lengthMinutes: logistics.length_minutes,
        venueKind: logistics.venue_kind,
        venueDetails: logistics.venue_details,
        sequence: logistics.sequence,
      };
      const now = this.clock.now();
      for (const invitee of toSend) {
        if (invitee.email === null) continue;
        const email = invitationEmail(invited, invitee, now);
        await this.notifications.emailWithAttachment(manager, invitee.email, email.subject, email.body, email.attachment);
      }
      await this.repository.markSent(
        manager,
        meeting.id,
        toSend.map((i) => i.id),
        today,
        logistics.sequence,
      );
      return { sent: toSend.length, emailed: toSend.filter((i) => i.email !== null).length, sequence: logistics.sequence };
    });
  }

  async recordPreference(caller: Caller, input: RecordChildPreferenceInput, meta: RequestMeta): Promise<MeetingLogisticsType> {
    const details = input.details.trim();
    if (details === '') throw bad("Enter the child's preferred time and any details.", 'details');
    return this.dataSource.transaction(async (manager) => {
      const reached = await this.locked(manager, caller, input.meetingId);
      await this.access.currentAdvocate(manager, caller, reached.child.id);
      scheduledOnly(reached.meeting);
      await this.repository.setPreference(manager, reached.meeting.id, input.venueKind, details, this.clock.now());
      await this.record(manager, caller, reached, 'meeting_logistics.preference_recorded', meta, { venueKind: input.venueKind });
      return this.shown(manager, caller, reached);
    });
  }

  async recordPapersShared(caller: Caller, input: RecordPapersSharedInput, meta: RequestMeta): Promise<MeetingLogisticsType> {
    const sharedOn = assertPastOrToday(input.sharedOn, 'sharedOn', this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const reached = await this.locked(manager, caller, input.meetingId);
      await this.access.ownLaChild(manager, caller, reached.child.id);
      if (reached.meeting.status === 'CANCELLED') throw new DomainException('CONFLICT', 'The meeting was cancelled.');
      await this.repository.setPapersShared(manager, reached.meeting.id, sharedOn);
      await this.record(manager, caller, reached, 'meeting_logistics.papers_shared', meta, { sharedOn });
      return this.shown(manager, caller, reached);
    });
  }

  /** An LA manager's change to a scheduled meeting of their LA's child, under the meeting's row lock, audited. */
  private arranging(
    caller: Caller,
    meetingId: string,
    meta: RequestMeta,
    action: string,
    change: (manager: EntityManager, reached: Reached) => Promise<Record<string, string | number>>,
  ): Promise<MeetingLogisticsType> {
    return this.dataSource.transaction(async (manager) => {
      const reached = await this.locked(manager, caller, meetingId);
      await this.access.ownLaChild(manager, caller, reached.child.id);
      scheduledOnly(reached.meeting);
      const details = await change(manager, reached);
      await this.record(manager, caller, reached, action, meta, details);
      return this.shown(manager, caller, reached);
    });
  }

  /** The meeting, locked for the transaction, and its child if the caller may read it (refusals are audited by `RefusalAuditFilter`). */
  private async locked(manager: EntityManager, caller: Caller, meetingId: string): Promise<Reached> {
    const meeting = await this.meetings.meeting(manager, meetingId, true);
    return { meeting, child: await this.access.readable(manager, caller, meeting.childId) };
  }

  private async shown(manager: EntityManager, caller: Caller, { meeting, child }: Reached): Promise<MeetingLogisticsType> {
    const [logistics, invitations] = [await this.repository.find(manager, meeting.id), await this.repository.invitations(manager, meeting.id)];
    return shownLogistics({
      meeting,
      childId: child.id,
      logistics,
      invitations,
      calendar: this.calendar,
      today: this.clock.today(),
      papersWorkingDays: this.config.papersDueWorkingDays,
      canArrange: caller.role === 'LA_MANAGER' && meeting.status === 'SCHEDULED',
      canRecordPreference: meeting.status === 'SCHEDULED' && (await this.access.isCurrentAdvocate(manager, caller, child.id)),
    });
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    { meeting, child }: Reached,
    action: string,
    meta: RequestMeta,
    extra: Record<string, string | number> = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actor: { userId: caller.userId, role: caller.role },
      action,
      entity: 'child',
      entityId: child.id,
      meta,
      details: { meetingId: meeting.id, ...extra },
    });
  }
}

function scheduledOnly(meeting: MeetingEntity): void {
  if (meeting.status !== 'SCHEDULED')
    throw new DomainException('CONFLICT', 'The meeting has been held or cancelled: its time, place and invitations can no longer change.');
}

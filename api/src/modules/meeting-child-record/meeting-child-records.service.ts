import { Injectable } from '@nestjs/common';
import { childRecordRefusal, draftChildRecord } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday } from '../../common/validation/entered-input';
import { ActionsRepository } from '../actions/actions.repository';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { MeetingsService } from '../meetings/meetings.service';
import type { RecordChildRecordGoneThroughInput, SaveChildRecordInput } from './dto/child-record.inputs';
import type { MeetingChildRecordType } from './dto/child-record.types';
import { type ChildRecordRow, MeetingChildRecordsRepository } from './meeting-child-records.repository';

const STALE = 'Someone saved the record for the child since you opened it. Reload the page to see their changes, then make yours again.';

/**
 * The child's own record of a completed meeting. The child's advocates and the managers of the child's LA
 * read the text; only the child's current advocate drafts, edits and records going through it with the
 * child; what the child said stays with the child's advocates. Every read and write is audited.
 */
@Injectable()
export class MeetingChildRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly meetingRecords: MeetingsRepository,
    private readonly actions: ActionsRepository,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: MeetingChildRecordsRepository,
  ) {}

  async read(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingChildRecordType> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, child } = await this.completedMeeting(manager, caller, meetingId);
      await this.record(manager, caller, child, meeting, 'meeting_child_record.read', meta);
      return this.shown(manager, caller, child, meeting);
    });
  }

  /** Stores the draft from the meeting's record as the first version. */
  async draft(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingChildRecordType> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, child } = await this.writable(manager, caller, meetingId);
      const stored = await this.repository.insert(manager, meeting.id, await this.drafted(manager, meeting), caller.userId, this.clock.now());
      if (!stored) throw new DomainException('CONFLICT', 'The record for the child has already been drafted: edit it instead.');
      await this.record(manager, caller, child, meeting, 'meeting_child_record.drafted', meta);
      return this.shown(manager, caller, child, meeting);
    });
  }

  async save(caller: Caller, input: SaveChildRecordInput, meta: RequestMeta): Promise<MeetingChildRecordType> {
    const text = input.text.trim();
    if (text === '') throw new DomainException('BAD_USER_INPUT', 'Enter the record for the child.', { field: 'text' });
    return this.dataSource.transaction(async (manager) => {
      const { meeting, child } = await this.writable(manager, caller, input.meetingId);
      const now = this.clock.now();
      const saved =
        input.version === 0
          ? await this.repository.insert(manager, meeting.id, text, caller.userId, now)
          : await this.repository.save(manager, meeting.id, input.version, text, caller.userId, now);
      if (!saved) throw new DomainException('CONFLICT', STALE);
      await this.record(manager, caller, child, meeting, 'meeting_child_record.saved', meta, { version: input.version + 1 });
      return this.shown(manager, caller, child, meeting);
    });
  }

  async goneThrough(caller: Caller, input: RecordChildRecordGoneThroughInput, meta: RequestMeta): Promise<MeetingChildRecordType> {
    const on = assertPastOrToday(input.goneThroughOn, 'goneThroughOn', this.clock.today());
    const childSaid = input.childSaid.trim();
    if (childSaid === '') throw new DomainException('BAD_USER_INPUT', 'Enter what the child said.', { field: 'childSaid' });
    return this.dataSource.transaction(async (manager) => {
      const { meeting, child } = await this.writable(manager, caller, input.meetingId);
      if ((await this.repository.find(manager, meeting.id)) === undefined)
        throw new DomainException('CONFLICT', 'Save the record for the child before recording that you went through it together.');
      if (!(await this.repository.goneThrough(manager, meeting.id, input.version, on, childSaid))) throw new DomainException('CONFLICT', STALE);
      await this.record(manager, caller, child, meeting, 'meeting_child_record.gone_through', meta, { goneThroughOn: on });
      return this.shown(manager, caller, child, meeting);
    });
  }

  private async completedMeeting(manager: EntityManager, caller: Caller, meetingId: string): Promise<{ meeting: MeetingEntity; child: ChildEntity }> {
    const meeting = await this.meetings.meeting(manager, meetingId);
    const child = await this.access.readable(manager, caller, meeting.childId);
    const refusal = childRecordRefusal(meeting.status);
    if (refusal !== null) throw new DomainException('CONFLICT', refusal);
    return { meeting, child };
  }

  private async writable(manager: EntityManager, caller: Caller, meetingId: string): Promise<{ meeting: MeetingEntity; child: ChildEntity }> {
    const meeting = await this.meetings.meeting(manager, meetingId);
    const child = await this.access.readable(manager, caller, meeting.childId);
    await this.access.currentAdvocate(manager, caller, child.id);
    // The meeting's row lock makes parallel first saves and saves over the same version take turns.
    await this.meetings.lockStatus(manager, meeting.id);
    const refusal = childRecordRefusal(meeting.status);
    if (refusal !== null) throw new DomainException('CONFLICT', refusal);
    return { meeting, child };
  }

  private async drafted(manager: EntityManager, meeting: MeetingEntity): Promise<string> {
    const decisions = await this.meetingRecords.decisionsOf(manager, meeting.id);
    const actions = await this.actions.ofMeeting(manager, meeting.id);
    return draftChildRecord({
      heldOn: meeting.heldOn ?? meeting.scheduledOn,
      decisions: decisions.map((d) => ({ text: d.text, significant: d.significant })),
      actions: actions.map((a) => ({ what: a.what, owner: a.owner, dueOn: a.due_on })),
    });
  }

  private async shown(manager: EntityManager, caller: Caller, child: ChildEntity, meeting: MeetingEntity): Promise<MeetingChildRecordType> {
    const row: ChildRecordRow | undefined = await this.repository.find(manager, meeting.id);
    const canEdit = await this.access.isCurrentAdvocate(manager, caller, child.id);
    const advocate = caller.role === 'ADVOCATE';
    return {
      meetingId: meeting.id,
      childId: child.id,
      childGivenName: child.givenName,
      meetingDate: meeting.heldOn ?? meeting.scheduledOn,
      text: row?.text ?? null,
      draft: canEdit ? await this.drafted(manager, meeting) : null,
      version: row?.version ?? 0,
      editedAt: row?.edited_at ?? null,
      editedByName: row?.edited_by_name ?? null,
      goneThroughOn: row?.gone_through_on ?? null,
      childSaid: advocate ? (row?.child_said ?? null) : null,
      canEdit,
    };
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    child: ChildEntity,
    meeting: MeetingEntity,
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

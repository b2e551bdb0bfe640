import { Inject, Injectable } from '@nestjs/common';
import { challengeDeadline, challengeProblem, decisionFollowThrough, ukLongDate, WorkingDayCalendar } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday, requireWords } from '../../common/validation/entered-input';
import { inTransaction } from '../../database/transactions';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { MeetingsService } from '../meetings/meetings.service';
import type { ChallengeDecisionInput, MarkDecisionImplementedInput, SetDecisionImplementByInput } from './dto/follow-through.inputs';
import type { DecisionFollowThroughType } from './dto/follow-through.types';
import { DecisionFollowThroughRepository, type FollowThroughRow } from './decision-follow-through.repository';

export function decisionNotFound(): DomainException {
  return new DomainException('NOT_FOUND', 'No meeting decision with that id is in your caseload or your local authority.');
}

/**
 * Decisions stick: the managers of the child's LA set the date a decision is to be implemented by, then mark it
 * implemented or challenge it with reasons within the window after the meeting. The child's advocates and the LA's
 * managers see where each decision stands; every read and write is audited.
 */
@Injectable()
export class DecisionFollowThroughService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: DecisionFollowThroughRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ofMeeting(caller: Caller, meetingId: string, meta: RequestMeta): Promise<DecisionFollowThroughType[]> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      await this.audit.childEvent(manager, caller, child.id, 'decision_follow_through.read', meta, { meetingId: meeting.id });
      const current = await this.access.isCurrentAdvocate(manager, caller, child.id);
      return (await this.repository.ofMeeting(manager, meeting.id)).map((row) => this.shown(caller, row, current));
    });
  }

  /** Unchallenged decisions not implemented by their date, in the caller's caseload or LA: flagged, to escalate. */
  async flagged(caller: Caller, meta: RequestMeta): Promise<DecisionFollowThroughType[]> {
    const scope = this.access.currentScope(caller);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.pastTheirDate(manager, scope, this.clock.today());
      const flagged = rows.map((row) => this.shown(caller, row, caller.role === 'ADVOCATE')).filter((d) => d.status === 'NOT_IMPLEMENTED');
      await this.audit.childReads(
        manager,
        caller,
        meta,
        flagged.map((d) => d.childId),
        'decision_follow_through.flagged_list',
      );
      return flagged;
    });
  }

  async setImplementBy(caller: Caller, input: SetDecisionImplementByInput, meta: RequestMeta): Promise<DecisionFollowThroughType> {
    return this.change(caller, input.decisionId, meta, async (manager, row) => {
      if (input.implementBy < row.held_on)
        throw new DomainException('BAD_USER_INPUT', `The date to implement it by cannot be before the meeting on ${ukLongDate(row.held_on)}.`, {
          field: 'implementBy',
        });
      this.refuseIfSettled(row);
      if (row.concern_id !== null) throw new DomainException('CONFLICT', 'This decision has been escalated as a concern: its date can no longer be moved.');
      if (row.implement_by !== null && row.implement_by < this.clock.today())
        throw new DomainException(
          'CONFLICT',
          `This decision was due to be implemented by ${ukLongDate(row.implement_by)}: record that it was implemented; its date can no longer be moved.`,
        );
      await this.repository.setImplementBy(manager, row.decision_id, input.implementBy);
      return { action: 'decision_follow_through.implement_by_set', details: { implementBy: input.implementBy, previously: row.implement_by ?? 'none' } };
    });
  }

  async markImplemented(caller: Caller, input: MarkDecisionImplementedInput, meta: RequestMeta): Promise<DecisionFollowThroughType> {
    const on = assertPastOrToday(input.implementedOn, 'implementedOn', this.clock.today());
    return this.change(caller, input.decisionId, meta, async (manager, row) => {
      if (on < row.held_on)
        throw new DomainException('BAD_USER_INPUT', `A decision cannot be implemented before the meeting that made it, on ${ukLongDate(row.held_on)}.`, {
          field: 'implementedOn',
        });
      this.refuseIfSettled(row);
      await this.repository.implemented(manager, row.decision_id, on, caller.userId);
      return { action: 'decision_follow_through.implemented', details: { implementedOn: on } };
    });
  }

  async challenge(caller: Caller, input: ChallengeDecisionInput, meta: RequestMeta): Promise<DecisionFollowThroughType> {
    const on = assertPastOrToday(input.challengedOn, 'challengedOn', this.clock.today());
    const reasons = requireWords(input.reasons, 'reasons', 'why the local authority challenges this decision');
    return this.change(caller, input.decisionId, meta, async (manager, row) => {
      this.refuseIfSettled(row);
      const problem = challengeProblem(this.calendar, { heldOn: row.held_on, challengedOn: on, reasons }, this.config.decisionChallengeWorkingDays);
      if (problem !== null) throw new DomainException('BAD_USER_INPUT', problem.message, { field: problem.field });
      await this.repository.challenged(manager, row.decision_id, on, reasons, caller.userId);
      return { action: 'decision_follow_through.challenged', details: { challengedOn: on } };
    });
  }

  /** The decision's row for a change by a manager of the child's LA, locked so parallel changes take turns. */
  private async change(
    caller: Caller,
    decisionId: string,
    meta: RequestMeta,
    work: (manager: EntityManager, row: FollowThroughRow) => Promise<{ action: string; details: Record<string, string> }>,
  ): Promise<DecisionFollowThroughType> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await this.repository.find(manager, decisionId);
      if (found === undefined) throw decisionNotFound();
      const child = await this.access.ownLaChild(manager, caller, found.child_id);
      const row = (await this.repository.lock(manager, found.decision_id)) ?? found;
      const { action, details } = await work(manager, row);
      await this.audit.childEvent(manager, caller, child.id, action, meta, { meetingId: row.meeting_id, decisionId: row.decision_id, ...details });
      const after = (await this.repository.find(manager, row.decision_id)) ?? row;
      return this.shown(caller, after, false);
    });
  }

  private refuseIfSettled(row: FollowThroughRow): void {
    if (row.challenged_on !== null)
      throw new DomainException('CONFLICT', `This decision was challenged by the local authority on ${ukLongDate(row.challenged_on)}.`);
    if (row.implemented_on !== null) throw new DomainException('CONFLICT', `This decision was already implemented on ${ukLongDate(row.implemented_on)}.`);
  }

  /** Where the decision stands today, and what the caller may do with it. */
  shown(caller: Caller, row: FollowThroughRow, currentAdvocate: boolean): DecisionFollowThroughType {
    const facts = { heldOn: row.held_on, implementBy: row.implement_by, implementedOn: row.implemented_on, challengedOn: row.challenged_on };
    const standing = decisionFollowThrough(this.calendar, facts, this.clock.today(), this.config.decisionChallengeWorkingDays);
    const settled = standing.status === 'IMPLEMENTED' || standing.status === 'CHALLENGED';
    return {
      decisionId: row.decision_id,
      meetingId: row.meeting_id,
      childId: row.child_id,
      childName: row.child_name,
      text: row.text,
      significant: row.significant,
      heldOn: row.held_on,
      implementBy: row.implement_by,
      implementedOn: row.implemented_on,
      challengedOn: row.challenged_on,
      challengeReasons: row.challenge_reasons,
      status: standing.status,
      challengeBy: standing.challengeBy,
      explanation: row.concern_id === null ? standing.sentence : `${standing.sentence} Escalated as a concern.`,
      challengeDeadlineExplanation: challengeDeadline(this.calendar, row.held_on, this.config.decisionChallengeWorkingDays).explanation,
      concernId: row.concern_id,
      canActAsLa: caller.role === 'LA_MANAGER' && caller.localAuthorityId === row.local_authority_id && !settled,
      canEscalate: currentAdvocate && standing.status === 'NOT_IMPLEMENTED' && row.concern_id === null,
    };
  }
}

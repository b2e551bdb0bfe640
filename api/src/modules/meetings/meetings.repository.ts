import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { allowedChildViewCommands, type Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';
import { ChildViewEntity, type ViewKind } from './child-view.entity';
import { MeetingDecisionEntity } from './meeting-decision.entity';
import { MeetingEntity } from './meeting.entity';
import type { ChildViewType, MeetingDecisionType } from './dto/meeting.types';

/** A decision recorded at a meeting. */
export interface DecisionRow {
  id: string;
  meeting_id: string;
  text: string;
  significant: boolean;
  basis: MeetingDecisionType['basis'];
  advocate_input_id: string | null;
}

/** A meeting in a child's list of meetings. */
export interface ChildMeetingRow {
  id: string;
  scheduled_on: string;
  held_on: string | null;
  status: string;
  participation_code: string | null;
}

/** A meeting an LA manager's LA has to chair. */
export interface MeetingToChairRow {
  id: string;
  child_id: string;
  child_name: string;
  scheduled_on: string;
  status: string;
}

/** One child in care: the start of the open period of care and the meetings held since. */
export interface ScheduleRow {
  child_id: string;
  child_name: string;
  start: string;
  placement_type: string | null;
  held: string[];
}

/** The advocate a meeting invites, as a user. */
export interface AdvocateUserRow {
  display_name: string;
  user_id: string;
}

/** A new meeting, as scheduled. */
export type MeetingDraft = Pick<MeetingEntity, 'childId' | 'scheduledOn' | 'place' | 'invitees' | 'chairStaffId' | 'advocateId' | 'scheduledByUserId'>;

/** A decision recorded at a held meeting. */
export type DecisionDraft = Pick<MeetingDecisionEntity, 'meetingId' | 'text' | 'significant' | 'advocateInputId' | 'basis' | 'recordedByUserId'>;

interface ViewRow {
  id: string;
  kind: ViewKind;
  text: string;
  shareable: boolean;
  sharing_withdrawn_at: Date | null;
  sharing_withdrawn_by: string | null;
}

/** A view whose sharing its child's advocate asks to withdraw, with the meeting's child. */
export interface ViewToWithdrawRow {
  id: string;
  meeting_id: string;
  child_id: string;
  shareable: boolean;
  sharing_withdrawn_at: Date | null;
}

/** Who is reading a meeting's views: the child's advocate sees them all, anyone else only those still shared. */
export interface ViewAudience {
  onlyShared: boolean;
  /** The caller's role, and whether they are the child's current advocate (who may withdraw a view's sharing). */
  caller: { role: Role; currentAdvocate: boolean };
}

/** A view the advocate records from a private conversation with the child before the meeting. */
export type ViewDraft = Pick<ChildViewEntity, 'meetingId' | 'kind' | 'text' | 'shareable' | 'recordedByUserId'>;

const DECISION_SELECT = `SELECT d.id, d.meeting_id, d.text, d.significant, d.basis, d.advocate_input_id FROM meeting_decisions d`;

const SCHEDULE_SELECT = `SELECT c.id AS child_id, c.given_name || ' ' || c.family_name AS child_name, to_char(e.start_date, 'YYYY-MM-DD') AS start,
    e.placement_type, COALESCE(array_agg(to_char(m.held_on, 'YYYY-MM-DD')) FILTER (WHERE m.held_on IS NOT NULL), '{}') AS held
  FROM children c
  JOIN care_episodes e ON e.child_id = c.id AND e.end_date IS NULL
  LEFT JOIN meetings m ON m.child_id = c.id AND m.held_on >= e.start_date`;

/**
 * Owns: meetings, meeting_decisions, child_views. The actions folder completes a meeting and records its
 * decisions, and representations lock it, through here. Reads the chair (la_staff), the
 * advocate's user, and the children and care episodes a schedule is worked out from.
 */
@Injectable()
export class MeetingsRepository {
  /** The meeting; with `lock`, its row is locked for the rest of the transaction and read after the lock. */
  async find(manager: EntityManager, meetingId: string, lock: boolean): Promise<MeetingEntity | null> {
    return manager.findOne(MeetingEntity, { where: { id: meetingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Locks the meeting's row and returns its status as of the lock; undefined when there is no such meeting. */
  async lockStatus(manager: EntityManager, meetingId: string): Promise<MeetingEntity['status'] | undefined> {
    const row = await sqlRow<{ status: MeetingEntity['status'] }>(manager, `SELECT status FROM meetings WHERE id = $1 FOR UPDATE`, [meetingId]);
    return row?.status;
  }

  async isScheduledOn(manager: EntityManager, childId: string, scheduledOn: string): Promise<boolean> {
    const rows = await sqlRows<unknown>(manager, `SELECT 1 FROM meetings WHERE child_id = $1 AND scheduled_on = $2 AND status = 'SCHEDULED'`, [
      childId,
      scheduledOn,
    ]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, draft: MeetingDraft): Promise<MeetingEntity> {
    return manager.save(
      manager.create(MeetingEntity, {
        ...draft,
        status: 'SCHEDULED',
        heldOn: null,
        attendees: [],
        participationCode: null,
        minutes: null,
        summaryForChild: null,
      }),
    );
  }

  async markHeld(manager: EntityManager, meetingId: string, held: Pick<MeetingEntity, 'heldOn' | 'attendees' | 'participationCode'>): Promise<void> {
    await manager.update(MeetingEntity, { id: meetingId }, { status: 'HELD', ...held });
  }

  async markCompleted(manager: EntityManager, meetingId: string, completed: Pick<MeetingEntity, 'minutes' | 'summaryForChild'>): Promise<void> {
    await manager.update(MeetingEntity, { id: meetingId }, { status: 'COMPLETED', ...completed });
  }

  /** The advocate's name and user, for the invitees and the chair check. */
  async advocateUser(manager: EntityManager, advocateId: string): Promise<AdvocateUserRow | undefined> {
    return sqlRow<AdvocateUserRow>(manager, `SELECT u.display_name, u.id AS user_id FROM advocates a JOIN users u ON u.id = a.user_id WHERE a.id = $1`, [
      advocateId,
    ]);
  }

  async chairName(manager: EntityManager, chairStaffId: string): Promise<string | undefined> {
    return (await sqlRow<{ full_name: string }>(manager, `SELECT full_name FROM la_staff WHERE id = $1`, [chairStaffId]))?.full_name;
  }

  /** The child's meetings, newest first. */
  async ofChild(manager: EntityManager, childId: string): Promise<ChildMeetingRow[]> {
    return sqlRows<ChildMeetingRow>(
      manager,
      `SELECT id, to_char(scheduled_on, 'YYYY-MM-DD') AS scheduled_on, to_char(held_on, 'YYYY-MM-DD') AS held_on, status, participation_code
           FROM meetings WHERE child_id = $1 ORDER BY scheduled_on DESC, created_at DESC`,
      [childId],
    );
  }

  /** The LA's meetings scheduled or held but not completed, soonest first. */
  async toChair(manager: EntityManager, localAuthorityId: string): Promise<MeetingToChairRow[]> {
    return sqlRows<MeetingToChairRow>(
      manager,
      `SELECT m.id, m.child_id, c.given_name || ' ' || c.family_name AS child_name, to_char(m.scheduled_on, 'YYYY-MM-DD') AS scheduled_on, m.status
         FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE c.local_authority_id = $1 AND m.status IN ('SCHEDULED', 'HELD') ORDER BY m.scheduled_on, m.id`,
      [localAuthorityId],
    );
  }

  /** The child's schedule row; undefined when the child has no open period of care. */
  async scheduleOf(manager: EntityManager, childId: string): Promise<ScheduleRow | undefined> {
    return sqlRow<ScheduleRow>(manager, `${SCHEDULE_SELECT} WHERE c.id = $1 GROUP BY c.id, e.start_date, e.placement_type`, [childId]);
  }

  /** The schedule rows of the children in a scope: a condition on `children c` with one parameter. */
  async schedulesIn(manager: EntityManager, scope: { where: string; param: string }): Promise<ScheduleRow[]> {
    return sqlRows<ScheduleRow>(manager, `${SCHEDULE_SELECT} WHERE ${scope.where} GROUP BY c.id, e.start_date, e.placement_type`, [scope.param]);
  }

  /** The decisions recorded at this meeting, oldest first. */
  async decisionsOf(manager: EntityManager, meetingId: string): Promise<DecisionRow[]> {
    return sqlRows<DecisionRow>(manager, `${DECISION_SELECT} WHERE d.meeting_id = $1 ORDER BY d.recorded_at, d.id`, [meetingId]);
  }

  /** The decisions recorded at any of the child's meetings, oldest first. */
  async decisionsOfChild(manager: EntityManager, childId: string): Promise<DecisionRow[]> {
    return sqlRows<DecisionRow>(manager, `${DECISION_SELECT} JOIN meetings m ON m.id = d.meeting_id WHERE m.child_id = $1 ORDER BY d.recorded_at, d.id`, [
      childId,
    ]);
  }

  async decisionExists(manager: EntityManager, meetingId: string, text: string): Promise<boolean> {
    return manager.existsBy(MeetingDecisionEntity, { meetingId, text });
  }

  async insertDecision(manager: EntityManager, draft: DecisionDraft): Promise<void> {
    await manager.insert(MeetingDecisionEntity, { ...draft });
  }

  /** Returns the new view's id. */
  async insertView(manager: EntityManager, draft: ViewDraft): Promise<string> {
    const id = randomUUID();
    await manager.insert(ChildViewEntity, { id, ...draft });
    return id;
  }

  /**
   * The one read of `child_views` for a meeting: an LA user gets a view only while it is shareable and its
   * sharing has not been withdrawn. Oldest first.
   */
  async views(manager: EntityManager, meetingId: string, audience: ViewAudience): Promise<ChildViewType[]> {
    const rows = await sqlRows<ViewRow>(
      manager,
      `SELECT v.id, v.kind, v.text, v.shareable, v.sharing_withdrawn_at, u.display_name AS sharing_withdrawn_by
         FROM child_views v LEFT JOIN users u ON u.id = v.sharing_withdrawn_by_user_id
        WHERE v.meeting_id = $1 AND (NOT $2 OR (v.shareable AND v.sharing_withdrawn_at IS NULL))
        ORDER BY v.recorded_at, v.id`,
      [meetingId, audience.onlyShared],
    );
    return rows.map((r) => {
      const allowedCommands = allowedChildViewCommands({ shareable: r.shareable, sharingWithdrawn: r.sharing_withdrawn_at !== null }, audience.caller);
      return {
        id: r.id,
        kind: r.kind,
        text: r.text,
        shareable: r.shareable,
        sharingWithdrawnAt: r.sharing_withdrawn_at,
        sharingWithdrawnBy: r.sharing_withdrawn_by,
        canWithdrawSharing: allowedCommands.includes('WITHDRAW_SHARING'),
        allowedCommands,
      };
    });
  }

  async viewToWithdraw(manager: EntityManager, viewId: string): Promise<ViewToWithdrawRow | undefined> {
    return sqlRow<ViewToWithdrawRow>(
      manager,
      `SELECT v.id, v.meeting_id, m.child_id, v.shareable, v.sharing_withdrawn_at FROM child_views v JOIN meetings m ON m.id = v.meeting_id WHERE v.id = $1`,
      [viewId],
    );
  }

  /** Withdraws the sharing of a shared view not withdrawn yet; false when it changed nothing (one of two simultaneous withdrawals wins). */
  async withdrawViewSharing(manager: EntityManager, viewId: string, at: Date, byUserId: string): Promise<boolean> {
    const withdrawn = await sqlRows<{ id: string }>(
      manager,
      `UPDATE child_views SET sharing_withdrawn_at = $2, sharing_withdrawn_by_user_id = $3
          WHERE id = $1 AND shareable AND sharing_withdrawn_at IS NULL RETURNING id`,
      [viewId, at, byUserId],
    );
    return withdrawn.length > 0;
  }

  /** The view's sharing now, read in a new statement (so it sees a withdrawal that has just won the race). */
  async viewSharing(manager: EntityManager, viewId: string): Promise<Pick<ViewToWithdrawRow, 'shareable' | 'sharing_withdrawn_at'> | undefined> {
    return sqlRow<Pick<ViewToWithdrawRow, 'shareable' | 'sharing_withdrawn_at'>>(
      manager,
      `SELECT shareable, sharing_withdrawn_at FROM child_views WHERE id = $1`,
      [viewId],
    );
  }
}

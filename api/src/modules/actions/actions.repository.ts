import { Injectable } from '@nestjs/common';
import type { ActionStatus } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';
import { MeetingActionEntity } from './meeting-action.entity';

/** An action as its reads show it, with the child's name. */
export interface ActionRow {
  id: string;
  what: string;
  owner: string;
  due_on: string;
  monitoring: string;
  status: ActionStatus;
  carry_overs: number;
  review_note: string | null;
  last_reviewed_meeting_id: string | null;
  child_id: string;
  child_name: string;
  meeting_id: string;
}

/** What a concern raised from an action needs to know of it. */
export interface ActionForConcernRow {
  child_id: string;
  status: string;
  carry_overs: number;
}

/** A new action agreed at a held meeting. */
export interface ActionDraft {
  childId: string;
  meetingId: string;
  what: string;
  owner: string;
  dueOn: string;
  monitoring: string;
}

/** An action's review at a later meeting: closed (done or not) or carried over. */
export interface ActionReview {
  status: MeetingActionEntity['status'];
  carryOvers: number;
  lastReviewedMeetingId: string;
  reviewNote: string | null;
}

const ACTION_SELECT = `SELECT a.id, a.what, a.owner, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.monitoring, a.status, a.carry_overs,
  a.review_note, a.last_reviewed_meeting_id, a.child_id, a.meeting_id, c.given_name || ' ' || c.family_name AS child_name
  FROM meeting_actions a JOIN children c ON c.id = a.child_id`;

/** Owns: meeting_actions. Meetings read them and escalations lock one (to raise a concern from it) through here. */
@Injectable()
export class ActionsRepository {
  /** The actions agreed at this meeting, by due date. */
  ofMeeting(manager: EntityManager, meetingId: string): Promise<ActionRow[]> {
    return this.select(manager, 'a.meeting_id = $1', [meetingId]);
  }

  /** The child's actions from earlier meetings that this meeting reviews: still open, or last reviewed at it. */
  toReviewAt(manager: EntityManager, childId: string, meetingId: string): Promise<ActionRow[]> {
    return this.select(manager, `a.child_id = $1 AND a.meeting_id <> $2 AND (a.status = 'OPEN' OR a.last_reviewed_meeting_id = $2)`, [childId, meetingId]);
  }

  /** Every action from the child's meetings. */
  ofChild(manager: EntityManager, childId: string): Promise<ActionRow[]> {
    return this.select(manager, 'a.child_id = $1', [childId]);
  }

  /** Open actions of the children in a scope: a condition on `children c` with one parameter. */
  openIn(manager: EntityManager, scope: { where: string; param: string }): Promise<ActionRow[]> {
    return this.select(manager, `a.status = 'OPEN' AND ${scope.where}`, [scope.param]);
  }

  async exists(manager: EntityManager, meetingId: string, what: string): Promise<boolean> {
    return manager.existsBy(MeetingActionEntity, { meetingId, what });
  }

  async insert(manager: EntityManager, draft: ActionDraft): Promise<void> {
    await manager.insert(MeetingActionEntity, { ...draft, status: 'OPEN', carryOvers: 0, lastReviewedMeetingId: null, reviewNote: null });
  }

  /** The action, its row locked for the rest of the transaction; null when there is none. */
  async lock(manager: EntityManager, actionId: string): Promise<MeetingActionEntity | null> {
    return manager.findOne(MeetingActionEntity, { where: { id: actionId }, lock: { mode: 'pessimistic_write' } });
  }

  async recordReview(manager: EntityManager, actionId: string, review: ActionReview): Promise<void> {
    await manager.update(MeetingActionEntity, { id: actionId }, { ...review });
  }

  /** The child's open actions from other meetings not yet reviewed at this one, oldest first. */
  async unreviewedAt(manager: EntityManager, childId: string, meetingId: string): Promise<Array<{ what: string }>> {
    return sqlRows<{ what: string }>(
      manager,
      `SELECT what FROM meeting_actions WHERE child_id = $1 AND meeting_id <> $2 AND status = 'OPEN'
            AND (last_reviewed_meeting_id IS DISTINCT FROM $2) ORDER BY created_at`,
      [childId, meetingId],
    );
  }

  /** Locks the action, so parallel concerns raised from it take turns; undefined when there is none. */
  async lockForConcern(manager: EntityManager, actionId: string): Promise<ActionForConcernRow | undefined> {
    return sqlRow<ActionForConcernRow>(manager, `SELECT child_id, status, carry_overs FROM meeting_actions WHERE id = $1 FOR UPDATE`, [actionId]);
  }

  private select(manager: EntityManager, where: string, params: unknown[]): Promise<ActionRow[]> {
    return sqlRows<ActionRow>(manager, `${ACTION_SELECT} WHERE ${where} ORDER BY a.due_on, a.created_at`, params);
  }
}

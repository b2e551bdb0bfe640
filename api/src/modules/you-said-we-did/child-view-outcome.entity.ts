import type { ViewOutcome } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingActionEntity } from '../actions/meeting-action.entity';
import { ChildViewEntity } from '../meetings/child-view.entity';
import { MeetingDecisionEntity } from '../meetings/meeting-decision.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * "You said, we did": what became of one thing the child said or asked for (a recorded child view), the decision or
 * action that answered it, and whether the child agreed it may be shown on their printed page. A view without a row
 * is still open. `version` counts the saves, so two advocates' saves from the same version cannot both win.
 */
@Entity({ name: 'child_view_outcomes' })
@Check('child_view_outcomes_outcome_valid', `"outcome" IN ('OPEN', 'DONE', 'PARTLY', 'NOT_DONE')`)
@Check('child_view_outcomes_reason_given', `"outcome" NOT IN ('PARTLY', 'NOT_DONE') OR "reason" IS NOT NULL`)
export class ChildViewOutcomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('child_view_outcomes_view_unique', { unique: true })
  @Column({ name: 'view_id', type: 'uuid' })
  viewId!: string;

  @ManyToOne(() => ChildViewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'view_id' })
  view?: ChildViewEntity;

  @Column({ name: 'raised_at_meeting_id', type: 'uuid' })
  raisedAtMeetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raised_at_meeting_id' })
  raisedAtMeeting?: MeetingEntity;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => MeetingDecisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id' })
  decision?: MeetingDecisionEntity;

  @Column({ name: 'action_id', type: 'uuid', nullable: true })
  actionId!: string | null;

  @ManyToOne(() => MeetingActionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_id' })
  action?: MeetingActionEntity;

  @Column({ type: 'text' })
  outcome!: ViewOutcome;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Themes from the taxonomy concerns use (none is fine), counted by live themes on the meeting's date. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ name: 'show_to_child', type: 'boolean', default: false })
  showToChild!: boolean;

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

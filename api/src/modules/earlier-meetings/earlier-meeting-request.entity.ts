import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EarlierMeetingAnswer } from '@heard/domain';
import { ChildEntity } from '../children/child.entity';
import { ConcernEntity } from '../escalations/concern.entity';
import { UserEntity } from '../users/user.entity';

/** An advocate's request for an earlier meeting; the LA answers within a number of working days. One open per child. */
@Entity({ name: 'earlier_meeting_requests' })
@Check('earlier_meeting_requests_answer_valid', `"answer" IS NULL OR "answer" IN ('AGREED', 'DECLINED')`)
@Index('earlier_meeting_requests_one_open', ['childId'], { unique: true, where: 'answer IS NULL' })
export class EarlierMeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('earlier_meeting_requests_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'requested_by_user_id', type: 'uuid' })
  requestedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: UserEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  @Column({ name: 'answer_due_by', type: 'date' })
  answerDueBy!: string;

  @Column({ name: 'answer_due_explanation', type: 'text' })
  answerDueExplanation!: string;

  @Column({ type: 'text', nullable: true })
  answer!: EarlierMeetingAnswer | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  /** When the agreed meeting is (or will be) held. */
  @Column({ name: 'meeting_on', type: 'date', nullable: true })
  meetingOn!: string | null;

  @Column({ name: 'answer_reasons', type: 'text', nullable: true })
  answerReasons!: string | null;

  @Column({ name: 'answered_by_user_id', type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_user_id' })
  answeredBy?: UserEntity;

  /** The concern raised because the request went unanswered (once). */
  @Index('earlier_meeting_requests_concern_uq', { unique: true })
  @Column({ name: 'concern_id', type: 'uuid', nullable: true })
  concernId!: string | null;

  @ManyToOne(() => ConcernEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

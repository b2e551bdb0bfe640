import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ConcernEntity } from '../escalations/concern.entity';
import { MeetingDecisionEntity } from '../meetings/meeting-decision.entity';
import { UserEntity } from '../users/user.entity';

/**
 * What became of a meeting's decision: the date it is to be implemented by (set by the LA), and then either
 * implemented or challenged by the LA with reasons (never both). An unchallenged decision not implemented by its
 * date can be escalated once: `concern_id` links the concern it became.
 */
@Entity({ name: 'decision_follow_through' })
@Check('decision_follow_through_one_outcome', `"implemented_on" IS NULL OR "challenged_on" IS NULL`)
@Check('decision_follow_through_challenge_has_reasons', `"challenged_on" IS NULL OR "challenge_reasons" IS NOT NULL`)
export class DecisionFollowThroughEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @OneToOne(() => MeetingDecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: MeetingDecisionEntity;

  @Column({ name: 'implement_by', type: 'date', nullable: true })
  implementBy!: string | null;

  @Column({ name: 'implemented_on', type: 'date', nullable: true })
  implementedOn!: string | null;

  @Column({ name: 'implemented_by_user_id', type: 'uuid', nullable: true })
  implementedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'implemented_by_user_id' })
  implementedBy?: UserEntity;

  @Column({ name: 'challenged_on', type: 'date', nullable: true })
  challengedOn!: string | null;

  @Column({ name: 'challenge_reasons', type: 'text', nullable: true })
  challengeReasons!: string | null;

  @Column({ name: 'challenged_by_user_id', type: 'uuid', nullable: true })
  challengedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'challenged_by_user_id' })
  challengedBy?: UserEntity;

  /** The concern the advocate escalated the unimplemented decision to; at most one. */
  @Index('decision_follow_through_concern_uq', { unique: true })
  @Column({ name: 'concern_id', type: 'uuid', nullable: true })
  concernId!: string | null;

  @ManyToOne(() => ConcernEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

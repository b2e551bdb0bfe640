import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { MeetingDecisionEntity } from '../meetings/meeting-decision.entity';
import { UserEntity } from '../users/user.entity';

/** The child's advocate told the child of a significant decision taken while the child was not there, and what they said. */
@Entity({ name: 'missed_decision_briefings' })
export class MissedDecisionBriefingEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @OneToOne(() => MeetingDecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: MeetingDecisionEntity;

  @Column({ name: 'told_on', type: 'date' })
  toldOn!: string;

  /** What the child said when told: the child's own words, read by the child's advocates only. */
  @Column({ name: 'child_said', type: 'text' })
  childSaid!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

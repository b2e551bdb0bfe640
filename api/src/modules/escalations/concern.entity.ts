import type { ConcernStage, ConcernStatus } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MeetingActionEntity } from '../actions/meeting-action.entity';
import { ChildEntity } from '../children/child.entity';
import { HomeRecommendationEntity } from '../home-visits/home-recommendation.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A concern an advocate raised about a child's plan or care, and where it stands on the ladder.
 * Its history is the append-only `concern_events`; these columns are the current state that
 * history leads to, kept for lists, deadlines and access checks.
 */
@Entity({ name: 'concerns' })
@Check('concerns_stage_valid', `"stage" IN ('INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CHILDRENS_COMMISSIONER', 'COURT')`)
@Check('concerns_status_valid', `"status" IN ('OPEN', 'RESOLVED', 'WITHDRAWN')`)
@Check('concerns_themes_not_empty', `cardinality("themes") > 0`)
@Index('concerns_open_deadline_idx', ['stageDeadline'], { where: `"status" = 'OPEN'` })
export class ConcernEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('concerns_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Index('concerns_local_authority_idx')
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ name: 'raised_by_user_id', type: 'uuid' })
  raisedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_user_id' })
  raisedBy?: UserEntity;

  /** The drifted meeting action this concern comes from, if any (one concern per action). */
  @Index('concerns_from_action_unique', { unique: true })
  @Column({ name: 'from_action_id', type: 'uuid', nullable: true })
  fromActionId!: string | null;

  @ManyToOne(() => MeetingActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_action_id' })
  fromAction?: MeetingActionEntity;

  /** The home-visit recommendation about this child that this concern comes from, if any. */
  @Index('concerns_from_recommendation_unique', { unique: true })
  @Column({ name: 'from_recommendation_id', type: 'uuid', nullable: true })
  fromRecommendationId!: string | null;

  @ManyToOne(() => HomeRecommendationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_recommendation_id' })
  fromRecommendation?: HomeRecommendationEntity;

  @Column({ name: 'what_is_wrong', type: 'text' })
  whatIsWrong!: string;

  @Column({ name: 'child_wants', type: 'text' })
  childWants!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column({ type: 'text' })
  stage!: ConcernStage;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ConcernStatus;

  @Column({ name: 'stage_entered_on', type: 'date' })
  stageEnteredOn!: string;

  @Column({ name: 'stage_deadline', type: 'date', nullable: true })
  stageDeadline!: string | null;

  @Column({ name: 'responded_at_stage', type: 'boolean', default: false })
  respondedAtStage!: boolean;

  @Column({ name: 'information_due_on', type: 'date', nullable: true })
  informationDueOn!: string | null;

  @Column({ type: 'boolean', default: false })
  triaged!: boolean;

  /** Set once the concern reaches the Children's Commissioner; from then on their staff can see it. */
  @Column({ name: 'reached_commissioner_on', type: 'date', nullable: true })
  reachedCommissionerOn!: string | null;

  /** The overdue deadline the job last notified people about (e.g. `TEAM_MANAGER:2025-03-10`), so it notifies once. */
  @Column({ name: 'overdue_notified_key', type: 'text', nullable: true })
  overdueNotifiedKey!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

/** A period the child is looked after (start, end, why it began, legal status, placement). */
@Entity({ name: 'care_episodes' })
@Check('care_episodes_end_after_start', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Index('care_episodes_one_open_per_child', ['childId'], { unique: true, where: '"end_date" IS NULL' })
export class CareEpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('care_episodes_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  /** SSDA903 RNE code, e.g. S (started to be looked after), P (placement change). */
  @Column({ name: 'reason_new_episode', type: 'text', nullable: true })
  reasonNewEpisode!: string | null;

  /** SSDA903 LS code, e.g. C2 (full care order), V2 (section 20). */
  @Column({ name: 'legal_status', type: 'text', nullable: true })
  legalStatus!: string | null;

  /** SSDA903 PLACE code, e.g. U1 (foster placement with relative or friend). */
  @Column({ name: 'placement_type', type: 'text', nullable: true })
  placementType!: string | null;

  /** SSDA903 REC code for why the episode ended. */
  @Column({ name: 'reason_ended', type: 'text', nullable: true })
  reasonEnded!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

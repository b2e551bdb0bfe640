import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { Ssda903ImportEntity } from '../imports/ssda903-import.entity';

/** The kinds of a missing-from-care episode (SSDA903 MISSING M and A). */
export const MISSING_EPISODE_KINDS = ['MISSING', 'AWAY'] as const;

/** An episode when the child was missing from their placement, or away from it without authorisation (the return's missing file). */
@Entity({ name: 'missing_episodes' })
@Check('missing_episodes_kind_valid', `"kind" IN ('MISSING', 'AWAY')`)
@Check('missing_episodes_end_after_start', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
@Index('missing_episodes_child_start_unique', ['childId', 'startedOn'], { unique: true })
export class MissingEpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text' })
  kind!: (typeof MISSING_EPISODE_KINDS)[number];

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  /** Null while the child is still missing. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  /** The import that recorded it. */
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;

  @ManyToOne(() => Ssda903ImportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'import_id' })
  import?: Ssda903ImportEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { ChildrenHomeEntity } from './children-home.entity';

/** A child living in a children's home, from a date until they leave. One open placement per child. */
@Entity({ name: 'placements' })
@Index('placements_one_open_per_child', ['childId'], { unique: true, where: '"end_date" IS NULL' })
@Check('placements_end_after_start', '"end_date" IS NULL OR "end_date" >= "start_date"')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Index('placements_home_idx')
  @Column({ name: 'home_id', type: 'uuid' })
  homeId!: string;

  @ManyToOne(() => ChildrenHomeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_id' })
  home?: ChildrenHomeEntity;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

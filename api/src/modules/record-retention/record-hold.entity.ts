import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A legal hold on a child's record: while it stands the record is kept whatever its retention date. Each hold
 * says why, who placed it and when, and once lifted, who lifted it, when and why. At most one stands per child.
 */
@Entity({ name: 'record_holds' })
@Index('record_holds_one_standing_uq', ['childId'], { unique: true, where: '"lifted_at" IS NULL' })
@Check('record_holds_lifted_whole', '("lifted_at" IS NULL) = ("lifted_on" IS NULL AND "lifted_by_user_id" IS NULL AND "lift_reason" IS NULL)')
export class RecordHoldEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('record_holds_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'placed_on', type: 'date' })
  placedOn!: string;

  @Column({ name: 'placed_by_user_id', type: 'uuid' })
  placedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placed_by_user_id' })
  placedBy?: UserEntity;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'lifted_on', type: 'date', nullable: true })
  liftedOn!: string | null;

  @Column({ name: 'lift_reason', type: 'text', nullable: true })
  liftReason!: string | null;

  @Column({ name: 'lifted_by_user_id', type: 'uuid', nullable: true })
  liftedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lifted_by_user_id' })
  liftedBy?: UserEntity;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;
}

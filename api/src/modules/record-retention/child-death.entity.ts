import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A child's date of death, where it applies: it decides how long their record is kept (reg 50). One row per
 * child; a correction overwrites it, and the audit trail keeps every earlier value and who recorded it.
 */
@Entity({ name: 'child_deaths' })
export class ChildDeathEntity {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @OneToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'date_of_death', type: 'date' })
  dateOfDeath!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SignificantChangeKind } from '@heard/domain';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/** A significant change in a child's life recorded outside a meeting by a manager of the child's LA. */
@Entity({ name: 'significant_changes' })
@Check('significant_changes_kind_valid', `"kind" IN ('PLACEMENT', 'LEGAL_STATUS', 'CARE_PLAN')`)
@Index('significant_changes_child_idx', ['childId', 'occurredOn'])
export class SignificantChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text' })
  kind!: SignificantChangeKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'what_changed', type: 'text' })
  whatChanged!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'offered_again', type: 'boolean', default: false })
  offeredAgain!: boolean;
}

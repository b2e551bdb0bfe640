import type { ContactKind } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One contact between an advocate and a child: how, when, and whether the child's own views were recorded
 * (which is what moves "last heard"). The private note is the advocate's: never shown to LA or Commissioner staff.
 */
@Entity({ name: 'child_contacts' })
@Check('child_contacts_kind_valid', `"kind" IN ('VISIT', 'CALL', 'VIDEO', 'MESSAGE', 'AT_MEETING', 'THROUGH_CARER')`)
@Index('child_contacts_child_occurred_idx', ['childId', 'occurredAt'])
export class ChildContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'advocate_user_id', type: 'uuid' })
  advocateUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_user_id' })
  advocate?: UserEntity;

  @Column({ type: 'text' })
  kind!: ContactKind;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'views_recorded', type: 'boolean' })
  viewsRecorded!: boolean;

  @Column({ name: 'private_note', type: 'text', default: '' })
  privateNote!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { CORRECTABLE_ITEM_KINDS, CORRECTION_KINDS, type CorrectableItemKind, type CorrectionKind, type Role } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A correction, or the child's statement that they disagree, added to one recorded item of a child's record.
 * The item itself is never changed: the correction is shown beside it. Append-only: the runtime role may only
 * insert (no UPDATE or DELETE), and a trigger refuses any change
 * to a stored row, whoever asks. Removal stays possible for the owner, for the retention rule's disposal of the whole record.
 */
@Entity({ name: 'record_corrections' })
@Check('record_corrections_item_kind_valid', `"item_kind" IN (${list(CORRECTABLE_ITEM_KINDS)})`)
@Check('record_corrections_kind_valid', `"kind" IN (${list(CORRECTION_KINDS)})`)
export class RecordCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('record_corrections_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind!: CorrectableItemKind;

  @Index('record_corrections_item_idx')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'text' })
  kind!: CorrectionKind;

  /** What is wrong and what is right, or what the child says, in the child's words. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @Column({ name: 'recorded_by_role', type: 'text' })
  recordedByRole!: Role;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ssda903ImportEntity } from './ssda903-import.entity';

export type RowOutcome = 'REJECTED' | 'SKIPPED' | 'WARNING';

/** A row an import could not take, skipped, or took with a warning: where it is and why, in words a person understands. */
@Entity({ name: 'ssda903_import_rejections' })
@Check('ssda903_import_rejections_outcome_valid', `"outcome" IN ('REJECTED', 'SKIPPED', 'WARNING')`)
@Index('ssda903_import_rejections_import_idx', ['importId', 'file', 'rowNumber'])
export class ImportRejectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => Ssda903ImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Ssda903ImportEntity;

  @Column({ type: 'text' })
  file!: string;

  /** The line in the file, counting the header line as 1. */
  @Column({ name: 'row_number', type: 'integer' })
  rowNumber!: number;

  @Column({ type: 'text' })
  column!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'REJECTED' })
  outcome!: RowOutcome;

  /** The kind of reason, whatever the row's values (a `FindingCode`); null for findings stored before kinds were. */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: string | null;

  /** The row's CHILD, when it had one that could be stored. */
  @Column({ name: 'child_ref', type: 'text', nullable: true })
  childRef!: string | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ssda903ImportEntity } from './ssda903-import.entity';

/** A row an import could not take, with where it is and why, in words a person understands. */
@Entity({ name: 'ssda903_import_rejections' })
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
}

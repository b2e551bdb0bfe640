import type { FileTotals } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

export interface ImportCounts {
  childrenCreated: number;
  childrenUpdated: number;
  childrenUnchanged: number;
  periodsOfCare: number;
  childrenAssigned: number;
  childrenQueued: number;
  assignmentsEnded: number;
  meetingsRecorded: number;
  shortBreaksSkipped: number;
  rowsRead: number;
  rowsRejected: number;
  /** Absent from imports before Step 14. */
  rowsSkipped?: number;
  warnings?: number;
  /** Each file's rows read, imported, skipped and rejected. */
  files?: FileTotals[];
  /** The open offers of the children this import gave an advocate, as it finished; absent from imports before the summary. */
  offersDue?: { count: number; earliest: string | null; latest: string | null };
}

/** One upload of an LA's SSDA903 return (header, episodes, reviews), its progress and result. */
@Entity({ name: 'ssda903_imports' })
@Check('ssda903_imports_status_valid', `"status" IN ('RUNNING', 'COMPLETED', 'FAILED')`)
@Index('ssda903_imports_la_idx', ['localAuthorityId', 'startedAt'])
export class Ssda903ImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ name: 'imported_by_user_id', type: 'uuid' })
  importedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imported_by_user_id' })
  importedBy?: UserEntity;

  @Column({ type: 'text', default: 'RUNNING' })
  status!: 'RUNNING' | 'COMPLETED' | 'FAILED';

  /** SHA-256 of the three files, to say when the same return is imported again. */
  @Column({ type: 'text' })
  checksum!: string;

  @Column({ name: 'children_total', type: 'integer', default: 0 })
  childrenTotal!: number;

  @Column({ name: 'children_done', type: 'integer', default: 0 })
  childrenDone!: number;

  @Column({ type: 'jsonb', nullable: true })
  counts!: ImportCounts | null;

  @Column({ name: 'failure', type: 'text', nullable: true })
  failure!: string | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** The API process running the import (see ImportLiveness); null for imports from before processes claimed them. */
  @Column({ name: 'claimed_by', type: 'text', nullable: true })
  claimedBy!: string | null;

  /** Renewed while the claiming process runs the import: a RUNNING import whose heartbeat stopped was interrupted. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;
}

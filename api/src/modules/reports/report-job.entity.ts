import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * A queued report generation. Workers claim the oldest QUEUED job (or a RUNNING one whose worker
 * stopped sending heartbeats, e.g. after a restart) with FOR UPDATE SKIP LOCKED, so each job is
 * generated once however many API processes run.
 */
@Entity({ name: 'report_jobs' })
@Check('report_jobs_status_valid', `"status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Index('report_jobs_waiting_idx', ['createdAt'], { where: `"status" IN ('QUEUED', 'RUNNING')` })
export class ReportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

  /** 0 to 100. */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ name: 'requested_by_user_id', type: 'uuid' })
  requestedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: UserEntity;

  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId!: string | null;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

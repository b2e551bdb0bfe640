import type { ReportModel } from '@heard/report';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A generated report version: the national model and one per LA, with the checksum of the national HTML. */
@Entity({ name: 'annual_reports' })
@Index('annual_reports_year_version_unique', ['year', 'version'], { unique: true })
export class AnnualReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  version!: number;

  /** SHA-256 of the national report's HTML. */
  @Column({ type: 'text' })
  checksum!: string;

  @Column({ name: 'generated_by_user_id', type: 'uuid' })
  generatedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'generated_by_user_id' })
  generatedBy?: UserEntity;

  @Column({ type: 'jsonb' })
  national!: ReportModel;

  /** Each LA's section, by local authority id. */
  @Column({ name: 'by_local_authority', type: 'jsonb' })
  byLocalAuthority!: Record<string, ReportModel>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

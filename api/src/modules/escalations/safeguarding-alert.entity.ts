import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';
import { ConcernEntity } from './concern.entity';

/**
 * An immediate safeguarding concern: a concern that bypasses the ladder. Its steps are on the concern's
 * timeline (`concern_events`); these columns are the fast path's state: when the LA's contact must
 * acknowledge it by, whether they did, and whether Heard told the director and the Commissioner it was late.
 */
@Entity({ name: 'safeguarding_alerts' })
@Index('safeguarding_alerts_waiting_idx', ['dueAt'], { where: `"acknowledged_at" IS NULL AND "escalated_at" IS NULL` })
export class SafeguardingAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('safeguarding_alerts_concern_unique', { unique: true })
  @Column({ name: 'concern_id', type: 'uuid' })
  concernId!: string;

  @ManyToOne(() => ConcernEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;

  @Index('safeguarding_alerts_local_authority_idx')
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** Who was told, as they were named when it was raised (null: no contact was set, the LA's managers were told). */
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by_user_id', type: 'uuid', nullable: true })
  acknowledgedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledged_by_user_id' })
  acknowledgedBy?: UserEntity;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

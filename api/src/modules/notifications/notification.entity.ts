import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * An in-app notification. `dedupeKey` is unique per user, so the same fact (say, a missed
 * deadline) is never notified twice, however many API processes notice it at once.
 */
@Entity({ name: 'notifications' })
@Index('notifications_user_dedupe_unique', ['userId', 'dedupeKey'], { unique: true })
@Index('notifications_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  message!: string;

  /** Where in the portal the notification leads, e.g. `/advocate/concerns/<id>`. */
  @Column({ type: 'text' })
  link!: string;

  @Column({ name: 'concern_id', type: 'uuid', nullable: true })
  concernId!: string | null;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/**
 * The transactional outbox: an email for each notification (and for people outside Heard, such as
 * a home's provider), written in the same transaction and
 * picked up by a mail sender (not part of Heard yet). `sent_at` stays null until then.
 */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_unsent_idx', ['createdAt'], { where: '"sent_at" IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The in-app notification this email repeats; null for an email to someone without an account (a home's provider). */
  @Column({ name: 'notification_id', type: 'uuid', unique: true, nullable: true })
  notificationId!: string | null;

  @OneToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  @Column({ type: 'text', default: 'EMAIL' })
  channel!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A file sent with the email (a meeting invitation's calendar file), its name and MIME type; null when there is none. */
  @Column({ name: 'attachment_name', type: 'text', nullable: true })
  attachmentName!: string | null;

  @Column({ name: 'attachment_content_type', type: 'text', nullable: true })
  attachmentContentType!: string | null;

  @Column({ type: 'text', nullable: true })
  attachment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}

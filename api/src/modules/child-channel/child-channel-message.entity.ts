import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { ChildChannelLinkEntity } from './child-channel-link.entity';

/** Something a child sent from their page: a message, a request to be called, or "I don't feel safe right now". */
@Entity({ name: 'child_channel_messages' })
@Index('child_channel_messages_by_child', ['childId', 'sentAt'])
@Index('child_channel_messages_awaiting_reply', ['replyDueAt'], { where: '"replied_at" IS NULL AND "overdue_flagged_at" IS NULL' })
@Check('child_channel_messages_kind', `"kind" IN ('MESSAGE', 'CALL_ME', 'NOT_SAFE')`)
@Check('child_channel_messages_reply_method', `"reply_method" IS NULL OR "reply_method" IN ('CALL', 'VISIT', 'MESSAGE')`)
@Check('child_channel_messages_replied_with_method', `("replied_at" IS NULL) = ("reply_method" IS NULL)`)
export class ChildChannelMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId!: string;

  @ManyToOne(() => ChildChannelLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id' })
  link?: ChildChannelLinkEntity;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'call_time', type: 'text', nullable: true })
  callTime!: string | null;

  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'reply_due_at', type: 'timestamptz' })
  replyDueAt!: Date;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Column({ name: 'replied_by_user_id', type: 'uuid', nullable: true })
  repliedByUserId!: string | null;

  @Column({ name: 'reply_method', type: 'text', nullable: true })
  replyMethod!: string | null;

  @Column({ name: 'reply_note', type: 'text', nullable: true })
  replyNote!: string | null;

  /** When the reply-overdue job flagged the message to the advocate (once). */
  @Column({ name: 'overdue_flagged_at', type: 'timestamptz', nullable: true })
  overdueFlaggedAt!: Date | null;
}

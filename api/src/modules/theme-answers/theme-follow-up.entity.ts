import type { ThemeFollowUpState } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ThemeRequestEntity } from './theme-request.entity';

/** One action the LA committed to after answering a theme: an owner, a due date, tracked from open to done. */
@Entity({ name: 'theme_follow_ups' })
@Check('theme_follow_ups_state_valid', `"state" IN ('OPEN', 'DONE')`)
@Check('theme_follow_ups_done_when_completed', `("state" = 'DONE') = ("completed_at" IS NOT NULL)`)
export class ThemeFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('theme_follow_ups_request_idx')
  @Column({ name: 'theme_request_id', type: 'uuid' })
  themeRequestId!: string;

  @ManyToOne(() => ThemeRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_request_id' })
  themeRequest?: ThemeRequestEntity;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'OPEN' })
  state!: ThemeFollowUpState;

  @Column({ name: 'added_by_user_id', type: 'uuid' })
  addedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_user_id' })
  addedBy?: UserEntity;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completed_by_user_id', type: 'uuid', nullable: true })
  completedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by_user_id' })
  completedBy?: UserEntity;
}

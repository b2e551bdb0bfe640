import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ConcernEntity } from './concern.entity';

export interface EvidenceItem {
  text: string;
  url: string | null;
}

/**
 * One immutable step in a concern's history: who, when, what was asked, the answer and the
 * evidence. The database refuses to change or delete a row. `audience` lists the roles that may
 * read it: an advocate's confidential note is for advocates only, the Commissioner's triage
 * notes are not for the LA.
 */
@Entity({ name: 'concern_events' })
@Index('concern_events_sequence_unique', ['concernId', 'sequence'], { unique: true })
export class ConcernEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'concern_id', type: 'uuid' })
  concernId!: string;

  @ManyToOne(() => ConcernEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  kind!: string;

  /** The stage the concern was at after this step. */
  @Column({ type: 'text' })
  stage!: string;

  /** Null for steps Heard records itself, such as a missed deadline. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: UserEntity;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ type: 'text', nullable: true })
  asked!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: EvidenceItem[];

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: Record<string, string | string[] | boolean | null>;

  @Column({ type: 'text', array: true })
  audience!: string[];

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}

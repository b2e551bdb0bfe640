import { Inject, Injectable } from '@nestjs/common';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/request/request-context';
import { sqlRow, sqlRows } from '../../database/sql';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';

export const CHILD_VIEWS_CHANGED = 'childViewsChanged';

export const CHILD_VIEW_CHANGES = ['RECORDED', 'SHARING_WITHDRAWN'] as const;
export type ChildViewChange = (typeof CHILD_VIEW_CHANGES)[number];
export const ChildViewChangeEnum = Object.fromEntries(CHILD_VIEW_CHANGES.map((c) => [c, c])) as { [K in ChildViewChange]: K };
registerEnumType(ChildViewChangeEnum, { name: 'ChildViewChange', description: "What happened to one of the child's views for a meeting." });

/** A change to a meeting's child's views; read the meeting again for what the caller may now see. No view text travels. */
@ObjectType('ChildViewsChanged')
export class ChildViewsChangedType {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => ID)
  viewId!: string;

  @Field(() => ChildViewChangeEnum)
  change!: ChildViewChange;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

/** What is pushed, with who may receive it: decided when published, so the filter needs no query. */
export interface ChildViewsChangedPayload {
  update: ChildViewsChangedType;
  localAuthorityId: string;
  /** The child's current advocates, who see every view. */
  advocateUserIds: string[];
  /** The view is (or, for a withdrawal, was) shared with the LA, whose managers see it on the meeting. */
  sharedWithLa: boolean;
}

/** Exactly those who may read the view on the meeting: the child's current advocate, and the LA's managers for a shared view. */
export function mayReceiveViewChange(payload: ChildViewsChangedPayload, caller: Caller | undefined, meetingId: string): boolean {
  if (caller === undefined || payload.update.meetingId !== meetingId) return false;
  switch (caller.role) {
    case 'ADVOCATE':
      return payload.advocateUserIds.includes(caller.userId);
    case 'LA_MANAGER':
      return payload.sharedWithLa && caller.localAuthorityId === payload.localAuthorityId;
    default:
      return false;
  }
}

/** Publishes a change to a meeting's views once it is committed, to the meeting's subscribers who may see it. */
@Injectable()
export class ChildViewUpdates {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  async publish(meetingId: string, viewId: string, change: ChildViewChange, sharedWithLa: boolean): Promise<void> {
    const child = await sqlRow<{ child_id: string; local_authority_id: string }>(
      this.dataSource,
      `SELECT c.id AS child_id, c.local_authority_id FROM meetings m JOIN children c ON c.id = m.child_id WHERE m.id = $1`,
      [meetingId],
    );
    if (child === undefined) return;
    const advocates = await sqlRows<{ user_id: string }>(
      this.dataSource,
      `SELECT adv.user_id FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = $1 AND s.ended_on IS NULL`,
      [child.child_id],
    );
    const payload: ChildViewsChangedPayload = {
      update: { meetingId, childId: child.child_id, viewId, change, at: new Date() },
      localAuthorityId: child.local_authority_id,
      advocateUserIds: advocates.map((a) => a.user_id),
      sharedWithLa,
    };
    await this.pubSub.publish(CHILD_VIEWS_CHANGED, { [CHILD_VIEWS_CHANGED]: payload });
  }
}

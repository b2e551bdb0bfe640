import { Injectable } from '@nestjs/common';
import { childChannelPath, replyDue, replyStatus, WorkingDayCalendar } from '@heard/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { hashToken } from './child-channel-public.service';
import { ChildChannelRepository, type MessageRow } from './child-channel.repository';
import type { MarkChildMessageRepliedInput } from './dto/child-channel.inputs';
import type { ChildChannelMessageType, ChildChannelNewLinkType, ChildChannelType } from './dto/child-channel.types';

/**
 * The advocate's side of a child's channel: only the child's current advocate makes or revokes the secret link,
 * reads the messages and records replies. Anyone else is FORBIDDEN (and the refusal audited).
 */
@Injectable()
export class ChildChannelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChildChannelRepository,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  /** A new link (any live one stops working): the token is returned this once; only its hash is kept. */
  async createLink(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildChannelNewLinkType> {
    return this.asAdvocate(caller, childId, async (manager) => {
      const token = randomBytes(24).toString('base64url');
      const link = await this.repository.replaceLink(manager, childId, hashToken(token), caller.userId);
      await this.audit.record(manager, {
        actor: caller,
        action: 'child_channel.link_created',
        entity: 'child',
        entityId: childId,
        meta,
        details: { linkId: link.id },
      });
      return { path: childChannelPath(token), createdAt: link.created_at };
    });
  }

  async revokeLink(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildChannelType> {
    await this.asAdvocate(caller, childId, async (manager) => {
      if (!(await this.repository.revokeLive(manager, childId, caller.userId)))
        throw new DomainException('CONFLICT', 'This child has no link to stop: it was already stopped.');
      await this.audit.record(manager, { actor: caller, action: 'child_channel.link_revoked', entity: 'child', entityId: childId, meta });
    });
    return this.channel(caller, childId, meta);
  }

  async channel(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildChannelType> {
    return this.asAdvocate(caller, childId, async (manager) => {
      const link = await this.repository.liveLink(manager, childId);
      const messages = (await this.repository.messagesOf(manager, childId)).map((m) => this.view(m));
      await this.audit.record(manager, { actor: caller, action: 'child_channel.messages_read', entity: 'child', entityId: childId, meta });
      return { liveLinkCreatedAt: link?.created_at ?? null, overdueCount: messages.filter((m) => m.replyStatus === 'OVERDUE').length, messages };
    });
  }

  /** Records how the advocate replied; a second reply (or the loser of two at once) is a CONFLICT. */
  async markReplied(caller: Caller, input: MarkChildMessageRepliedInput, meta: RequestMeta): Promise<ChildChannelMessageType> {
    const found = UUID.test(input.messageId) ? await this.repository.message(this.dataSource, input.messageId) : undefined;
    if (found === undefined) throw new DomainException('NOT_FOUND', 'No message with that id is in your caseload.');
    return this.asAdvocate(caller, found.child_id, async (manager) => {
      const note = (input.note ?? '').trim();
      const replied = await this.repository.markReplied(manager, {
        messageId: found.id,
        userId: caller.userId,
        method: input.method,
        note: note === '' ? null : note,
        at: this.clock.now(),
      });
      if (replied === undefined) throw new DomainException('CONFLICT', 'A reply to this message is already recorded.');
      await this.audit.record(manager, {
        actor: caller,
        action: 'child_channel.replied',
        entity: 'child',
        entityId: found.child_id,
        meta,
        details: { messageId: found.id, method: input.method },
      });
      return this.view(replied);
    });
  }

  private view(m: MessageRow): ChildChannelMessageType {
    return {
      id: m.id,
      kind: m.kind,
      text: m.text,
      callTime: m.call_time,
      urgent: m.urgent,
      sentAt: m.sent_at,
      replyDueAt: m.reply_due_at,
      replyDueSentence: replyDue(m.sent_at, this.calendar).sentence,
      replyStatus: replyStatus(m.reply_due_at, m.replied_at, this.clock.now()),
      repliedAt: m.replied_at,
      replyMethod: m.reply_method,
      replyNote: m.reply_note,
    };
  }

  private async asAdvocate<T>(caller: Caller, childId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(childId)) throw new DomainException('NOT_FOUND', 'No child with that id is in your caseload.');
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.access.isCurrentAdvocate(manager, caller, childId)))
        throw forbidden('Only the child’s current advocate can see and answer their messages.');
      return work(manager);
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

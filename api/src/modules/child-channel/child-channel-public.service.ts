import { Injectable } from '@nestjs/common';
import {
  CALL_TIME_MAX_LENGTH,
  CHILD_CHANNEL_LINK_GONE,
  CHILD_CHANNEL_TOKEN,
  CHILD_MESSAGE_MAX_LENGTH,
  childReplyPromise,
  firstNameOf,
  portalHome,
  replyDue,
  WorkingDayCalendar,
} from '@heard/domain';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { NotificationType } from '../notifications/dto/notification.type';
import { ChannelRateLimiter } from './channel-rate-limiter';
import { ChildChannelRepository, type LinkRow } from './child-channel.repository';
import type { ChildChannelPageType, ChildChannelSentType } from './dto/child-channel.types';
import type { SendChildChannelInput } from './dto/child-channel.inputs';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const gone = () => new DomainException('NOT_FOUND', CHILD_CHANNEL_LINK_GONE);

const NOTICES = {
  MESSAGE: 'A child sent you a message through their own page. Reply within one working day.',
  CALL_ME: 'A child asked you to call them, through their own page. Reply within one working day.',
  NOT_SAFE: 'URGENT: a child said they do not feel safe right now, through their own page. Act on it now.',
} as const;

/**
 * The child's side, with no account: the page shows only their advocate's first name; a send is stored, audited
 * and notified to the advocate at once. An unknown, revoked or malformed token is NOT_FOUND with the same kind words.
 */
@Injectable()
export class ChildChannelPublicService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChildChannelRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly limiter: ChannelRateLimiter,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  async page(token: string, meta: RequestMeta): Promise<ChildChannelPageType> {
    return this.dataSource.transaction(async (manager) => {
      const link = await this.live(manager, token);
      await this.record(manager, link, 'child_channel.page_read', meta);
      return { advocateFirstName: link.advocate_name === null ? null : firstNameOf(link.advocate_name) };
    });
  }

  async send(input: SendChildChannelInput, meta: RequestMeta): Promise<ChildChannelSentType> {
    const text = clean(input.text, CHILD_MESSAGE_MAX_LENGTH, 'text', 'Your message');
    const callTime = clean(input.callTime, CALL_TIME_MAX_LENGTH, 'callTime', 'When to call');
    if (input.kind === 'MESSAGE' && text === null) throw new DomainException('BAD_USER_INPUT', 'Write your message.', { field: 'text' });
    const now = this.clock.now();
    let pushed: NotificationType[] = [];
    const sent = await this.dataSource.transaction(async (manager): Promise<ChildChannelSentType | { limited: DomainException; link: LinkRow }> => {
      const link = await this.live(manager, input.token);
      // Counted only for a live link: the limit protects the child's advocate from floods; a 192-bit token cannot be guessed.
      // "I don't feel safe right now" is never held back: a child in danger must always get through.
      const limited = input.kind === 'NOT_SAFE' ? null : this.limiter.refusal(link.id, meta.clientAddress, now.getTime());
      if (limited !== null) return { limited, link };
      const urgent = input.kind === 'NOT_SAFE';
      const due = replyDue(now, this.calendar);
      const message = await this.repository.insertMessage(manager, {
        childId: link.child_id,
        linkId: link.id,
        kind: input.kind,
        text: input.kind === 'CALL_ME' && text === null ? null : text,
        callTime: input.kind === 'CALL_ME' ? callTime : null,
        urgent,
        sentAt: now,
        replyDueAt: due.dueAt,
      });
      await this.record(manager, link, urgent ? 'child_channel.urgent_raised' : 'child_channel.message_sent', meta, {
        messageId: message.id,
        kind: input.kind,
      });
      const recipients = await this.notifications.recipients(manager, { advocateOfChildId: link.child_id });
      pushed = await this.notifications.notify(manager, recipients, {
        kind: urgent ? 'CHILD_CHANNEL_URGENT' : 'CHILD_CHANNEL_MESSAGE',
        message: NOTICES[input.kind],
        childName: await this.repository.childName(manager, link.child_id),
        link: () => `${portalHome('ADVOCATE')}/children/${link.child_id}`,
        concernId: null,
        dedupeKey: `child-channel:${message.id}`,
      });
      // The safeguarding fast path (another feature) is not yet wired in: an urgent flag reaches the advocate only, and is audited.
      const name = link.advocate_name === null ? 'your advocate' : firstNameOf(link.advocate_name);
      const what = input.kind === 'CALL_ME' ? 'Your request for a call has gone to' : 'Your message has gone to';
      return { confirmation: `${what} ${name}. ${link.advocate_name === null ? 'They will reply soon.' : childReplyPromise(name, due.dueAt)}`, urgent };
    });
    if ('limited' in sent) {
      // The refusal is audited against the child, naming only the link (the child's words are not kept).
      await this.record(this.dataSource.manager, sent.link, 'child_channel.send_rate_limited', meta, { kind: input.kind, code: 'RATE_LIMITED' }, 'REFUSED');
      throw sent.limited;
    }
    await this.notifications.push(pushed);
    return sent;
  }

  /** The live link, or NOT_FOUND (which the refusal audit records, outside this rolled-back transaction). */
  private async live(manager: EntityManager, token: string): Promise<LinkRow & { advocate_name: string | null }> {
    const link = CHILD_CHANNEL_TOKEN.test(token) ? await this.repository.liveLinkByHash(manager, hashToken(token)) : undefined;
    if (link === undefined) throw gone();
    return link;
  }

  private async record(
    manager: EntityManager,
    link: LinkRow,
    action: string,
    meta: RequestMeta,
    details?: Record<string, string>,
    outcome?: 'REFUSED',
  ): Promise<void> {
    await this.audit.record(manager, {
      actor: null,
      action,
      outcome,
      entity: 'child',
      entityId: link.child_id,
      meta,
      details: { linkId: link.id, ...details },
    });
  }
}

/** Trimmed words, or null when blank; too long is BAD_USER_INPUT. */
function clean(value: string | null | undefined, max: number, field: string, label: string): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) return null;
  if (trimmed.length > max) throw new DomainException('BAD_USER_INPUT', `${label} must be ${max.toLocaleString('en-GB')} characters or fewer.`, { field });
  return trimmed;
}

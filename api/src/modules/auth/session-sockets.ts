import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ExecutionResult } from 'graphql';
import type { Context, OperationResult } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { bearerToken } from '../../common/guards/access.guard';
import type { RequestMeta } from '../../common/request/request-context';
import { type SubscriptionHooks, wsExtra } from '../../graphql/graphql-options.factory';
import { PUB_SUB, type HeardPubSub } from '../../graphql/pubsub';
import {
  CLOSE_SESSION_ENDED,
  CLOSE_SESSION_EXPIRED,
  SESSION_ENDED,
  SESSION_EXPIRED_CLOSE_REASON,
  type SessionEndReason,
  closeReason,
  isSessionEndedEvent,
} from './session-end';
import { SessionsService, systemMeta } from './sessions.service';
import { TokensService } from './tokens.service';

/** How often each process re-checks the sessions of its open sockets (catches changes nobody announced, such as a role edited in SQL). */
export const SESSION_CHECK_INTERVAL_MS = 5_000;

type WsContext = Context<Record<string, unknown> | undefined, unknown>;

interface Connection {
  socket: WebSocket;
  sessionId: string;
  /** When the access token the socket connected with expires (epoch ms; real time, as jsonwebtoken checks it). */
  expiresAtMs: number;
  timer: NodeJS.Timeout;
  closed: boolean;
}

/**
 * The graphql-ws connections of this process, by session. A connection is tied to the session and the
 * access token it connected with (graphql-ws has no re-authentication): it is closed with
 * CLOSE_SESSION_EXPIRED when that token expires, and with CLOSE_SESSION_ENDED when the session ends,
 * whichever process ends it (the end is announced through the PubSub). Every event is also re-checked
 * against the session before it is sent, and a timer re-checks every open session.
 */
@Injectable()
export class SessionSockets implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SessionSockets');
  private readonly bySocket = new Map<WebSocket, Connection>();
  private readonly bySession = new Map<string, Set<Connection>>();
  private subscriptionId: number | null = null;
  private checkTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sessions: SessionsService,
    private readonly tokens: TokensService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriptionId = await this.pubSub.subscribe(SESSION_ENDED, (payload) => {
      if (isSessionEndedEvent(payload)) for (const id of payload.sessionIds) this.closeSession(id, payload.reason);
    });
    this.checkTimer = setInterval(
      () => void this.checkAll().catch((error: unknown) => this.logger.error(`Session check failed: ${String(error)}`)),
      SESSION_CHECK_INTERVAL_MS,
    );
    this.checkTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.subscriptionId !== null) this.pubSub.unsubscribe(this.subscriptionId);
    if (this.checkTimer !== null) clearInterval(this.checkTimer);
    for (const connection of this.bySocket.values()) clearTimeout(connection.timer);
  }

  /** How many sockets of a session are open on this process. */
  openSockets(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  /** The graphql-ws server hooks that tie each connection to its session. */
  hooks(): SubscriptionHooks {
    return {
      onConnect: (ctx) => this.connect(ctx),
      onClose: (ctx) => this.forget(wsExtra(ctx.extra).socket),
      onOperation: (ctx, _id, _payload, _args, result) => this.gate(wsExtra(ctx.extra).socket, result),
    };
  }

  /** Re-checks every session with an open socket now; closes the ones that have ended or whose token expired. */
  async checkAll(): Promise<void> {
    const now = Date.now();
    for (const connection of [...this.bySocket.values()]) {
      if (now >= connection.expiresAtMs) this.close(connection, CLOSE_SESSION_EXPIRED, SESSION_EXPIRED_CLOSE_REASON);
    }
    const verdicts = await this.sessions.recheck([...this.bySession.keys()], systemMeta('session check'));
    for (const [id, verdict] of verdicts) if (!verdict.live) this.closeSession(id, verdict.reason);
  }

  /**
   * Accepts a connection without a token (its subscriptions are refused one by one, UNAUTHENTICATED);
   * closes one whose token has expired or is not valid (CLOSE_SESSION_EXPIRED: renew and reconnect) or
   * whose session has ended (CLOSE_SESSION_ENDED); ties any other to its session.
   */
  private async connect(ctx: WsContext): Promise<boolean> {
    const authorization = ctx.connectionParams?.['authorization'];
    const token = bearerToken(typeof authorization === 'string' ? authorization : undefined);
    if (token === undefined) return true;
    const { socket } = wsExtra(ctx.extra);
    const claims = this.tokens.verifyAccessToken(token);
    if (claims === undefined) {
      socket.close(CLOSE_SESSION_EXPIRED, SESSION_EXPIRED_CLOSE_REASON);
      return false;
    }
    const verdict = (await this.sessions.recheck([claims.sid], this.meta(ctx, 'subscription connect'))).get(claims.sid);
    if (verdict === undefined || !verdict.live) {
      socket.close(CLOSE_SESSION_ENDED, closeReason(verdict === undefined || verdict.live ? null : verdict.reason));
      return false;
    }
    const expiresAtMs = claims.exp * 1000;
    const timer = setTimeout(() => this.close(connection, CLOSE_SESSION_EXPIRED, SESSION_EXPIRED_CLOSE_REASON), Math.max(0, expiresAtMs - Date.now()));
    timer.unref();
    const connection: Connection = { socket, sessionId: claims.sid, expiresAtMs, closed: false, timer };
    this.bySocket.set(socket, connection);
    const ofSession = this.bySession.get(claims.sid) ?? new Set<Connection>();
    ofSession.add(connection);
    this.bySession.set(claims.sid, ofSession);
    return true;
  }

  /** Wraps a subscription's results so that nothing is sent once the session has ended or the token has expired. */
  private gate(socket: WebSocket, result: OperationResult): OperationResult | undefined {
    if (!isAsyncIterable(result)) return undefined;
    return gatedIterator(result, () => this.stillLive(socket));
  }

  private async stillLive(socket: WebSocket): Promise<boolean> {
    const connection = this.bySocket.get(socket);
    if (connection === undefined || connection.closed) return false;
    if (Date.now() >= connection.expiresAtMs) {
      this.close(connection, CLOSE_SESSION_EXPIRED, SESSION_EXPIRED_CLOSE_REASON);
      return false;
    }
    const verdict = (await this.sessions.recheck([connection.sessionId], systemMeta('subscription event'))).get(connection.sessionId);
    if (verdict !== undefined && verdict.live) return !connection.closed;
    this.closeSession(connection.sessionId, verdict === undefined || verdict.live ? null : verdict.reason);
    return false;
  }

  private closeSession(sessionId: string, reason: SessionEndReason | null): void {
    for (const connection of [...(this.bySession.get(sessionId) ?? [])]) this.close(connection, CLOSE_SESSION_ENDED, closeReason(reason));
  }

  private close(connection: Connection, code: number, reason: string): void {
    if (connection.closed) return;
    connection.closed = true;
    this.forget(connection.socket);
    connection.socket.close(code, reason);
  }

  private forget(socket: WebSocket): void {
    const connection = this.bySocket.get(socket);
    if (connection === undefined) return;
    clearTimeout(connection.timer);
    this.bySocket.delete(socket);
    const ofSession = this.bySession.get(connection.sessionId);
    ofSession?.delete(connection);
    if (ofSession?.size === 0) this.bySession.delete(connection.sessionId);
  }

  private meta(ctx: WsContext, operation: string): RequestMeta {
    return { ...systemMeta(operation), clientAddress: wsExtra(ctx.extra).request.socket.remoteAddress ?? null };
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The same results, each sent only if `allow()` says so when it arrives. Written out (not an async
 * generator) so that `return()` reaches the source at once, even while it waits for the next event.
 */
interface GatedResults extends AsyncIterableIterator<ExecutionResult> {
  return(value?: unknown): Promise<IteratorResult<ExecutionResult>>;
  throw(error: unknown): Promise<IteratorResult<ExecutionResult>>;
}

export function gatedIterator(source: AsyncIterable<ExecutionResult>, allow: () => Promise<boolean>): GatedResults {
  const iterator = source[Symbol.asyncIterator]();
  const finished = (value?: unknown): IteratorReturnResult<undefined> => ({ done: true, value: value as undefined });
  const gated: GatedResults = {
    async next() {
      for (;;) {
        const step = await iterator.next();
        if (step.done === true || (await allow())) return step;
      }
    },
    async return(value?: unknown) {
      await iterator.return?.();
      return finished(value);
    },
    async throw(error: unknown) {
      if (iterator.throw !== undefined) return iterator.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return gated;
    },
  };
  return gated;
}

import { type DestroyRef, Injectable, effect, inject } from '@angular/core';
import type { TypedDocumentString } from '@heard/graphql-types';
import type { Client } from 'graphql-ws/client';
import { SessionService } from '../auth/session.service';
import { SessionStore } from '../auth/session.store';
import { GRAPHQL_ENDPOINT } from './graphql.client';
import { sessionEndedByServer, shouldReconnect } from './socket-close';

/**
 * Live updates over graphql-ws on the same /graphql path. The access token goes in
 * connectionParams; the client loads lazily (it is not in the initial bundle), the socket opens on
 * the first subscription and closes when the session ends. The server closes a socket whose token
 * expires (SESSION_EXPIRED): graphql-ws retries, and each connection asks for a token that is fresh,
 * refreshing it first if need be, and subscribes again. A socket closed because the session ended on
 * the server (SESSION_ENDED) is not retried: the portal goes to sign-in.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  private readonly session = inject(SessionStore);
  private readonly sessions = inject(SessionService);
  private client: Promise<Client> | null = null;

  constructor() {
    effect(() => {
      if (this.session.accessToken() === null && this.client !== null) {
        const ending = this.client;
        this.client = null;
        void ending.then((c) => c.dispose());
      }
    });
  }

  /** Calls `onData` for every pushed result until the returned function is called or `destroyRef` is destroyed. */
  watch<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    onData: (data: TResult) => void,
    destroyRef?: DestroyRef,
  ): () => void {
    let stopped = false;
    let stop: () => void = () => undefined;
    void this.connection().then((client) => {
      if (stopped) return;
      stop = client.subscribe<TResult>(
        { query: document.toString(), variables },
        { next: (result) => result.data != null && onData(result.data), error: () => undefined, complete: () => undefined },
      );
    });
    const end = (): void => {
      stopped = true;
      stop();
    };
    destroyRef?.onDestroy(end);
    return end;
  }

  private connection(): Promise<Client> {
    this.client ??= import('graphql-ws/client').then(({ createClient }) =>
      createClient({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_ENDPOINT}`,
        connectionParams: async () => ({ authorization: `Bearer ${(await this.sessions.socketToken()) ?? ''}` }),
        lazy: true,
        retryAttempts: 20,
        shouldRetry: (event) => shouldReconnect(this.session.accessToken() !== null, event),
        on: {
          closed: (event) => {
            if (sessionEndedByServer(event)) void this.sessions.endedByServer();
          },
        },
      }),
    );
    return this.client;
  }
}

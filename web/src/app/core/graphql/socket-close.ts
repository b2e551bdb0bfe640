import { SOCKET_CLOSE } from '@heard/domain';

/** The close code of a graphql-ws close event, or null for anything else (a network error). */
export function closeCode(event: unknown): number | null {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : null;
}

/** Whether the server closed the socket because the session ended there: not retried, the user signs in again. */
export function sessionEndedByServer(event: unknown): boolean {
  return closeCode(event) === SOCKET_CLOSE.SESSION_ENDED;
}

/** A socket reconnects while the user is signed in, unless the server ended their session. */
export function shouldReconnect(signedIn: boolean, event: unknown): boolean {
  return signedIn && !sessionEndedByServer(event);
}

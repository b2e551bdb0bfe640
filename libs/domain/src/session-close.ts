/**
 * How the API closes a graphql-ws connection whose session is over (the contract between the API and
 * the portal; graphql-ws leaves 4400–4999 to applications, and the README lists these):
 * - SESSION_EXPIRED: the access token the socket connected with has expired. The session may be alive:
 *   renew the token (refreshSession) and connect again. graphql-ws's client does not treat this code
 *   as fatal (unlike its own 4401), so its retry reconnects, reading connectionParams afresh.
 * - SESSION_ENDED: the session has ended (signed out, idle, account locked or disabled, role changed,
 *   refresh token reused); the close reason says which. Renewing cannot help: sign in again.
 */
export const SOCKET_CLOSE = {
  SESSION_EXPIRED: 4419,
  SESSION_ENDED: 4403,
} as const;

import { closeCode, sessionEndedByServer, shouldReconnect } from './socket-close';

describe('live updates reconnect unless the session has ended', () => {
  it.each([
    [{ code: 4419, reason: 'Session expired' }, 4419],
    [{ code: 4403, reason: 'Session ended: signed out' }, 4403],
    [new Error('socket hang up'), null],
    [{ code: '4403' }, null],
    [null, null],
  ])('close code of %p is %p', (event, code) => {
    expect(closeCode(event)).toBe(code);
  });

  it.each([
    ['an expired token, signed in', true, { code: 4419 }, true],
    ['a network error, signed in', true, new Error('offline'), true],
    ['a session ended on the server', true, { code: 4403 }, false],
    ['after signing out', false, { code: 4419 }, false],
  ])('%s: reconnect is %p', (_what, signedIn, event, expected) => {
    expect(shouldReconnect(signedIn, event)).toBe(expected);
  });

  it('sends the user to sign in only when the server ended the session', () => {
    expect([sessionEndedByServer({ code: 4403 }), sessionEndedByServer({ code: 4419 }), sessionEndedByServer(undefined)]).toEqual([true, false, false]);
  });
});

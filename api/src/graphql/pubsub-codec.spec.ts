import { GraphQLISODateTime } from '@nestjs/graphql';
import { decodePayload, encodePayload, PayloadCodecError } from './pubsub-codec';

const roundTrip = (value: unknown): unknown => decodePayload(encodePayload(value));

describe('the PubSub payload codec (JSON that keeps Dates)', () => {
  it.each([
    [
      'concernUpdated',
      {
        concernUpdated: {
          update: { concernId: 'c-1', childId: 'ch-1', kind: 'RAISED', stage: 'INFORMAL', status: 'OPEN', at: new Date('2025-03-03T10:00:00.123Z') },
          localAuthorityId: 'la-1',
          advocateUserIds: ['u-1', 'u-2'],
          reachedCommissioner: false,
          audience: ['ADVOCATE', 'LA_MANAGER'],
        },
      },
    ],
    [
      'notificationAdded',
      {
        notificationAdded: {
          id: 'n-1',
          userId: 'u-1',
          kind: 'CONCERN_RAISED',
          message: 'Respond by 2025-03-10.',
          link: '/la/concerns/c-1',
          concernId: null,
          createdAt: new Date('2025-03-03T10:00:01.5Z'),
          read: false,
        },
      },
    ],
    ['sessionEvents', { sessionEvents: { kind: 'SIGNED_OUT', at: new Date('2024-12-31T23:59:59.999Z'), userId: 'u-1' } }],
    ['reportJobUpdated', { reportJobUpdated: { id: 'j-1', year: 2025, status: 'RUNNING', progress: 40, reportId: null, failure: null } }],
  ])('gives back a %s payload exactly, Dates as Dates', (_trigger, payload) => {
    const decoded = roundTrip(payload);
    expect(decoded).toEqual(payload);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(payload));
  });

  it("restores Dates that GraphQL's DateTime scalar serialises to the same instant on the receiving process", () => {
    const at = new Date('2025-03-03T10:00:00.123Z');
    const decoded = roundTrip({ sessionEvents: { at } }) as { sessionEvents: { at: unknown } };
    expect(decoded.sessionEvents.at).toBeInstanceOf(Date);
    expect(GraphQLISODateTime.serialize(decoded.sessionEvents.at)).toBe('2025-03-03T10:00:00.123Z');
    // Plain JSON would have given a string, which the scalar turns into null.
    expect(GraphQLISODateTime.serialize(JSON.parse(JSON.stringify({ at })).at)).toBeNull();
  });

  it('keeps Dates inside arrays and nested objects, and an invalid Date stays invalid', () => {
    const decoded = roundTrip({ hearings: [new Date('2026-01-05T09:30:00Z'), { on: new Date(0) }], broken: new Date('not a date') }) as {
      hearings: [Date, { on: Date }];
      broken: Date;
    };
    expect(decoded.hearings[0].toISOString()).toBe('2026-01-05T09:30:00.000Z');
    expect(decoded.hearings[1].on.getTime()).toBe(0);
    expect(decoded.broken).toBeInstanceOf(Date);
    expect(Number.isNaN(decoded.broken.getTime())).toBe(true);
  });

  it('never mistakes payload keys that start with "$" for a Date', () => {
    const payload = { $date: '2025-01-01T00:00:00.000Z', nested: { $$odd: 1, $date: { $date: 'x' } }, list: [{ $date: null }] };
    expect(roundTrip(payload)).toEqual(payload);
    expect(encodePayload({ $date: 'x' })).toBe('{"$$date":"x"}');
  });

  it('follows JSON.stringify for what JSON cannot hold', () => {
    const payload = { gone: undefined, fn: () => 1, list: [undefined, Number.NaN, Infinity, 'kept'], nothing: null, money: { toJSON: () => '12.50' } };
    expect(roundTrip(payload)).toEqual({ list: [null, null, null, 'kept'], nothing: null, money: '12.50' });
    expect(encodePayload(payload)).toBe(JSON.stringify(payload));
  });

  it('keeps text exactly, whatever its characters', () => {
    const text = 'Ça va? 🙂 "quoted" \\ back\nline \u0000 end';
    expect(roundTrip({ text })).toEqual({ text });
  });

  it('refuses bigints and payloads that refer to themselves, but allows the same object twice', () => {
    expect(() => encodePayload({ count: BigInt(1) })).toThrow(PayloadCodecError);
    const looped: { self?: unknown } = {};
    looped.self = looped;
    expect(() => encodePayload(looped)).toThrow('A published payload cannot refer to itself.');
    const shared = { at: new Date('2025-01-01T00:00:00Z') };
    expect(roundTrip({ a: shared, b: [shared] })).toEqual({ a: shared, b: [shared] });
  });
});

/**
 * The text form of a published event when it leaves the process (PostgreSQL NOTIFY): JSON that
 * keeps Dates. Plain JSON would turn every Date into a string, and GraphQL's DateTime scalar
 * serialises a string as null, so a receiving process could not send the event on. A Date is
 * written as {"$date": "<ISO 8601>"} (null for an invalid Date); any object key of the payload
 * that starts with "$" gets one more "$", so a payload can never be mistaken for a Date.
 * Everything else follows JSON.stringify: undefined, functions and symbols are dropped (null
 * inside arrays), non-finite numbers become null, and toJSON() is honoured.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DATE_KEY = '$date';

export class PayloadCodecError extends Error {
  override readonly name = 'PayloadCodecError';
}

export function encodePayload(value: unknown): string {
  return JSON.stringify(toWire(value, []) ?? null);
}

export function decodePayload(text: string): unknown {
  return fromWire(JSON.parse(text) as Json);
}

function toWire(value: unknown, ancestors: object[]): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') throw new PayloadCodecError('A published payload cannot hold a bigint: convert it to a string or a number first.');
  if (typeof value !== 'object') return undefined;
  if (value instanceof Date) return { [DATE_KEY]: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (ancestors.includes(value)) throw new PayloadCodecError('A published payload cannot refer to itself.');
  const inside = [...ancestors, value];
  if (Array.isArray(value)) return value.map((item: unknown) => toWire(item, inside) ?? null);
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return toWire((toJSON as () => unknown).call(value), inside);
  const out: Array<[string, Json]> = [];
  for (const [key, item] of Object.entries(value)) {
    const wire = toWire(item, inside);
    if (wire !== undefined) out.push([key.startsWith('$') ? `$${key}` : key, wire]);
  }
  return Object.fromEntries(out);
}

function fromWire(value: Json): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromWire);
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === DATE_KEY) {
    const iso = value[DATE_KEY];
    return new Date(typeof iso === 'string' ? iso : Number.NaN);
  }
  return Object.fromEntries(keys.map((key) => [key.startsWith('$$') ? key.slice(1) : key, fromWire(value[key] ?? null)]));
}

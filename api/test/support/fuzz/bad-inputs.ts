import {
  astFromValue,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
} from 'graphql';
import type { Prng } from '@heard/national-data';
import { fieldLabel } from '@heard/domain';

export type Kind = 'Query' | 'Mutation' | 'Subscription';
export type Variables = Record<string, unknown>;

/** What a case expects besides "no 5xx, no INTERNAL_SERVER_ERROR, no leak, nothing changed". */
export type Expectation =
  | { kind: 'refusedNaming'; code: string; status: number; mentions: string }
  | { kind: 'refused'; codes: readonly string[]; statuses: readonly number[] }
  | { kind: 'notSucceeded' };

export interface FuzzCase {
  op: `${Kind}.${string}`;
  what: string;
  query: string;
  variables: Variables;
  expect: Expectation;
}

/** A place in an operation's arguments that holds a leaf value. */
interface Leaf {
  path: Array<string | number>;
  type: GraphQLNamedType;
  required: boolean;
}

const DATE_FIELD = /(On|Dates)$|^dateOfBirth$/;
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE children; --",
  '1; SELECT pg_sleep(0)--',
  "\\' UNION SELECT password_hash FROM users --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%27%22',
] as const;
const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '0000-00-00',
  '1900-01-01',
  '2025-13-01',
  '2025-04-31',
  '9999-99-99',
  '2199-02-29',
  '1899-12-31',
  '20250101',
  '2025-1-1',
  ' 2025-01-01',
  '2025-01-01T00:00:00Z',
  '3 March',
];
const BAD_CHARACTERS: Array<[string, string]> = [
  ['a NUL', '\u0000'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate', '\uDE00'],
  ['a bell', '\u0007'],
  ['an escape', '\u001B'],
  ['a backspace', '\u0008'],
  ['a vertical tab', '\u000B'],
  ['a form feed', '\u000C'],
  ['a unit separator', '\u001F'],
];

function baseLeaf(type: GraphQLNamedType, name: string): unknown {
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (type.name === 'ID') return '00000000-0000-4000-8000-000000000000';
  if (type.name === 'Int') return 1;
  if (type.name === 'Float') return 1;
  if (type.name === 'Boolean') return true;
  if (DATE_FIELD.test(name)) return '2025-01-01';
  return 'x';
}

/** A well-formed value (dates are real dates, ids look like ids) so that one change is what is wrong. */
export function baseValue(type: GraphQLInputType, name: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [baseValue(nullable.ofType, name)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, baseValue(field.type, field.name)]));
  }
  return baseLeaf(getNamedType(nullable), name);
}

function leavesOf(type: GraphQLInputType, path: Array<string | number>, required: boolean, out: Leaf[]): void {
  const nullable = getNullableType(type);
  const isRequired = required && isNonNullType(type);
  if (isListType(nullable)) return leavesOf(nullable.ofType, [...path, 0], isRequired, out);
  if (isInputObjectType(nullable)) {
    // A field with a default value may be left out.
    for (const field of Object.values(nullable.getFields())) leavesOf(field.type, [...path, field.name], isRequired && field.defaultValue === undefined, out);
    return;
  }
  out.push({ path, type: getNamedType(nullable), required: isRequired });
}

/** Every name a message could use for something in these arguments: argument and input field names. */
export function namesIn(field: GraphQLField<unknown, unknown>): Set<string> {
  const names = new Set<string>();
  const walk = (type: GraphQLInputType, seen: Set<string>): void => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const inner of Object.values(named.getFields())) {
      names.add(inner.name);
      walk(inner.type, seen);
    }
  };
  for (const arg of field.args) {
    names.add(arg.name);
    walk(arg.type, new Set());
  }
  return names;
}

function setAt(target: Variables, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

function removeAt(target: Variables, path: ReadonlyArray<string | number>): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) delete node[last];
}

const isText = (leaf: Leaf): boolean => leaf.type.name === 'String' || leaf.type.name === 'ID';
const isDate = (leaf: Leaf): boolean => leaf.type.name === 'String' && DATE_FIELD.test(String(leaf.path.filter((p) => typeof p === 'string').pop()));
const pathName = (path: ReadonlyArray<string | number>): string => path.join('.');

function withBadCharacter(prng: Prng, text: string): { value: string; what: string } {
  const [what, character] = prng.pick(BAD_CHARACTERS);
  const at = prng.int(0, text.length);
  return { value: `${text.slice(0, at)}${character}${text.slice(at)}`, what };
}

function wrongTypeFor(prng: Prng, leaf: Leaf): unknown {
  if (leaf.type.name === 'String') return prng.pick([{ x: 1 }, 42, true, 1.5, [['nested']]]);
  if (leaf.type.name === 'ID') return prng.pick([{ x: 1 }, true, 1.5, [['nested']]]);
  if (leaf.type.name === 'Int') return prng.pick(['seven', 1.5, 2 ** 40, -(2 ** 40), true, { x: 1 }, '1']);
  if (leaf.type.name === 'Boolean') return prng.pick(['yes', 1, 'true', { x: 1 }]);
  return prng.pick(['NOT_A_VALUE', 5, 'drop table', { x: 1 }]);
}

export interface OperationInfo {
  op: `${Kind}.${string}`;
  kind: Kind;
  field: GraphQLField<unknown, unknown>;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function documentFor(info: OperationInfo, selection = selectionFor(info.field), extraRoot = ''): string {
  const { field, kind } = info;
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind.toLowerCase()} Fuzz${declared === '' ? '' : `(${declared})`} { ${field.name}${passed === '' ? '' : `(${passed})`}${selection}${extraRoot} }`;
}

function inlineDocument(info: OperationInfo, variables: Variables): string | null {
  const { field, kind } = info;
  const passed: string[] = [];
  for (const arg of field.args) {
    const ast = astFromValue(variables[arg.name], arg.type);
    if (ast === null || ast === undefined) return null;
    passed.push(`${arg.name}: ${print(ast)}`);
  }
  return `${kind.toLowerCase()} { ${field.name}${passed.length === 0 ? '' : `(${passed.join(', ')})`}${selectionFor(field)} }`;
}

/** A selection at least `depth` levels of objects deep from the field's type, when its type allows it. */
function deepSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number): string | null {
  const build = (type: GraphQLNamedType, left: number, seen: number): string | null => {
    if (left === 0) return ' { __typename }';
    if (!isObjectType(type)) return null;
    for (const child of Object.values(type.getFields())) {
      const named = getNamedType(child.type);
      if (!isObjectType(named) || child.args.length > 0 || seen > 40) continue;
      const inner = build(named, left - 1, seen + 1);
      if (inner !== null) return ` { ${child.name}${inner} }`;
    }
    return null;
  };
  void schema;
  return build(getNamedType(field.type), depth, 0);
}

const badInput = (mentions: string, status = 400): Expectation => ({ kind: 'refusedNaming', code: 'BAD_USER_INPUT', status, mentions });

/**
 * One generated bad request for the operation. Every case is wrong in at least one way that must be
 * refused before anything is stored, so no row may change, whoever sends it.
 */
export function generateCase(prng: Prng, schema: GraphQLSchema, info: OperationInfo, bodyLimitBytes: number): FuzzCase {
  const { field, op } = info;
  const leaves: Leaf[] = [];
  for (const arg of field.args) leavesOf(arg.type, [arg.name], true, leaves);
  const variables: Variables = Object.fromEntries(field.args.map((a) => [a.name, baseValue(a.type, a.name)]));
  const textLeaves = leaves.filter(isText);
  const dateLeaves = leaves.filter(isDate);
  const objectArgs = field.args.filter((a) => isInputObjectType(getNamedType(a.type)));
  const subscription = info.kind === 'Subscription';
  const overHttp: Expectation = { kind: 'refusedNaming', code: 'SUBSCRIPTION_OVER_HTTP', status: 400, mentions: 'WebSocket' };
  // A subscription over HTTP is refused as that before its arguments are looked at (but after parsing and validation).
  const make = (what: string, expect: Expectation, query = documentFor(info)): FuzzCase => ({
    op,
    what,
    query,
    variables,
    expect: subscription && expect.kind === 'refusedNaming' ? overHttp : expect,
  });

  const kinds = [
    'badCharacter',
    'badCharacterInline',
    'wrongType',
    'missing',
    'unknownField',
    'date',
    'huge',
    'injection',
    'deep',
    'aliases',
    'unknownArgument',
  ] as const;
  const choice = prng.pick(kinds);

  if ((choice === 'badCharacter' || choice === 'badCharacterInline') && textLeaves.length > 0) {
    const leaf = prng.pick(textLeaves);
    const { value, what } = withBadCharacter(prng, prng.pick(['Sibling contact stopped', 'x', '', ...INJECTIONS]));
    setAt(variables, leaf.path, value);
    const inline = choice === 'badCharacterInline' ? inlineDocument(info, variables) : null;
    if (inline === null)
      return make(`${what} in ${pathName(leaf.path)}`, badInput(`${fieldLabel(pathName(leaf.path))} contains a character that cannot be stored`));
    // GraphQL's own parser refuses a lone surrogate written into the document (naming where it is).
    const expect = /surrogate/.test(what)
      ? { kind: 'refusedNaming' as const, code: 'GRAPHQL_PARSE_FAILED', status: 400, mentions: 'Invalid character within String' }
      : subscription
        ? overHttp
        : badInput(`${fieldLabel(pathName(leaf.path))} contains a character that cannot be stored`);
    return { op, what: `${what} in ${pathName(leaf.path)}, written inline`, query: inline, variables: {}, expect };
  }
  if (choice === 'wrongType' && leaves.length > 0) {
    const leaf = prng.pick(leaves);
    const value = wrongTypeFor(prng, leaf);
    setAt(variables, leaf.path, value);
    return make(`${JSON.stringify(value)} for ${pathName(leaf.path)} (${leaf.type.name})`, badInput(`$${String(leaf.path[0])}`));
  }
  if (choice === 'missing' && leaves.some((l) => l.required)) {
    const leaf = prng.pick(leaves.filter((l) => l.required));
    if (prng.int(0, 1) === 0) removeAt(variables, leaf.path);
    else setAt(variables, leaf.path, null);
    return make(`no value for the required ${pathName(leaf.path)}`, badInput(`$${String(leaf.path[0])}`));
  }
  if (choice === 'unknownField' && objectArgs.length > 0) {
    const arg = prng.pick(objectArgs);
    setAt(variables, [arg.name, prng.pick(['__proto__x', 'isAdmin', 'role', 'zzz'])], prng.pick(INJECTIONS));
    return make(`an unknown field in ${arg.name}`, badInput(`$${arg.name}`));
  }
  if (choice === 'date' && dateLeaves.length > 0 && !subscription) {
    const leaf = prng.pick(dateLeaves);
    const name = String(leaf.path.filter((p) => typeof p === 'string').pop());
    // 1900-01-01 is too early for an event, but a real (if unlikely) date of birth.
    const date = prng.pick(IMPOSSIBLE_DATES.filter((d) => name !== 'dateOfBirth' || d !== '1900-01-01'));
    setAt(variables, leaf.path, date);
    return make(`the date ${JSON.stringify(date)} for ${pathName(leaf.path)}`, badInput(name));
  }
  if (choice === 'huge' && textLeaves.length > 0) {
    const leaf = prng.pick(textLeaves);
    const over = prng.int(0, 1) === 0;
    // Just under the limit (room left for the query and the rest of the JSON) or just over it.
    const size = over ? bodyLimitBytes + 1024 : bodyLimitBytes - 6 * 1024;
    const { value } = withBadCharacter(prng, 'a'.repeat(size));
    setAt(variables, leaf.path, value);
    const expect: Expectation = over
      ? { kind: 'refused', codes: [], statuses: [413] }
      : badInput(`${fieldLabel(pathName(leaf.path))} contains a character that cannot be stored`);
    return make(`a ${over ? 'too large' : 'just-under-the-limit'} string in ${pathName(leaf.path)}`, expect);
  }
  if (choice === 'injection' && textLeaves.length > 0) {
    for (const leaf of textLeaves) setAt(variables, leaf.path, prng.pick(INJECTIONS));
    // Nothing that names a record matches an injected id; where no id is required, a control character
    // elsewhere makes sure nothing is written even if the words alone would be accepted.
    const guarded = leaves.some((l) => l.required && l.type.name === 'ID');
    if (!guarded) {
      const leaf = prng.pick(textLeaves);
      setAt(variables, leaf.path, `${prng.pick(INJECTIONS)}\u0001`);
      return make(
        `injection strings everywhere, a control character in ${pathName(leaf.path)}`,
        badInput(`${fieldLabel(pathName(leaf.path))} contains a character that cannot be stored`),
      );
    }
    return make('injection strings in every text and id argument', { kind: 'notSucceeded' });
  }
  if (choice === 'deep') {
    const deep = deepSelection(schema, field, 12);
    if (deep !== null)
      return make('a selection 13 levels deep', { kind: 'refused', codes: ['GRAPHQL_VALIDATION_FAILED'], statuses: [400] }, documentFor(info, deep));
    const introspection =
      ' __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
    if (info.kind === 'Query')
      return make(
        'a deep introspection beside it',
        { kind: 'refused', codes: ['GRAPHQL_VALIDATION_FAILED'], statuses: [400] },
        documentFor(info, undefined, introspection),
      );
  }
  if (choice === 'aliases' || choice === 'deep') {
    const aliases = Array.from({ length: prng.int(21, 50) }, (_, i) => `a${i}: __typename`).join(' ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ` { ${aliases} }`;
    const extra = selection === '' ? ` ${aliases}` : '';
    return make('too many aliases', { kind: 'refused', codes: ['GRAPHQL_VALIDATION_FAILED'], statuses: [400] }, documentFor(info, selection, extra));
  }
  // An argument the field does not have (and, with none at all, the only thing left to get wrong).
  const query = `${info.kind.toLowerCase()} { ${field.name}(notAnArgument: ${JSON.stringify(prng.pick(INJECTIONS))})${selectionFor(field)} }`;
  return { op, what: 'an unknown argument', query, variables: {}, expect: { kind: 'refused', codes: ['GRAPHQL_VALIDATION_FAILED'], statuses: [400] } };
}

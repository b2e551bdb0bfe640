import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isLeafType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { dummyValue } from '../dummy-values';
import type { GraphqlTestClient } from '../graphql-client';
import type { Target, World } from './world';

export const CALLERS = ['ANONYMOUS', 'ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER', 'DATA_PROTECTION_OFFICER'] as const;
export type Caller = (typeof CALLERS)[number];

export const OK = 'OK';
export const U = 'UNAUTHENTICATED';
export const F = 'FORBIDDEN';
export const N = 'NOT_FOUND';
export const B = 'BAD_USER_INPUT';
export const C = 'CONFLICT';
export type Outcome = typeof OK | typeof U | typeof F | typeof N | typeof B | typeof C;

/**
 * One outcome per caller, in CALLERS order: ANONYMOUS, ADVOCATE, LA_MANAGER, COMMISSIONER_STAFF, ADMIN, PROVIDER_MANAGER,
 * DATA_PROTECTION_OFFICER.
 */
export type Outcomes = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export type Kind = 'Query' | 'Mutation' | 'Subscription';
export type Variables = Record<string, unknown>;

export interface CaseContext {
  w: World;
  target: Target;
  caller: Caller;
}

/** One entry per operation: adding an operation to the API means adding one of these. */
export interface OperationCase {
  op: `${Kind}.${string}`;
  /**
   * Arguments over the dummy values (an `input` object is merged field by field).
   * Called once per row, so it may create the record the row changes.
   */
  vars?: (ctx: CaseContext) => Variables | Promise<Variables>;
  /** Without a record: one row per caller. With one: `own` and `other` rows per caller. */
  expect: Outcomes | { own: Outcomes; other: Outcomes };
  /** Sign in anew for the row (logout, refreshSession): the shared sessions must survive. */
  freshSession?: boolean;
}

export interface Row {
  name: string;
  entry: OperationCase;
  caller: Caller;
  target: Target;
  expected: Outcome;
}

export function rowsOf(matrix: readonly OperationCase[]): Row[] {
  return matrix.flatMap((entry) => {
    const targets: Array<[Target, Outcomes]> =
      'own' in entry.expect
        ? [
            ['own', entry.expect.own],
            ['other', entry.expect.other],
          ]
        : [['own', entry.expect]];
    const withRecord = 'own' in entry.expect;
    return targets.flatMap(([target, outcomes]) =>
      CALLERS.map((caller, index) => ({
        name: `${entry.op} as ${caller}${withRecord ? ` on ${target === 'own' ? 'own' : "another's"} record` : ''}`,
        entry,
        caller,
        target,
        expected: outcomes[index] ?? OK,
      })),
    );
  });
}

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../../schema.gql'), 'utf8'));
}

export function rootOperations(schema: GraphQLSchema): string[] {
  const roots: Array<[Kind, ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) => Object.keys(type?.getFields() ?? {}).map((name) => `${kind}.${name}`)).sort();
}

function fieldOf(schema: GraphQLSchema, kind: Kind, name: string): GraphQLField<unknown, unknown> {
  const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const field = type?.getFields()[name];
  if (field === undefined) throw new Error(`${kind}.${name} is not in schema.gql`);
  return field;
}

/** The operation's document (selecting only __typename) and its variables: dummies overridden by the case. */
export async function documentFor(schema: GraphQLSchema, row: Row, w: World): Promise<{ query: string; variables: Variables }> {
  const [kind, name] = row.entry.op.split('.') as [Kind, string];
  const field = fieldOf(schema, kind, name);
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind.toLowerCase()}${declared === '' ? '' : `(${declared})`} { ${name}${passed === '' ? '' : `(${passed})`}${selection} }`;
  const overrides = (await row.entry.vars?.({ w, target: row.target, caller: row.caller })) ?? {};
  const variables: Variables = {};
  for (const arg of field.args) {
    const dummy = dummyValue(arg.type);
    const override = overrides[arg.name];
    variables[arg.name] =
      typeof dummy === 'object' && dummy !== null && !Array.isArray(dummy) && typeof override === 'object' && override !== null && !Array.isArray(override)
        ? { ...dummy, ...override }
        : (override ?? dummy);
  }
  return { query, variables };
}

const ACCOUNTS: Record<Exclude<Caller, 'ANONYMOUS'>, string> = {
  ADVOCATE: 'advocate@demo.heard',
  LA_MANAGER: 'manager@demo.heard',
  COMMISSIONER_STAFF: 'commissioner@demo.heard',
  ADMIN: 'admin@demo.heard',
  PROVIDER_MANAGER: 'provider@demo.heard',
  DATA_PROTECTION_OFFICER: 'dpo@demo.heard',
};

export async function clientFor(w: World, row: Row): Promise<GraphqlTestClient> {
  if (row.caller === 'ANONYMOUS') return w.api.client();
  if (row.entry.freshSession === true) return w.signIn(ACCOUNTS[row.caller]);
  const shared: Record<Exclude<Caller, 'ANONYMOUS'>, GraphqlTestClient> = {
    ADVOCATE: w.adv,
    LA_MANAGER: w.mgr,
    COMMISSIONER_STAFF: w.comm,
    ADMIN: w.admin,
    PROVIDER_MANAGER: w.pm,
    DATA_PROTECTION_OFFICER: w.dpo,
  };
  return shared[row.caller];
}

/** OK, or the error codes joined (an exact value: two different codes would show as both). */
export function outcomeOf(errors: ReadonlyArray<{ extensions?: { code?: unknown } }>): string {
  if (errors.length === 0) return OK;
  return [...new Set(errors.map((e) => String(e.extensions?.code)))].join(',');
}

/** Subscribes over graphql-ws: the first error's codes, or OK when nothing is refused within the wait. */
export function subscribeOutcome(url: string, token: string | undefined, query: string, variables: Variables, waitMs = 400): Promise<string> {
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  return new Promise<string>((resolve) => {
    const timer = setTimeout(() => finish(OK), waitMs);
    const finish = (outcome: string): void => {
      clearTimeout(timer);
      dispose();
      void client.dispose();
      resolve(outcome);
    };
    const dispose = client.subscribe(
      { query, variables },
      {
        next: (value) => finish(outcomeOf((value.errors ?? []) as ReadonlyArray<{ extensions?: { code?: unknown } }>)),
        error: (error: unknown) =>
          finish(Array.isArray(error) ? outcomeOf(error as Array<{ extensions?: { code?: unknown } }>) : `CLOSED ${String((error as { code?: number }).code)}`),
        complete: () => finish('COMPLETED'),
      },
    );
  });
}

import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { firstUnstorableArgument } from './input-check.plugin';

const schema = buildSchema(`
  enum Kind { A B }
  input Evidence { text: String! url: String }
  input Note { text: String! kind: Kind! evidence: [Evidence!]! = [] count: Int }
  type Item { id: ID! label(prefix: String): String! }
  type Query { item(id: ID!): Item }
  type Mutation { addNote(input: Note!): Item! login(email: String!, password: String!): Boolean! }
`);

function check(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operation === undefined) throw new Error('no operation');
  return firstUnstorableArgument(schema, document, operation, variables);
}

describe('every string argument is checked at the edge, named by its path', () => {
  const ADD = 'mutation ($input: Note!) { addNote(input: $input) { id } }';

  it('accepts ordinary text, tabs and newlines, and emoji', () => {
    expect(check(ADD, { input: { text: 'line\n\tnext \u{1F600}', kind: 'A', evidence: [{ text: 'ok', url: null }] } })).toBeNull();
  });

  it('names a nested field and list item in a variable', () => {
    expect(check(ADD, { input: { text: 'ok', kind: 'A', evidence: [{ text: 'ok' }, { text: 'bad\u0000' }] } })).toEqual({
      field: 'input.evidence.1.text',
      message: 'Text contains a character that cannot be stored (a NUL byte at position 4).',
    });
  });

  it('names a plain argument', () => {
    expect(check('mutation ($e: String!) { login(email: $e, password: "pw") }', { e: 'a\uD800@b' })).toEqual({
      field: 'email',
      message: 'Email contains a character that cannot be stored (a lone UTF-16 surrogate (U+D800) at position 2).',
    });
  });

  it('checks values written inline, and arguments of fields inside fragments', () => {
    expect(check('mutation { addNote(input: { text: "ring\\u0007", kind: A }) { id } }')?.field).toBe('input.text');
    expect(check('query ($p: String) { item(id: "1") { ...F } } fragment F on Item { label(prefix: $p) }', { p: '\u001B' })).toEqual({
      field: 'label.prefix',
      message: 'Prefix contains a character that cannot be stored (the control character U+001B at position 1).',
    });
  });

  it('leaves variables that do not coerce to GraphQL, which refuses them itself', () => {
    expect(check(ADD, { input: { text: 5 } })).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The integration tests send generated documents (`@heard/graphql-types/testing`, from the `.graphql` files
 * beside them): `client.request(SomeDocument, variables)`, its variables and result checked by the compiler.
 * This lists the calls that still go through the deprecated overloads of `GraphqlTestClient.request`: a string
 * of GraphQL (written inline or in a constant of the file), or a hand-written result type (`request<T>(...)`).
 * A deliberately invalid or unknown request uses `rawGraphql` instead. Syntactic, so it runs in well under a second.
 */
const TEST_ROOT = join(__dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isText = (node: ts.Node): boolean => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** `file:line` of each `.request(...)` call in one file that passes GraphQL text or a result type by hand. */
export function handTypedRequests(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const textConstants = new Set<string>();
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined && isText(node.initializer))
      textConstants.add(node.name.text);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'request') calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const where = relative(TEST_ROOT, path).split(sep).join('/');
  return calls
    .filter((call) => {
      const [first] = call.arguments;
      const passesText = first !== undefined && (isText(first) || (ts.isIdentifier(first) && textConstants.has(first.text)));
      return call.typeArguments !== undefined || passesText;
    })
    .map((call) => `${where}:${source.getLineAndCharacterOfPosition(call.getStart(source)).line + 1}`);
}

describe('integration tests send generated GraphQL documents', () => {
  it('finds a hand-typed call (the check itself works)', () => {
    const sample = [
      "const ME = '{ me { id } }';",
      'await client.request(ME);',
      'await client.request(`{ me { id } }`);',
      'await client.request<{ me: { id: string } }>(MeDocument);',
      'await client.request(MeDocument);',
      "await client.rawGraphql('{ nope }');",
      "await page.request.post('/graphql');",
    ].join('\n');
    expect(handTypedRequests(join(TEST_ROOT, 'sample.ts'), sample)).toEqual(['sample.ts:2', 'sample.ts:3', 'sample.ts:4']);
  });

  // GraphqlTestClient.request takes only generated documents; this names any text or type argument that crept back.
  it('has no hand-typed call of GraphqlTestClient.request', () => {
    const remaining = tsFiles(TEST_ROOT).flatMap((path) => handTypedRequests(path, readFileSync(path, 'utf8')));
    expect(remaining).toEqual([]);
  });
});

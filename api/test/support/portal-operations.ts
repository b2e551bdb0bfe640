import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, type FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';

const ROOT = join(__dirname, '..', '..', '..');
/** The portal's operations, and the fragments it shares with the tests (see libs/graphql-types/codegen.ts). */
const PORTAL_DOCUMENTS = [join(ROOT, 'web', 'src'), join(ROOT, 'libs', 'graphql-types', 'shared')];

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : [],
  );
}

let definitions: DefinitionNode[] | undefined;

function portalDefinitions(): DefinitionNode[] {
  definitions ??= PORTAL_DOCUMENTS.flatMap(graphqlFiles).flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
  return definitions;
}

/** The names of all of the portal's operations. */
export function portalOperationNames(): string[] {
  return portalDefinitions().flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name !== undefined ? [d.name.value] : []));
}

/** One of the portal's own operations (from web/src/**\/*.graphql) with the fragments it uses, ready to send. */
export function portalOperation(name: string): string {
  const all = portalDefinitions();
  const operation = all.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (operation === undefined) throw new Error(`The portal has no operation ${name}`);
  const fragments = new Map(all.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment !== undefined && !needed.has(fragment.name.value)) {
          needed.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(d)).join('\n\n');
}

import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** A class exported by a discovered file (an entity, a resolver, a migration). */
export type DiscoveredClass = abstract new (...args: never[]) => object;

/** `.ts` under ts-jest, `.js` in the tsc build in dist/: the discovered files are compiled alongside this one. */
const SOURCE_EXTENSION = extname(__filename);

/**
 * Source files under `root` (recursively, in name order) whose name without its extension matches `name`: `.ts`
 * files under ts-jest, `.js` files in dist/, as this file itself was built.
 */
export function sourceFiles(root: string, name: RegExp): string[] {
  const found: string[] = [];
  const entries = readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path, name));
    else if (extname(entry.name) === SOURCE_EXTENSION && name.test(basename(entry.name, SOURCE_EXTENSION))) found.push(path);
  }
  return found;
}

/**
 * Self-registration by file convention: loads each source file under `root` whose name matches `name` and returns the classes it
 * exports that `is` accepts, in file name order. A new feature's entities, resolvers and migrations are found
 * where they are written, with no hand-kept list to edit.
 */
export function discoverClasses(root: string, name: RegExp, is: (value: DiscoveredClass) => boolean): DiscoveredClass[] {
  const classes: DiscoveredClass[] = [];
  for (const file of sourceFiles(root, name)) {
    // A synchronous load on purpose: the lists are plain constants read by TypeORM's options and the schema printer.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported: unknown = require(file);
    if (typeof exported !== 'object' || exported === null) continue;
    for (const value of Object.values(exported)) {
      if (isClass(value) && is(value)) classes.push(value);
    }
  }
  return classes;
}

function isClass(value: unknown): value is DiscoveredClass {
  return typeof value === 'function' && value.prototype !== undefined;
}

// Fails when a generated file of libs/graphql-types (the portal's operations, or the tests' in
// src/testing/) is stale against api/schema.gql and the operations. Fix with `npm run codegen`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const { default: config, GENERATED } = await import('./codegen.ts').catch(async () => {
  const { register } = await import('ts-node');
  register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('./codegen.ts');
});
const outputs = await generate({ ...config, silent: true }, false);
let stale = false;
for (const target of Object.values(GENERATED)) {
  const fresh = outputs.find((output) => output.filename.endsWith(target));
  if (fresh === undefined) {
    console.error(`codegen produced no ${target}`);
    process.exit(1);
  }
  if (fresh.content !== readFileSync(join(root, target), 'utf8')) {
    console.error(`${target} is stale: run \`npm run codegen\` and commit the result.`);
    stale = true;
  } else {
    console.log(`${target} is up to date with api/schema.gql and its operations.`);
  }
}
if (stale) process.exit(1);

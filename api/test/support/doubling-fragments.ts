/**
 * `query { ...F0 }` where each fragment spreads the next one twice and the last asks for `me { id }`:
 * a few hundred bytes per ten fragments, but 2^count fields once expanded. graphql-js's own rules accept
 * its shape (the spreads are identical, so they merge); only the limits refuse it.
 */
export function doublingFragments(count: number): string {
  const definitions = ['query { ...F0 }'];
  for (let i = 0; i < count - 1; i += 1) definitions.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  definitions.push(`fragment F${count - 1} on Query { me { id } }`);
  return definitions.join('\n');
}

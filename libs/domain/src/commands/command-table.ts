import type { Role } from '../roles';

/** Who may issue each command of a feature: the one table the API's `@Allow` lists and the portal's buttons come from. */
export type CommandRoles<C extends string> = Readonly<Record<C, readonly [Role, ...Role[]]>>;

/** The roles that may issue `command`, as `@Allow(...)` takes them. */
export function rolesFor<C extends string>(table: CommandRoles<C>, command: C): [Role, ...Role[]] {
  const [first, ...rest] = table[command];
  return [first, ...rest];
}

/** The roles that may issue any of `commands` (for an operation that carries several). */
export function rolesForAny<C extends string>(table: CommandRoles<C>, commands: readonly [C, ...C[]]): [Role, ...Role[]] {
  const [first, ...rest] = [...new Set(commands.flatMap((c) => table[c]))];
  if (first === undefined) throw new Error('A command table lists at least one role per command.');
  return [first, ...rest];
}

/** The commands in `table`'s order that `role` may issue and `available` allows in the record's current state. */
export function permitted<C extends string>(table: CommandRoles<C>, role: Role, available: (command: C) => boolean): C[] {
  return (Object.keys(table) as C[]).filter((command) => table[command].includes(role) && available(command));
}

/**
 * The names of other people (from `names`: family members, invitees, contacts the record holds) that a free-text
 * value mentions, as whole words and ignoring case, in the order given, each once. Names shorter than two letters
 * are ignored: they would match initials and ordinary words. A subject-access export marks such a value for
 * redaction review, so a person's name reaches the child only when a data protection officer has decided it may.
 */
export function thirdPartyNamesIn(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  const lowered = text.toLocaleLowerCase('en-GB');
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2 || found.includes(trimmed)) continue;
    const escaped = trimmed.toLocaleLowerCase('en-GB').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lowered)) found.push(trimmed);
  }
  return found;
}

/** When a ready export's ZIP is removed: `keepDays` whole days after it became ready. */
export function subjectAccessExportExpiry(readyAt: Date, keepDays: number): Date {
  return new Date(readyAt.getTime() + keepDays * 24 * 60 * 60 * 1000);
}

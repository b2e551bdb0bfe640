import { CHILD_SEARCH_LIMIT, childSearchProblem } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import { sqlRows } from '../../database/sql';
import type { ChildSearchInput, ChildSearchResultType } from './dto/child-search.types';

interface MatchRow {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  la_id: string;
  la_code: string;
  la_name: string;
  advocate_id: string | null;
  advocate_name: string | null;
}

/** `text` as a LIKE pattern matching it anywhere, with LIKE's own characters (and the escape) taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Children matching every given criterion, across England: each word of the name somewhere in the given,
 * preferred or family name; the exact date of birth; part of the LA's name or code. Parameterised, capped at
 * CHILD_SEARCH_LIMIT (one more row is read to tell whether there are more).
 */
export async function searchChildren(manager: EntityManager, input: ChildSearchInput): Promise<ChildSearchResultType> {
  const problem = childSearchProblem(input);
  if (problem !== null) throw new DomainException('BAD_USER_INPUT', problem.message, { field: problem.field });
  const words = (input.name ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(containsPattern);
  const la = (input.localAuthority ?? '').trim();
  const rows = await sqlRows<MatchRow>(
    manager,
    `SELECT c.id, c.given_name, c.family_name, c.preferred_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            la.id AS la_id, la.code AS la_code, la.name AS la_name, adv.id AS advocate_id, u.display_name AS advocate_name
       FROM children c
       JOIN local_authorities la ON la.id = c.local_authority_id
       LEFT JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL
       LEFT JOIN advocates adv ON adv.id = a.advocate_id
       LEFT JOIN users u ON u.id = adv.user_id
      WHERE c.disposed_at IS NULL AND (cardinality($1::text[]) = 0 OR concat_ws(' ', c.given_name, c.preferred_name, c.family_name) ILIKE ALL ($1::text[]))
        AND ($2::date IS NULL OR c.date_of_birth = $2::date)
        AND ($3::text IS NULL OR la.name ILIKE $3 OR la.code ILIKE $3)
      ORDER BY lower(c.family_name), lower(c.given_name), c.date_of_birth, c.id
      LIMIT $4`,
    [words, input.dateOfBirth?.trim() || null, la === '' ? null : containsPattern(la), CHILD_SEARCH_LIMIT + 1],
  );
  return {
    matches: rows.slice(0, CHILD_SEARCH_LIMIT).map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      preferredName: r.preferred_name,
      dateOfBirth: r.date_of_birth,
      localAuthority: { id: r.la_id, code: r.la_code, name: r.la_name },
      advocate: r.advocate_id === null ? null : { id: r.advocate_id, displayName: r.advocate_name ?? '' },
    })),
    more: rows.length > CHILD_SEARCH_LIMIT,
  };
}

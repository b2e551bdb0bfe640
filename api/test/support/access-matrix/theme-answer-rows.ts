import { F, N, OK, U, type OperationCase } from './harness';
import { northshire } from './row-helpers';
import { isoDay, type Target, type World } from './world';

/** A theme put to the target's LA (901 own, 902 other), answered and with an open follow-up when asked; its id (or the follow-up's). */
async function themeRequest(w: World, target: Target, stage: 'put' | 'answered' | 'followUp'): Promise<string> {
  const answered = stage !== 'put';
  const rows = (await w.api.dataSource.query(
    `INSERT INTO theme_requests (local_authority_id, theme, question, put_by_user_id, put_at, put_on, deadline, found, will_do, by_when, answered_at, answered_on, answered_by_user_id)
     SELECT la.id, 'SIBLINGS', 'Why are siblings placed apart?', c.id, now(), $2::date, $2::date + 28,
            CASE WHEN $3 THEN 'Found' END, CASE WHEN $3 THEN 'Will do' END, CASE WHEN $3 THEN $2::date + 60 END,
            CASE WHEN $3 THEN now() END, CASE WHEN $3 THEN $2::date END, CASE WHEN $3 THEN c.id END
       FROM local_authorities la, (SELECT id FROM users WHERE role = 'COMMISSIONER_STAFF' ORDER BY email LIMIT 1) c
      WHERE la.code = $1 RETURNING id`,
    [target === 'own' ? '901' : '902', w.today, answered],
  )) as Array<{ id: string }>;
  const id = rows[0]?.id ?? '';
  if (stage !== 'followUp') return id;
  const followUps = (await w.api.dataSource.query(
    `INSERT INTO theme_follow_ups (theme_request_id, action, owner, due_on, added_by_user_id, added_at)
     SELECT $1, 'Audit placements', 'Head of placements', $2::date + 10, put_by_user_id, now() FROM theme_requests WHERE id = $1 RETURNING id`,
    [id, w.today],
  )) as Array<{ id: string }>;
  return followUps[0]?.id ?? '';
}

/** A theme put to the provider of the target's home (any provider a home names: Commissioner staff see them all), open. */
async function providerRequest(w: World, target: Target): Promise<string> {
  const rows = (await w.api.dataSource.query(
    `INSERT INTO theme_requests (provider_name, theme, question, put_by_user_id, put_at, put_on, deadline)
     SELECT h.provider_name, 'SIBLINGS', 'Why?', c.id, now(), $2::date, $2::date + 28
       FROM children_homes h, (SELECT id FROM users WHERE role = 'COMMISSIONER_STAFF' ORDER BY email LIMIT 1) c
      WHERE h.id = $1 RETURNING id`,
    [w.homeId[target], w.today],
  )) as Array<{ id: string }>;
  return rows[0]?.id ?? '';
}

async function providerOf(w: World, target: Target): Promise<string> {
  const rows = (await w.api.dataSource.query(`SELECT provider_name FROM children_homes WHERE id = $1`, [w.homeId[target]])) as Array<{ provider_name: string }>;
  return rows[0]?.provider_name ?? '';
}

// Themes put to local authorities: Commissioner staff put them and read every one; an LA's managers read, answer and
// follow up their own LA's (another LA's is NOT_FOUND); everyone else is refused before any record is looked at.
// Themes put to providers: Commissioner staff put them and record the provider's answer; an LA manager never sees one.
export const THEME_ANSWER_ROWS: OperationCase[] = [
  { op: 'Query.themeRequests', expect: [U, F, OK, OK, F, F, F] },
  { op: 'Query.themeLocalAuthorities', expect: [U, F, F, OK, F, F, F] },
  {
    op: 'Query.themeRequest',
    vars: async ({ w, target }) => ({ id: await themeRequest(w, target, 'put') }),
    expect: { own: [U, F, OK, OK, F, F, F], other: [U, F, N, OK, F, F, F] },
  },
  {
    op: 'Mutation.putThemeToLocalAuthority',
    vars: async ({ w }) => ({ input: { localAuthorityId: await northshire(w), theme: 'SIBLINGS', question: 'Why are siblings placed apart?' } }),
    expect: [U, F, F, OK, F, F, F],
  },
  { op: 'Query.themeProviders', expect: [U, F, F, OK, F, F, F] },
  {
    op: 'Mutation.putThemeToProvider',
    vars: async ({ w, target }) => ({ input: { providerName: await providerOf(w, target), theme: 'SIBLINGS', question: 'Why are siblings placed apart?' } }),
    expect: [U, F, F, OK, F, F, F],
  },
  {
    op: 'Mutation.recordProviderAnswer',
    vars: async ({ w, target }) => ({
      input: { themeRequestId: await providerRequest(w, target), found: 'Found', willDo: 'Will do', byWhen: isoDay(60), receivedOn: w.today },
    }),
    expect: [U, F, F, OK, F, F, F],
  },
  {
    op: 'Mutation.answerTheme',
    vars: async ({ w, target }) => ({
      input: { themeRequestId: await themeRequest(w, target, 'put'), found: 'Found', willDo: 'Will do', byWhen: isoDay(60) },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.addThemeFollowUp',
    vars: async ({ w, target }) => ({
      input: { themeRequestId: await themeRequest(w, target, 'answered'), action: 'Audit placements', owner: 'Head of placements', dueOn: isoDay(30) },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.completeThemeFollowUp',
    vars: async ({ w, target }) => ({ followUpId: await themeRequest(w, target, 'followUp') }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
];

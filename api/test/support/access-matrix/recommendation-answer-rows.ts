import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

/** An open answer owed by the target's home (its own responsible advocate records it) or LA (901 own, 902 other) to a new recommendation of the target's visit. */
async function openAnswer(w: World, target: Target, answerer: 'HOME' | 'LOCAL_AUTHORITY'): Promise<string> {
  const rows = (await w.api.dataSource.query(
    `WITH r AS (INSERT INTO home_recommendations (home_id, visit_id, what, owner, due_on, themes)
                VALUES ($1, $2, 'Repair the lounge window', 'Registered manager', $3::date + 30, '{SAFETY}') RETURNING id)
     INSERT INTO home_recommendation_answers (recommendation_id, answerer, local_authority_id, opened_on, due_on)
     SELECT r.id, $4, CASE WHEN $4 = 'LOCAL_AUTHORITY' THEN (SELECT id FROM local_authorities WHERE code = $5) END, $3::date, $3::date + 28 FROM r RETURNING id`,
    [w.homeId[target], w.visitId[target], w.today, answerer, target === 'own' ? '901' : '902'],
  )) as Array<{ id: string }>;
  return rows[0]?.id ?? '';
}

// Answers to visit recommendations: an LA's managers list and give their own LA's (another LA's is NOT_FOUND); the
// home's responsible advocate records the home's (another home's is NOT_FOUND); everyone else is refused by role.
export const RECOMMENDATION_ANSWER_ROWS: OperationCase[] = [
  { op: 'Query.visitRecommendationsToAnswer', expect: [U, F, OK, F, F, F, F] },
  {
    op: 'Mutation.answerVisitRecommendation',
    vars: async ({ w, target }) => ({ input: { answerId: await openAnswer(w, target, 'LOCAL_AUTHORITY'), response: 'The window was repaired.' } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordHomeAnswer',
    vars: async ({ w, target }) => ({ input: { answerId: await openAnswer(w, target, 'HOME'), response: 'The window was repaired.', receivedOn: w.today } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
];

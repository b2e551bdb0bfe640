import { F, N, OK, U, type OperationCase } from './harness';
import type { Target, World } from './world';

const child = (target: Target, w: World): string => (target === 'own' ? w.ownChildId : w.otherChildId);

/** Leaves the target child's record on legal hold (`true`) or with none standing, whichever row runs first. */
async function holdStanding(w: World, target: Target, standing: boolean): Promise<void> {
  if (standing) {
    await w.api.dataSource.query(
      `INSERT INTO record_holds (child_id, reason, placed_on, placed_by_user_id, placed_at)
       SELECT $1, 'Matrix hold', $2, id, now() FROM users ORDER BY created_at LIMIT 1 ON CONFLICT (child_id) WHERE lifted_at IS NULL DO NOTHING`,
      [child(target, w), w.today],
    );
  } else {
    await w.api.dataSource.query(
      `UPDATE record_holds SET lifted_on = $2, lift_reason = 'Matrix lift', lifted_by_user_id = placed_by_user_id, lifted_at = now() WHERE child_id = $1 AND lifted_at IS NULL`,
      [child(target, w), w.today],
    );
  }
}

// How long a child's record is kept: a manager or the data protection officer of the child's own LA records a death and
// places or lifts a legal hold (another LA's child is NOT_FOUND); everyone else is refused before the record is looked at. The retention itself is
// read as a field of the child's record, so it follows Query.child.
export const RECORD_RETENTION_ROWS: OperationCase[] = [
  {
    op: 'Mutation.recordChildDeath',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), dateOfDeath: w.today } }),
    expect: { own: [U, F, OK, F, F, F, OK], other: [U, F, N, F, F, F, N] },
  },
  {
    op: 'Mutation.placeLegalHold',
    vars: async ({ w, target }) => {
      await holdStanding(w, target, false);
      return { input: { childId: child(target, w), reason: 'Matrix hold' } };
    },
    expect: { own: [U, F, OK, F, F, F, OK], other: [U, F, N, F, F, F, N] },
  },
  {
    op: 'Mutation.liftLegalHold',
    vars: async ({ w, target }) => {
      await holdStanding(w, target, true);
      return { input: { childId: child(target, w), reason: 'Matrix lift' } };
    },
    expect: { own: [U, F, OK, F, F, F, OK], other: [U, F, N, F, F, F, N] },
  },
];

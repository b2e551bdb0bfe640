import { suppressedCells, tooSmallToPublish } from './small-numbers';

describe('small-number suppression', () => {
  it('suppresses counts from 1 to the threshold, never 0 or above it', () => {
    expect([0, 1, 4, 5].map((n) => tooSmallToPublish(n, 4))).toEqual([false, true, true, false]);
  });

  it('suppresses a table total with any of its rows, as the annual report does', () => {
    const counts = new Map([
      ['a', 3],
      ['b', 10],
      ['t', 13],
    ]);
    expect([...suppressedCells(counts, [{ kind: 'WITHIN', total: 't', members: ['a', 'b'] }], 4)].sort()).toEqual(['a', 't']);
  });

  it('takes the smallest shown non-zero member with a lone suppressed one when the total is published elsewhere', () => {
    const counts = new Map([
      ['la1', 3],
      ['la2', 0],
      ['la3', 9],
      ['la4', 7],
      ['national', 19],
    ]);
    const hidden = suppressedCells(counts, [{ kind: 'ACROSS', total: 'national', members: ['la1', 'la2', 'la3', 'la4'] }], 4);
    expect([...hidden].sort()).toEqual(['la1', 'la4']);
  });

  it('follows a complementary suppression back into the table it lands in, until nothing changes', () => {
    // LA 2's only count (2) is primary; its total (2) too. Across LAs the national total (12) is shown, so LA 1's
    // total (10) goes with it; then LA 1's total row would be the sum of its shown rows, so its Safety row goes too.
    const counts = new Map([
      ['n.safety', 12],
      ['n.total', 12],
      ['l1.safety', 10],
      ['l1.education', 0],
      ['l1.total', 10],
      ['l2.safety', 2],
      ['l2.education', 0],
      ['l2.total', 2],
    ]);
    const hidden = suppressedCells(
      counts,
      [
        { kind: 'WITHIN', total: 'n.total', members: ['n.safety'] },
        { kind: 'WITHIN', total: 'l1.total', members: ['l1.safety', 'l1.education'] },
        { kind: 'WITHIN', total: 'l2.total', members: ['l2.safety', 'l2.education'] },
        { kind: 'ACROSS', total: 'n.total', members: ['l1.total', 'l2.total'] },
        { kind: 'ACROSS', total: 'n.safety', members: ['l1.safety', 'l2.safety'] },
      ],
      4,
    );
    expect([...hidden].sort()).toEqual(['l1.safety', 'l1.total', 'l2.safety', 'l2.total']);
  });
});

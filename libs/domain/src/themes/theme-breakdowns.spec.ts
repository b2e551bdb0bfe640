import { type ConcernTheme } from '../escalation/themes';
import { themeBreakdownTables, type ThemeBreakdownInput, type ThemeRow, type ThemeTable, type ThemeTally } from './theme-breakdowns';

const tally = (unit: string, theme: ConcernTheme, now: number, last = 0): ThemeTally => ({ unit, theme, now, last });

// Safety: LA 1 has 3 (too few to publish), LA 2 has 9; homes 1 and 2 (one provider) have 3 and 4, the rest (no home) 5.
const input: ThemeBreakdownInput = {
  NATIONAL: { units: [{ id: 'NATIONAL', label: 'England' }], tallies: [tally('NATIONAL', 'SAFETY', 12, 16), tally('NATIONAL', 'EDUCATION', 12)] },
  LOCAL_AUTHORITY: {
    units: [
      { id: 'L1', label: 'LA 1' },
      { id: 'L2', label: 'LA 2' },
    ],
    tallies: [tally('L1', 'SAFETY', 3, 8), tally('L2', 'SAFETY', 9, 8), tally('L1', 'EDUCATION', 6), tally('L2', 'EDUCATION', 6)],
  },
  PROVIDER: {
    units: [
      { id: 'P1', label: 'Provider 1' },
      { id: 'NONE', label: 'No children’s home' },
    ],
    tallies: [tally('P1', 'SAFETY', 7, 16), tally('NONE', 'SAFETY', 5), tally('P1', 'EDUCATION', 6), tally('NONE', 'EDUCATION', 6)],
  },
  HOME: {
    units: [
      { id: 'H1', label: 'Home 1', provider: 'P1' },
      { id: 'H2', label: 'Home 2', provider: 'P1' },
      { id: 'NOHOME', label: 'No children’s home', provider: 'NONE' },
    ],
    tallies: [
      tally('H1', 'SAFETY', 3, 8),
      tally('H2', 'SAFETY', 4, 8),
      tally('NOHOME', 'SAFETY', 5),
      tally('H1', 'EDUCATION', 6),
      tally('NOHOME', 'EDUCATION', 6),
    ],
  },
};

const tables = themeBreakdownTables(input, 4);
const rowsOf = (list: ThemeTable[], unit: string): ThemeRow[] => {
  const rows = list.find((t) => t.unit.id === unit)?.rows ?? [];
  return rows.filter((r) => r.theme === null || r.theme === 'SAFETY' || r.theme === 'EDUCATION');
};

describe('live theme tables by breakdown', () => {
  it('publishes the national table with no suppression it does not need, most frequent first, ties by key', () => {
    const national = tables.NATIONAL[0]?.rows ?? [];
    expect(national.map((r) => r.theme).slice(0, 3)).toEqual(['EDUCATION', 'SAFETY', 'CONTACT_WITH_FAMILY']);
    expect(national.length).toBe(14);
    expect(rowsOf(tables.NATIONAL, 'NATIONAL')).toEqual([
      { theme: 'EDUCATION', now: 12, last: 0, change: 12 },
      { theme: 'SAFETY', now: 12, last: 16, change: -4 },
      { theme: null, now: 24, last: 16, change: 8 },
    ]);
  });

  it("suppresses an LA's row when one other LA's row is suppressed, so the national count cannot give it away", () => {
    expect(rowsOf(tables.LOCAL_AUTHORITY, 'L1')).toEqual([
      { theme: 'EDUCATION', now: 6, last: 0, change: 6 },
      { theme: 'SAFETY', now: null, last: 8, change: null },
      { theme: null, now: null, last: 8, change: null },
    ]);
    expect(rowsOf(tables.LOCAL_AUTHORITY, 'L2')).toEqual([
      { theme: 'SAFETY', now: null, last: 8, change: null },
      { theme: 'EDUCATION', now: 6, last: 0, change: 6 },
      { theme: null, now: null, last: 8, change: null },
    ]);
  });

  it('leaves providers shown when nothing in them is small, and suppresses homes against their provider', () => {
    expect(rowsOf(tables.PROVIDER, 'P1')).toEqual([
      { theme: 'SAFETY', now: 7, last: 16, change: -9 },
      { theme: 'EDUCATION', now: 6, last: 0, change: 6 },
      { theme: null, now: 13, last: 16, change: -3 },
    ]);
    expect(rowsOf(tables.HOME, 'H1')).toEqual([
      { theme: 'EDUCATION', now: 6, last: 0, change: 6 },
      { theme: 'SAFETY', now: null, last: 8, change: null },
      { theme: null, now: null, last: 8, change: null },
    ]);
    expect(rowsOf(tables.HOME, 'H2')).toEqual([
      { theme: 'SAFETY', now: null, last: 8, change: null },
      { theme: 'EDUCATION', now: 0, last: 0, change: 0 },
      { theme: null, now: null, last: 8, change: null },
    ]);
    expect(rowsOf(tables.HOME, 'NOHOME')).toEqual([
      { theme: 'EDUCATION', now: 6, last: 0, change: 6 },
      { theme: 'SAFETY', now: 5, last: 0, change: 5 },
      { theme: null, now: 11, last: 0, change: 11 },
    ]);
  });

  it('complements a lone suppressed home within its provider as well as nationally', () => {
    const one = themeBreakdownTables(
      {
        ...input,
        HOME: {
          units: input.HOME.units,
          tallies: [
            tally('H1', 'SAFETY', 2, 8),
            tally('H2', 'SAFETY', 6, 8),
            tally('NOHOME', 'SAFETY', 5),
            tally('H1', 'EDUCATION', 6),
            tally('NOHOME', 'EDUCATION', 6),
          ],
        },
      },
      4,
    );
    // Nationally the complement of home 1's 2 is the no-home 5; within provider 1 it is home 2's 6.
    expect(rowsOf(one.HOME, 'H2')[0]).toEqual({ theme: 'SAFETY', now: null, last: 8, change: null });
    expect(rowsOf(one.HOME, 'NOHOME')[1]).toEqual({ theme: 'SAFETY', now: null, last: 0, change: null });
  });
});

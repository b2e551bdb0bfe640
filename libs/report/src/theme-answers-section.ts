import { CONCERN_THEMES, THEME_LABELS, THEME_RESPONSE_WORKING_DAYS, type ConcernTheme } from '@heard/domain';
import type { ReportFigures, ThemeAnswerCounts } from './figures';
import { type Cell, isSuppressed, SUPPRESSED, type Section, type Table } from './model';
import { count, label, percent, rate, sum } from './table-parts';

type Protect = (table: Table) => Table;

/** The count columns of the answers table that add up to the themes put (column 1) in each row. */
const PARTS = [2, 4, 5] as const;
/** The rate built on them. */
const RATE = 3;

/**
 * Themes the Commissioner put to local authorities in the period, and whether each was answered by its deadline; in
 * England's report, also those put to children's home providers (on time by the date the provider's answer was received).
 */
export function themeAnswersSection(now: ReportFigures, protect: Protect): Section {
  // Twice: the row rule's new suppressions must hide their column totals, and then the total row's other parts.
  const protectedTable = (table: Table): Table => protectParts(protect(protectParts(protect(table))));
  const providers = now.providerThemeAnswers;
  return {
    id: 'theme-answers',
    title: providers === null ? 'Themes put to local authorities and their answers' : 'Themes put to local authorities and providers, and their answers',
    intro:
      `Themes the Children’s Commissioner put to a local authority${providers === null ? '' : ' or a children’s home provider'} in the period, by theme: answered by the deadline (${THEME_RESPONSE_WORKING_DAYS} working days after the theme was put), answered after it, or not answered when the report was made.` +
      (providers === null ? '' : ' A provider’s answer counts from the day the Commissioner received it.'),
    tables: [
      protectedTable(answersTable('theme-answers', 'Themes put to local authorities in the period, by whether they were answered on time', now.themeAnswers)),
      ...(providers === null
        ? []
        : [
            protectedTable(
              answersTable('provider-theme-answers', 'Themes put to children’s home providers in the period, by whether they were answered on time', providers),
            ),
          ]),
    ],
    chart: null,
  };
}

function answersTable(id: string, caption: string, counts: readonly ThemeAnswerCounts[]): Table {
  const order = (theme: string) => (CONCERN_THEMES as readonly string[]).indexOf(theme);
  const rows = [...counts].sort((a, b) => order(a.theme) - order(b.theme));
  const total = (key: 'put' | 'onTime' | 'late' | 'notAnswered') => sum(rows.map((r) => r[key]));
  return {
    id,
    caption,
    columns: [label('Theme'), count('Themes put'), count('Answered on time'), rate('Per cent on time', 2, 1), count('Answered late'), count('Not answered')],
    rows: [
      ...rows.map((r): Cell[] => [THEME_LABELS[r.theme as ConcernTheme] ?? r.theme, r.put, r.onTime, percent(r.onTime, r.put), r.late, r.notAnswered]),
      ['Total', total('put'), total('onTime'), percent(total('onTime'), total('put')), total('late'), total('notAnswered')],
    ],
    hasTotalRow: true,
  };
}

/**
 * Secondary suppression across a row: the parts add up to the themes put, so one suppressed part could be worked out
 * from the others; when any part of a row is suppressed, all its parts and its rate are.
 */
function protectParts(table: Table): Table {
  const rows = table.rows.map((row) =>
    PARTS.some((i) => isSuppressed(row[i] ?? null)) ? row.map((cell, i) => (i === RATE || (PARTS as readonly number[]).includes(i) ? SUPPRESSED : cell)) : row,
  );
  return { ...table, rows };
}

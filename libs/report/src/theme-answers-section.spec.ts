import { buildReport } from './build-report';
import type { ReportFigures } from './figures';
import { cellText } from './model';
import { figuresForTest as figures } from './testing/figures';

const answers = (themeAnswers: ReportFigures['themeAnswers']) => {
  const model = buildReport({ year: 2025, scope: 'England', threshold: 4, current: figures({ themeAnswers }), previous: figures() });
  const section = model.sections.find((s) => s.id === 'theme-answers');
  return { ids: model.sections.map((s) => s.id), section, rows: section?.tables[0]?.rows.map((row) => row.map(cellText)) };
};

describe('the annual report shows themes put to LAs and whether they were answered on time', () => {
  it('comes last, with each theme in the taxonomy’s order and a total', () => {
    const { ids, section, rows } = answers([
      { theme: 'HEALTH', put: 10, onTime: 5, late: 5, notAnswered: 0 },
      { theme: 'SIBLINGS', put: 20, onTime: 10, late: 5, notAnswered: 5 },
    ]);
    expect(ids[ids.length - 1]).toBe('theme-answers');
    expect(section?.title).toBe('Themes put to local authorities and their answers');
    expect(section?.tables[0]?.columns.map((c) => c.label)).toEqual([
      'Theme',
      'Themes put',
      'Answered on time',
      'Per cent on time',
      'Answered late',
      'Not answered',
    ]);
    expect(rows).toEqual([
      ['Siblings', '20', '10', '50', '5', '5'],
      ['Health', '10', '5', '50', '5', '0'],
      ['Total', '30', '15', '50', '10', '5'],
    ]);
  });

  it('suppresses small counts, the parts of their row that would give them away, and the totals over them', () => {
    const { rows } = answers([
      { theme: 'SIBLINGS', put: 9, onTime: 6, late: 2, notAnswered: 1 },
      { theme: 'EDUCATION', put: 4, onTime: 4, late: 0, notAnswered: 0 },
    ]);
    expect(rows).toEqual([
      ['Siblings', '9', '[c]', '[c]', '[c]', '[c]'],
      ['Education', '[c]', '[c]', '[c]', '[c]', '[c]'],
      ['Total', '[c]', '[c]', '[c]', '[c]', '[c]'],
    ]);
  });

  it('shows an empty total when no theme was put', () => {
    expect(answers([]).rows).toEqual([['Total', '0', '0', '', '0', '0']]);
  });

  it('in England’s report, adds the themes put to providers, on time by the date their answers were received', () => {
    const model = buildReport({
      year: 2025,
      scope: 'England',
      threshold: 4,
      current: figures({ providerThemeAnswers: [{ theme: 'HEALTH', put: 12, onTime: 6, late: 6, notAnswered: 0 }] }),
      previous: figures(),
    });
    const section = model.sections.find((s) => s.id === 'theme-answers');
    expect(section?.title).toBe('Themes put to local authorities and providers, and their answers');
    expect(section?.tables.map((t) => t.id)).toEqual(['theme-answers', 'provider-theme-answers']);
    expect(section?.tables[1]?.caption).toBe('Themes put to children’s home providers in the period, by whether they were answered on time');
    expect(section?.tables[1]?.rows.map((row) => row.map(cellText))).toEqual([
      ['Health', '12', '6', '50', '6', '0'],
      ['Total', '12', '6', '50', '6', '0'],
    ]);
  });
});

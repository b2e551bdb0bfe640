import { buildReport } from './build-report';
import { cellText, type ReportModel } from './model';
import { reportHtml } from './html';
import { figuresForTest } from './testing/figures';

const model = buildReport({ year: 2025, scope: 'England', current: figuresForTest(), previous: figuresForTest(), threshold: 4 });

function rows(m: ReportModel, id: string): string[][] {
  const table = m.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (table === undefined) throw new Error(`no table ${id}`);
  return table.rows.map((row) => row.map(cellText));
}

describe('the annual report counts children attending their meetings by venue and by notice given', () => {
  it('by venue: every kind listed, meetings without a venue as not recorded, small counts suppressed with their rate and total', () => {
    expect(rows(model, 'attendance-venue')).toEqual([
      ['Where the child lives', '30', '28', '93.3'],
      ['School', '0', '0', ''],
      ['Local authority office', '20', '12', '60'],
      ['Community venue', '0', '0', ''],
      ['Online', '6', '[c]', '[c]'],
      ['Not recorded', '[c]', '[c]', '[c]'],
      ['Total', '[c]', '[c]', '[c]'],
    ]);
  });

  it('by notice given, in the domain’s bands', () => {
    expect(rows(model, 'attendance-notice')).toEqual([
      ['Less than 5 working days', '6', '[c]', '[c]'],
      ['5 to 9 working days', '14', '8', '57.1'],
      ['10 working days or more', '40', '35', '87.5'],
      ['Total', '60', '[c]', '[c]'],
    ]);
  });

  it('sits in the meetings section of the HTML report', () => {
    const html = reportHtml(model);
    expect(html).toContain('Children attending their meetings, by venue');
    expect(html).toContain('Children attending their meetings, by notice given');
  });
});

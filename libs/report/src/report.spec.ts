import { createHash } from 'node:crypto';
import { buildReport } from './build-report';
import { tableCsv } from './csv';
import type { ReportInput } from './figures';
import { reportHtml } from './html';
import { cellText, SUPPRESSED, type Table } from './model';
import { reportPdf } from './pdf';
import { suppress } from './suppression';
import { figuresForTest } from './testing/figures';

const figures = figuresForTest;

const input: ReportInput = {
  year: 2025,
  scope: 'England',
  current: figures(),
  previous: figures({
    themes: [
      { theme: 'SIBLINGS', count: 9 },
      { theme: 'EDUCATION', count: 7 },
    ],
    offers: { made: 35, onTime: 20 },
    meetings: { held: 50, onTime: 40 },
    contactStandard: { within: 30, past: 10 },
    lastHeard: { heard: 3, medianDays: 21 },
    youSaidWeDid: { done: 10, partly: 5, notDone: 5, open: 0 },
    childMessages: { inTime: 20, late: 2, notReplied: 1 },
    safeguarding: { onTime: 3, late: 0, notAcknowledged: 0, escalated: 0, medianHoursToAcknowledge: 1.5 },
    courtRequests: { attended: 0, couldNotAttend: 0, notRecorded: 0 },
  }),
  threshold: 4,
};

const table = (model: ReturnType<typeof buildReport>, id: string): Table => {
  const found = model.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
};
const texts = (t: Table) => t.rows.map((row) => row.map(cellText));

describe('suppression protects children', () => {
  it('suppresses 1 to 4, shows 5, and suppresses a total that would reveal a suppressed cell', () => {
    const result = suppress(
      {
        id: 't',
        caption: 'c',
        columns: [
          { label: 'x', kind: 'label' },
          { label: 'n', kind: 'count' },
          { label: 'm', kind: 'count' },
        ],
        rows: [
          ['a', 4, 7],
          ['b', 5, 0],
          ['Total', 9, 7],
        ],
        hasTotalRow: true,
      },
      4,
    );
    expect(texts(result)).toEqual([
      ['a', '[c]', '7'],
      ['b', '5', '0'],
      ['Total', '[c]', '7'],
    ]);
  });

  it('honours the configured threshold, and suppresses rates and changes built on a suppressed count', () => {
    const result = suppress(
      {
        id: 't',
        caption: 'c',
        columns: [
          { label: 'x', kind: 'label' },
          { label: 'n', kind: 'count' },
          { label: 'd', kind: 'count' },
          { label: '%', kind: 'rate', of: [1, 2] },
          { label: 'Δ', kind: 'change' },
        ],
        rows: [
          ['a', 6, 40, 15, '+1'],
          ['b', 7, 40, 17.5, '-2'],
        ],
        hasTotalRow: false,
      },
      6,
    );
    expect(texts(result)).toEqual([
      ['a', '[c]', '40', '[c]', '[c]'],
      ['b', '7', '40', '17.5', '-2'],
    ]);
    expect(result.rows[0]?.[1]).toBe(SUPPRESSED);
  });
});

describe('the report model', () => {
  const model = buildReport(input);

  it('ranks themes with counts and change on last year, suppressing small counts and the total above them', () => {
    expect(texts(table(model, 'theme-counts')).slice(0, 4)).toEqual([
      ['Siblings', '12', '9', '+3'],
      ['Education', '5', '7', '-2'],
      ['Safety', '[c]', '0', '[c]'],
      ['Contact with family', '0', '0', '0'],
    ]);
    expect(texts(table(model, 'theme-counts')).at(-1)).toEqual(['Total', '[c]', '16', '[c]']);
  });

  it('computes every other measure from the figures', () => {
    expect(texts(table(model, 'offers'))).toEqual([['Active offers', '40', '30', '75']]);
    expect(texts(table(model, 'opting'))).toEqual([
      ['Opted out', '[c]', '[c]'],
      ['Opted back in', '[c]', '[c]'],
      ['Offers answered', '38', ''],
    ]);
    expect(texts(table(model, 'first-contact'))).toEqual([['First contact', '38', '3']]);
    expect(texts(table(model, 'stages'))).toEqual([
      ['Informal (social worker)', '10'],
      ['Team manager', '7'],
      ["Children's Commissioner", '[c]'],
      ['Total', '[c]'],
    ]);
    expect(texts(table(model, 'outcomes'))).toEqual([
      ['Resolved', '15', '8'],
      ['Withdrawn', '[c]', '2'],
    ]);
    expect(texts(table(model, 'court'))).toEqual([['Court applications', '[c]', '[c]']]);
    expect(texts(table(model, 'meetings-on-time'))).toEqual([['Meetings held', '60', '51', '85']]);
    expect(texts(table(model, 'participation-age'))).toEqual([
      ['Under 5', '6'],
      ['5 to 9', '0'],
      ['10 to 12', '20'],
      ['13 to 15', '34'],
      ['16 and over', '0'],
      ['Total', '60'],
    ]);
    expect(texts(table(model, 'participation-code')).filter((r) => r[1] !== '0')).toEqual([
      ['PN0', '6'],
      ['PN1', '50'],
      ['PN4', '[c]'],
      ['Total', '[c]'],
    ]);
    expect(texts(table(model, 'actions'))).toEqual([['Actions due', '80', '60', '75', '7']]);
    expect(texts(table(model, 'caseload-bands'))).toEqual([
      ['0 to 9', '0'],
      ['10 to 19', '0'],
      ['20 to 29', '0'],
      ['30 to 39', '[c]'],
      ['40 or more', '9'],
      ['Total', '[c]'],
    ]);
    expect(texts(table(model, 'judgements')).find((r) => r[0] === 'Education')).toEqual(['Education', '10', '[c]', '0', '5']);
  });

  it('counts children missing from care and their episodes per kind, suppressing small counts and the total above them', () => {
    expect(model.sections.map((s) => s.id).at(-2)).toBe('missing-from-care');
    expect(reportHtml(model)).toContain('<h2 id="missing-from-care">Children missing from care</h2>');
    expect(reportHtml(model)).toContain('<table id="missing-episodes">');
    expect(table(model, 'missing-episodes').columns.map((c) => c.label)).toEqual(['Episode', 'Children', 'Episodes']);
    expect(texts(table(model, 'missing-episodes'))).toEqual([
      ['Missing', '12', '30'],
      ['Away from placement without authorisation', '[c]', '5'],
      ['Either', '[c]', '35'],
    ]);
    expect(tableCsv(table(model, 'missing-episodes'))).toBe(
      'Episode,Children,Episodes\nMissing,12,30\nAway from placement without authorisation,[c],5\nEither,[c],35\n',
    );
  });

  it('shows no missing-from-care episodes as zeros, which are never suppressed', () => {
    const none = buildReport({
      ...input,
      current: figures({ missingFromCare: { missing: { children: 0, episodes: 0 }, away: { children: 0, episodes: 0 }, children: 0 } }),
    });
    expect(texts(table(none, 'missing-episodes'))).toEqual([
      ['Missing', '0', '0'],
      ['Away from placement without authorisation', '0', '0'],
      ['Either', '0', '0'],
    ]);
  });

  it('summarises what changed without revealing a suppressed count', () => {
    expect(model.summary).toEqual([
      'Advocates raised a small number of concerns.',
      'The most frequent theme was Siblings.',
      '40 active offers were made; 75% were answered on time.',
      '60 care-planning meetings were held; 85% on time.',
      'How many children had an advocate at the end of the period, and how many of them were within the contact standard, is not published, as some of the numbers are small.',
      '50 messages came from children through their own channel; 90% were replied to within one working day.',
      'How many safeguarding alerts were raised, and how many of them were acknowledged in time, is not published, as some of the numbers are small.',
    ]);
  });

  it('says in plain words when a share is not published because the numbers are small', () => {
    const small = buildReport({ ...input, current: figures({ offers: { made: 40, onTime: 3 }, meetings: { held: 60, onTime: 2 } }) });
    expect(small.summary.slice(2, 4)).toEqual([
      '40 active offers were made; how many were answered on time is not published, as the numbers are small.',
      '60 care-planning meetings were held; how many were on time is not published, as the numbers are small.',
    ]);
  });
});

describe('outputs are byte-identical for the same data', () => {
  const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

  it('HTML, CSV and PDF', async () => {
    const [a, b] = [buildReport(input), buildReport(structuredClone(input))];
    expect(sha(reportHtml(a))).toBe(sha(reportHtml(b)));
    expect(sha(await reportPdf(a))).toBe(sha(await reportPdf(b)));
    expect(tableCsv(table(a, 'theme-counts'))).toBe(tableCsv(table(b, 'theme-counts')));
  });

  it('the CSV and HTML show the marker, and the HTML has headings, contents and described charts', () => {
    const model = buildReport(input);
    expect(tableCsv(table(model, 'stages'))).toBe("Stage,Concerns\nInformal (social worker),10\nTeam manager,7\nChildren's Commissioner,[c]\nTotal,[c]\n");
    const html = reportHtml(model);
    expect(html).toContain('<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>');
    expect(html).toContain('<svg role="img" aria-labelledby="theme-counts-chart-title theme-counts-chart-desc"');
    expect(html).toContain('<desc id="theme-counts-chart-desc">The most frequent themes were Siblings (12), Education (5).</desc>');
    expect(html).toContain('<p class="period">England · reporting year 1 April 2025 to 31 March 2026</p>');
    expect(html).not.toContain('Provisional');
  });
});

describe('a year-to-date report is marked provisional in every output', () => {
  const model = buildReport({ ...input, year: 2026, period: { year: 2026, from: '2026-04-01', to: '2026-12-01', provisional: true } });

  it('the HTML says so under its title, and which days "last year" means', () => {
    const html = reportHtml(model);
    expect(html).toContain(
      '<p class="period">England · year to date 1 April 2026 to 1 December 2026</p>\n<div class="provisional"><p><strong>Provisional: 1 April 2026 to 1 December 2026</strong></p><p>The reporting year is not over, so these figures will change. &quot;Last year&quot; means the same days a year before: 1 April 2025 to 1 December 2025.</p></div>',
    );
  });

  it("each CSV starts with the same line; a complete year's does not", () => {
    expect(tableCsv(table(model, 'stages'), model).split('\n').slice(0, 2)).toEqual(['Provisional: 1 April 2026 to 1 December 2026', 'Stage,Concerns']);
    const complete = buildReport(input);
    expect(tableCsv(table(complete, 'stages'), complete).split('\n')[0]).toBe('Stage,Concerns');
  });

  it('a model stored before reports had a period counts its whole year', () => {
    const { period: _period, ...stored } = buildReport(input);
    expect(reportHtml(stored)).toContain('<p class="period">England · reporting year 1 April 2025 to 31 March 2026</p>');
  });
});

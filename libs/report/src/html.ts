import { cellText, type Chart, isSuppressed, type ReportModel, type Section, SUPPRESSED_MARKER, type Table } from './model';
import { periodLine, provisionalStatement } from './period';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The report as one accessible HTML page: headings, contents, a summary of what changed, and for
 * each section its charts (inline SVG, each described in words and followed by its data table).
 * Deterministic: the same model gives the same bytes.
 */
export function reportHtml(model: ReportModel): string {
  const provisional = provisionalStatement(model);
  const parts = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(model.title)}</title>`,
    `<style>${REPORT_STYLE}</style></head>`,
    '<body><main>',
    `<h1>${escape(model.title)}</h1>`,
    `<p class="period">${escape(periodLine(model, '·'))}</p>`,
    ...(provisional === null
      ? []
      : [`<div class="provisional"><p><strong>${escape(provisional.notice)}</strong></p><p>${escape(provisional.detail)}</p></div>`]),
    '<h2 id="summary">Summary: what changed since last year</h2>',
    `<ul>${model.summary.map((point) => `<li>${escape(point)}</li>`).join('')}</ul>`,
    `<p class="note">To protect children, counts from 1 to ${model.threshold}, and any figure from which one could be worked out, are shown as ${SUPPRESSED_MARKER}. No child is named or identified.</p>`,
    '<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>',
    ...model.sections.map((s) => `<li><a href="#${escape(s.id)}">${escape(s.title)}</a></li>`),
    '</ol></nav>',
    ...model.sections.map(section),
    '</main></body></html>',
  ];
  return `${parts.join('\n')}\n`;
}

function section(s: Section): string {
  const chart =
    s.chart === null
      ? ''
      : chartSvg(
          s.chart,
          s.tables.find((t) => t.id === s.chart?.tableId),
        );
  return [
    `<section aria-labelledby="${escape(s.id)}">`,
    `<h2 id="${escape(s.id)}">${escape(s.title)}</h2>`,
    `<p>${escape(s.intro)}</p>`,
    chart,
    ...s.tables.map(table),
    '</section>',
  ].join('\n');
}

function table(t: Table): string {
  const head = t.columns.map((c) => `<th scope="col">${escape(c.label)}</th>`).join('');
  const body = t.rows
    .map((row, r) => {
      const isTotal = t.hasTotalRow && r === t.rows.length - 1;
      const cells = row
        .map((cell, i) =>
          i === 0 ? `<th scope="row">${escape(cellText(cell))}</th>` : `<td${isSuppressed(cell) ? ' class="c"' : ''}>${escape(cellText(cell))}</td>`,
        )
        .join('');
      return `<tr${isTotal ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  return `<table id="${escape(t.id)}"><caption>${escape(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** A horizontal bar chart of one column; suppressed values are drawn as a marker, not a bar. */
function chartSvg(chart: Chart, data: Table | undefined): string {
  if (data === undefined) return '';
  const rows = data.rows.filter((_, r) => !(data.hasTotalRow && r === data.rows.length - 1));
  const values = rows.map((row) => row[chart.valueColumn] ?? null);
  const max = Math.max(1, ...values.map((v) => (typeof v === 'number' ? v : 0)));
  const barHeight = 22;
  const height = rows.length * (barHeight + 8) + 10;
  const id = `${data.id}-chart`;
  const bars = rows
    .map((row, i) => {
      const y = 5 + i * (barHeight + 8);
      const value = row[chart.valueColumn] ?? null;
      const label = escape(cellText(row[chart.labelColumn] ?? null));
      const width = typeof value === 'number' ? Math.round((value / max) * 380) : 0;
      return `<text x="0" y="${y + 16}">${label}</text><rect x="220" y="${y}" width="${width}" height="${barHeight}"></rect><text x="${226 + width}" y="${y + 16}">${escape(cellText(value))}</text>`;
    })
    .join('');
  return `<figure><svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 660 ${height}" width="660" height="${height}"><title id="${id}-title">${escape(data.caption)}</title><desc id="${id}-desc">${escape(chart.summary)}</desc>${bars}</svg><figcaption>${escape(chart.summary)} The data are in the table below.</figcaption></figure>`;
}

/** The report's one inline stylesheet; the API allows it by its hash in the CSP of the report and the portal that frames it. */
export const REPORT_STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;line-height:1.4;margin:0}',
  'main{max-width:960px;margin:0 auto;padding:20px}',
  'table{border-collapse:collapse;margin:0 0 30px;width:100%}',
  'caption{text-align:left;font-weight:700;padding:6px 0}',
  'th,td{border-bottom:1px solid #b1b4b6;padding:6px 10px 6px 0;text-align:left}',
  'td{text-align:right}',
  'tr.total th,tr.total td{font-weight:700}',
  'svg text{font-size:14px;fill:#0b0c0c}',
  'svg rect{fill:#1d70b8}',
  '.period,.note{color:#484949}',
  '.provisional{border-left:10px solid #1d70b8;background:#f3f2f1;padding:10px 15px;margin:0 0 20px;font-size:1.1875rem}',
  '.provisional p{margin:5px 0}',
  'a{color:#1d70b8}',
  'nav li{margin:0 0 8px}nav a{display:inline-block;min-height:24px;padding:2px 0}',
].join('');

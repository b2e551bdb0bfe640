import { MEETING_VENUE_KINDS, MEETING_VENUE_LABELS, NOTICE_BAND_LABELS, NOTICE_BANDS } from '@heard/domain';
import type { ReportFigures } from './figures';
import type { Cell, Table } from './model';
import { count, label, percent, rate, sum } from './table-parts';

const NOT_RECORDED = 'NOT_RECORDED';

interface Attendance {
  held: number;
  attended: number;
}

function rowsOf(keys: readonly string[], labels: Readonly<Record<string, string>>, find: (key: string) => Attendance | undefined): Cell[][] {
  const all = [...keys, NOT_RECORDED].map((key) => ({ key, ...(find(key) ?? { held: 0, attended: 0 }) }));
  const shown = all.filter((row) => row.key !== NOT_RECORDED || row.held > 0);
  const held = sum(shown.map((r) => r.held));
  const attended = sum(shown.map((r) => r.attended));
  return [
    ...shown.map((r): Cell[] => [labels[r.key] ?? 'Not recorded', r.held, r.attended, percent(r.attended, r.held)]),
    ['Total', held, attended, percent(attended, held)],
  ];
}

/** Children attending their meetings, by venue and by the notice given; each table suppressed by the caller (`t`). */
export function attendanceTables(now: ReportFigures, t: (table: Table) => Table): Table[] {
  const columns = [count('Meetings'), count('Child attended'), rate('Per cent attended', 2, 1)];
  return [
    t({
      id: 'attendance-venue',
      caption: 'Children attending their meetings, by venue',
      columns: [label('Venue'), ...columns],
      rows: rowsOf(MEETING_VENUE_KINDS, MEETING_VENUE_LABELS, (key) => now.attendanceByVenue.find((a) => a.venue === key)),
      hasTotalRow: true,
    }),
    t({
      id: 'attendance-notice',
      caption: 'Children attending their meetings, by notice given',
      columns: [label('Notice given'), ...columns],
      rows: rowsOf(NOTICE_BANDS, NOTICE_BAND_LABELS, (key) => now.attendanceByNotice.find((a) => a.band === key)),
      hasTotalRow: true,
    }),
  ];
}

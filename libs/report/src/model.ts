import { type ReportingPeriod, reportingYearFirstDay, reportingYearLastDay } from '@heard/domain';

/** A count too small to publish (1 to the threshold), or one from which such a count could be worked out. */
export interface Suppressed {
  readonly suppressed: true;
}
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });
/** How a suppressed figure is shown, as in official statistics. */
export const SUPPRESSED_MARKER = '[c]';

export type Cell = string | number | null | Suppressed;

export type ColumnKind = 'label' | 'count' | 'rate' | 'days' | 'hours' | 'change';

export interface Column {
  label: string;
  kind: ColumnKind;
  /**
   * For a rate: the count columns it is numerator / denominator of; for a median (days, hours): the count column it is
   * the median of (given twice). Suppressed with either.
   */
  of?: readonly [number, number];
  /** For a rate: the count column whose share of the same column's total row it is (suppressed with either). */
  ofTotal?: number;
}

export interface Table {
  id: string;
  caption: string;
  columns: readonly Column[];
  rows: Cell[][];
  /** The last row totals the count columns above it. */
  hasTotalRow: boolean;
}

export interface Chart {
  tableId: string;
  labelColumn: number;
  valueColumn: number;
  /** Said in words for people who cannot see the chart. */
  summary: string;
}

export interface Section {
  id: string;
  title: string;
  intro: string;
  tables: Table[];
  chart: Chart | null;
}

export interface ReportModel {
  title: string;
  /** The reporting year's start: 2025 means 1 April 2025 to 31 March 2026. */
  year: number;
  scope: string;
  /** Plain-language points on what changed since last year. */
  summary: string[];
  sections: Section[];
  threshold: number;
  /** What the figures count: the whole year, or the year to date (provisional). Absent in reports stored before it was. */
  period?: ReportingPeriod;
}

/** The period a model counts; a model stored without one counted its whole year. */
export function periodOf(model: Pick<ReportModel, 'year' | 'period'>): ReportingPeriod {
  return model.period ?? { year: model.year, from: reportingYearFirstDay(model.year), to: reportingYearLastDay(model.year), provisional: false };
}

export function isSuppressed(cell: Cell): cell is Suppressed {
  return typeof cell === 'object' && cell !== null && 'suppressed' in cell;
}

export function cellText(cell: Cell): string {
  if (isSuppressed(cell)) return SUPPRESSED_MARKER;
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

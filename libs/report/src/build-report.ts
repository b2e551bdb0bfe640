import {
  AGE_BAND_LABELS,
  CASELOAD_BAND_LABELS,
  CONCERN_THEMES,
  MISSING_KIND_LABELS,
  PARTICIPATION_CODES,
  QUALITY_STANDARD_LABELS,
  QUALITY_STANDARDS,
  STAGE_LABELS,
  THEME_LABELS,
  type ConcernStage,
  type ConcernTheme,
} from '@heard/domain';
import type { ReportFigures, ReportInput } from './figures';
import { type Cell, isSuppressed, periodOf, type ReportModel, type Section, type Table } from './model';
import { suppress } from './suppression';
import { count, label, percent, rate, signed, sum } from './table-parts';
import { attendanceTables } from './attendance-tables';
import { childVoiceSection, safeguardingAndCourtSection } from './voice-sections';
import { themeAnswersSection } from './theme-answers-section';

/** The pure report model: every table built from the figures, suppressed, with a plain-language summary. */
export function buildReport(input: ReportInput): ReportModel {
  const { current: now, previous: before, threshold } = input;
  const t = (table: Table) => suppress(table, threshold);
  const themes = t(themeTable(now, before));
  const sections: Section[] = [
    {
      id: 'themes',
      title: 'Themes advocates raised',
      intro: 'Concerns raised in the year by theme, most frequent first, with the change on last year.',
      tables: [themes],
      chart: { tableId: themes.id, labelColumn: 0, valueColumn: 1, summary: themeSummary(themes) },
    },
    {
      id: 'offers',
      title: 'Active offers, opting out and first contact',
      intro: 'Every child entering care is offered an advocate; the child may opt out, and opt back in at any time.',
      tables: [
        t({
          id: 'offers',
          caption: 'Active offers made and answered on time',
          columns: [label('Measure'), count('Offers'), count('On time'), rate('Per cent on time', 1, 2)],
          rows: [['Active offers', now.offers.made, now.offers.onTime, percent(now.offers.onTime, now.offers.made)]],
          hasTotalRow: false,
        }),
        t({
          id: 'opting',
          caption: 'Opting out and opting back in',
          columns: [label('Measure'), count('Children'), rate('Per cent of answered offers', 1, 2)],
          rows: [
            ['Opted out', now.decisions.optedOut, percent(now.decisions.optedOut, now.decisions.answered)],
            ['Opted back in', now.decisions.optedBackIn, percent(now.decisions.optedBackIn, now.decisions.answered)],
            ['Offers answered', now.decisions.answered, null],
          ],
          hasTotalRow: false,
        }),
        t({
          id: 'first-contact',
          caption: 'Working days from assignment to the child’s answer (first contact)',
          columns: [label('Measure'), count('Children'), { label: 'Median working days', kind: 'days' }],
          rows: [['First contact', now.firstContact.measured, now.firstContact.medianWorkingDays]],
          hasTotalRow: false,
        }),
      ],
      chart: null,
    },
    childVoiceSection(now, before, t),
    {
      id: 'escalation',
      title: 'Concerns, escalation and court',
      intro: 'Concerns raised in the year by the highest stage they reached and how they ended.',
      tables: [
        t({
          id: 'stages',
          caption: 'Concerns by highest stage reached',
          columns: [label('Stage'), count('Concerns')],
          rows: [
            ...now.concernsByStage.map((s): Cell[] => [STAGE_LABELS[s.stage as ConcernStage] ?? s.stage, s.count]),
            ['Total', sum(now.concernsByStage.map((s) => s.count))],
          ],
          hasTotalRow: true,
        }),
        t({
          id: 'outcomes',
          caption: 'Concerns by outcome, with median working days to close',
          columns: [label('Outcome'), count('Concerns'), { label: 'Median working days', kind: 'days' }],
          rows: now.concernOutcomes.map((o): Cell[] => [o.outcome, o.count, o.medianWorkingDays]),
          hasTotalRow: false,
        }),
        t({
          id: 'court',
          caption: 'Applications to court',
          columns: [label('Measure'), count('This year'), count('Last year')],
          rows: [['Court applications', now.courtApplications, before.courtApplications]],
          hasTotalRow: false,
        }),
      ],
      chart: null,
    },
    safeguardingAndCourtSection(now, before, t, threshold),
    {
      id: 'meetings',
      title: 'Care-planning meetings and the child’s participation',
      intro: 'Meetings held in the year, whether on time, and how children took part.',
      tables: [
        t({
          id: 'meetings-on-time',
          caption: 'Meetings held on time',
          columns: [label('Measure'), count('Meetings'), count('On time'), rate('Per cent on time', 1, 2)],
          rows: [['Meetings held', now.meetings.held, now.meetings.onTime, percent(now.meetings.onTime, now.meetings.held)]],
          hasTotalRow: false,
        }),
        t({
          id: 'participation-age',
          caption: 'Meetings by the child’s age band',
          columns: [label('Age band'), count('Meetings')],
          rows: [
            ...AGE_BAND_LABELS.map((band): Cell[] => [band, now.participationByAge.find((a) => a.band === band)?.count ?? 0]),
            ['Total', sum(now.participationByAge.map((a) => a.count))],
          ],
          hasTotalRow: true,
        }),
        t({
          id: 'participation-code',
          caption: 'Meetings by participation code',
          columns: [label('Code'), count('Meetings')],
          rows: [
            ...PARTICIPATION_CODES.map((code): Cell[] => [code, now.participationByCode.find((p) => p.code === code)?.count ?? 0]),
            ['Total', sum(now.participationByCode.map((p) => p.count))],
          ],
          hasTotalRow: true,
        }),
        ...attendanceTables(now, t),
        t({
          id: 'actions',
          caption: 'Meeting actions due in the year',
          columns: [label('Measure'), count('Actions'), count('Done on time'), rate('Per cent on time', 1, 2), count('Drift')],
          rows: [['Actions due', now.actions.due, now.actions.doneOnTime, percent(now.actions.doneOnTime, now.actions.due), now.actions.drift]],
          hasTotalRow: false,
        }),
      ],
      chart: null,
    },
    {
      id: 'caseloads',
      title: 'Advocates’ caseloads',
      intro: 'How many children each advocate represented at the end of the year.',
      tables: [
        t({
          id: 'caseload-bands',
          caption: 'Advocates by caseload',
          columns: [label('Children represented'), count('Advocates')],
          rows: [
            ...CASELOAD_BAND_LABELS.map((band): Cell[] => [band, now.caseloads.find((c) => c.band === band)?.advocates ?? 0]),
            ['Total', sum(now.caseloads.map((c) => c.advocates))],
          ],
          hasTotalRow: true,
        }),
      ],
      chart: null,
    },
    {
      id: 'home-visits',
      title: 'Children’s home visits',
      intro: 'Judgements at home visits in the year, per Quality Standard.',
      tables: [
        t({
          id: 'judgements',
          caption: 'Home-visit judgements per Quality Standard',
          columns: [label('Quality Standard'), count('Met'), count('Partly met'), count('Not met'), count('Not looked at')],
          rows: QUALITY_STANDARDS.map((standard): Cell[] => {
            const j = now.homeVisits.find((h) => h.standard === standard);
            return [QUALITY_STANDARD_LABELS[standard], j?.met ?? 0, j?.partlyMet ?? 0, j?.notMet ?? 0, j?.notSeen ?? 0];
          }),
          hasTotalRow: false,
        }),
      ],
      chart: null,
    },
    {
      id: 'missing-from-care',
      title: 'Children missing from care',
      intro:
        'Episodes starting in the year when a child was missing from their placement, or away from it without authorisation, as the LA’s SSDA903 return records them.',
      tables: [t(missingFromCareTable(now))],
      chart: null,
    },
    themeAnswersSection(now, t),
  ];
  const period = periodOf(input);
  return { title: 'Heard: annual advocacy report', year: input.year, scope: input.scope, threshold, summary: summary(sections, themes), sections, period };
}

function missingFromCareTable(now: ReportFigures): Table {
  const { missing, away, children } = now.missingFromCare;
  return {
    id: 'missing-episodes',
    caption: 'Children with an episode of missing or away from placement without authorisation starting in the year, and the episodes',
    columns: [label('Episode'), count('Children'), count('Episodes')],
    rows: [
      [MISSING_KIND_LABELS.MISSING, missing.children, missing.episodes],
      [MISSING_KIND_LABELS.AWAY, away.children, away.episodes],
      // A child with both kinds is one child: the total of children is theirs, not a sum.
      ['Either', children, missing.episodes + away.episodes],
    ],
    hasTotalRow: true,
  };
}

function themeTable(now: ReportFigures, before: ReportFigures): Table {
  const counted = CONCERN_THEMES.map((theme) => ({
    theme,
    count: now.themes.find((x) => x.theme === theme)?.count ?? 0,
    last: before.themes.find((x) => x.theme === theme)?.count ?? 0,
  })).sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
  return {
    id: 'theme-counts',
    caption: 'Concerns by theme, most frequent first',
    columns: [label('Theme'), count('Concerns'), count('Last year'), { label: 'Change', kind: 'change' }],
    rows: [
      ...counted.map((c): Cell[] => [THEME_LABELS[c.theme as ConcernTheme], c.count, c.last, signed(c.count - c.last)]),
      ['Total', sum(counted.map((c) => c.count)), sum(counted.map((c) => c.last)), signed(sum(counted.map((c) => c.count)) - sum(counted.map((c) => c.last)))],
    ],
    hasTotalRow: true,
  };
}

/** What changed since last year, in plain words, from the suppressed tables (so it never reveals a small count). */
function summary(sections: readonly Section[], themes: Table): string[] {
  const cell = (tableId: string, row: number, column: number): Cell =>
    sections.flatMap((s) => s.tables).find((t) => t.id === tableId)?.rows[row]?.[column] ?? null;
  const totalRow = themes.rows.length - 1;
  const now = cell('theme-counts', totalRow, 1);
  const last = cell('theme-counts', totalRow, 2);
  const top = themes.rows.slice(0, -1).find((row) => typeof row[1] === 'number' && row[1] > 0);
  const change =
    typeof now === 'number' && typeof last === 'number'
      ? now === last
        ? ', the same as last year'
        : `, ${Math.abs(now - last)} ${now > last ? 'more' : 'fewer'} than last year (${last})`
      : '';
  return [
    `Advocates raised ${words(now)} concerns${change}.`,
    top === undefined ? 'No theme was recorded often enough to publish.' : `The most frequent theme was ${String(top[0])}.`,
    `${capital(words(cell('offers', 0, 1)))} active offers were made; ${share(cell('offers', 0, 3), 'were answered on time')}.`,
    `${capital(words(cell('meetings-on-time', 0, 1)))} care-planning meetings were held; ${share(cell('meetings-on-time', 0, 3), 'on time', 'were on time')}.`,
    shareOfCounted(
      cell('contact-standard', 2, 1),
      cell('contact-standard', 0, 2),
      'children had an advocate at the end of the period',
      'were within the contact standard',
    ),
    shareOfCounted(
      cell('child-messages', 3, 1),
      cell('child-messages', 0, 2),
      'messages came from children through their own channel',
      'were replied to within one working day',
    ),
    shareOfCounted(cell('safeguarding-alerts', 3, 1), cell('safeguarding-alerts', 0, 2), 'safeguarding alerts were raised', 'were acknowledged in time'),
  ];
}

/** `40 children had an advocate …; 90% were within …`; with the total not published, says so rather than calling it small. */
function shareOfCounted(total: Cell, part: Cell, counted: string, what: string): string {
  if (isSuppressed(total)) return `How many ${counted}, and how many of them ${what}, is not published, as some of the numbers are small.`;
  return `${capital(words(total))} ${counted}; ${share(part, what)}.`;
}

function words(value: Cell): string {
  if (isSuppressed(value)) return 'a small number of';
  return value === null ? 'no' : String(value);
}

/** `75% were answered on time`; a suppressed share says so in words: `how many were answered on time is not published, as the numbers are small`. */
function share(value: Cell, what: string, whatInFull = what): string {
  if (isSuppressed(value)) return `how many ${whatInFull} is not published, as the numbers are small`;
  return `${value === null ? 'none' : `${String(value)}%`} ${what}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function themeSummary(themes: Table): string {
  const shown = themes.rows.slice(0, -1).filter((row) => !isSuppressed(row[1] ?? null) && typeof row[1] === 'number' && (row[1] as number) > 0);
  return shown.length === 0
    ? 'No theme had enough concerns to publish.'
    : `The most frequent themes were ${shown
        .slice(0, 3)
        .map((row) => `${String(row[0])} (${String(row[1])})`)
        .join(', ')}.`;
}

import { OUTCOME_LABELS } from '@heard/domain';
import type { ReportFigures } from './figures';
import { type Cell, isSuppressed, SUPPRESSED, type Section, type Table } from './model';
import { count, label, percent, shareOfTotal, sum } from './table-parts';

type Protect = (table: Table) => Table;

/** Contact with the child, "you said, we did" and replies to the child's own messages. */
export function childVoiceSection(now: ReportFigures, before: ReportFigures, protect: Protect): Section {
  const outcomes = protect(youSaidWeDidTable(now, before));
  return {
    id: 'childs-voice',
    title: 'The child’s voice',
    intro:
      'Children with an advocate on the last day of the period, and whether their contact clock was within the contact standard that day: a first contact by the active-offer deadline, then contact at least every 6 weeks (or as configured) and before every care-planning meeting. “Last heard” is the last contact where the child’s own views were recorded. Then what became of what children said at their meetings held in the period (“you said, we did”, as recorded when the report was made), and whether the advocate replied within one working day to the messages children sent through their own channel.',
    tables: [protect(contactStandardTable(now, before)), protect(lastHeardTable(now, before)), outcomes, protect(childMessagesTable(now, before))],
    chart: { tableId: outcomes.id, labelColumn: 0, valueColumn: 1, summary: partsSummary(outcomes, 'Of what children said') },
  };
}

/** Safeguarding alerts on the fast path, and children's requests that their advocate attend court. */
export function safeguardingAndCourtSection(now: ReportFigures, before: ReportFigures, protect: Protect, threshold: number): Section {
  const alerts = protect(alertsTable(now, before));
  return {
    id: 'safeguarding-and-court',
    title: 'Safeguarding and court',
    intro:
      'Immediate safeguarding concerns raised in the period: the LA’s named safeguarding contact must acknowledge each by its deadline (by default the same working day), or the director and the Children’s Commissioner are told. Then children’s requests, made in the period, that their advocate attend court and make representations, and whether the advocate recorded attending.',
    tables: [alerts, escalatedTable(now, before, protect, alerts), acknowledgementHoursTable(now, before, threshold), protect(courtRequestsTable(now, before))],
    chart: { tableId: alerts.id, labelColumn: 0, valueColumn: 1, summary: partsSummary(alerts, 'Of the safeguarding alerts') },
  };
}

function contactStandardTable(now: ReportFigures, before: ReportFigures): Table {
  const row = (text: string, n: (f: ReportFigures) => number): Cell[] => {
    const total = (f: ReportFigures) => f.contactStandard.within + f.contactStandard.past;
    return [text, n(now), percent(n(now), total(now)), n(before), percent(n(before), total(before))];
  };
  return {
    id: 'contact-standard',
    caption: 'Children with an advocate on the last day of the period, by the contact standard',
    columns: [label('Contact standard'), count('Children'), shareOfTotal('Per cent', 1), count('Last year'), shareOfTotal('Per cent last year', 3)],
    rows: [
      row('Within the standard', (f) => f.contactStandard.within),
      row('Past the standard', (f) => f.contactStandard.past),
      row('Children with an advocate', (f) => f.contactStandard.within + f.contactStandard.past),
    ],
    hasTotalRow: true,
  };
}

function lastHeardTable(now: ReportFigures, before: ReportFigures): Table {
  return {
    id: 'last-heard',
    caption: 'Days since children with an advocate were last heard, on the last day of the period',
    columns: [label('Period'), count('Children heard at least once'), { label: 'Median days since last heard', kind: 'days', of: [1, 1] }],
    rows: [
      ['This year', now.lastHeard.heard, now.lastHeard.medianDays],
      ['Last year', before.lastHeard.heard, before.lastHeard.medianDays],
    ],
    hasTotalRow: false,
  };
}

function youSaidWeDidTable(now: ReportFigures, before: ReportFigures): Table {
  const keys = [
    ['DONE', 'done'],
    ['PARTLY', 'partly'],
    ['NOT_DONE', 'notDone'],
    ['OPEN', 'open'],
  ] as const;
  const total = (f: ReportFigures) => sum(keys.map(([, k]) => f.youSaidWeDid[k]));
  return {
    id: 'you-said-we-did',
    caption: 'What became of what children said at their meetings held in the period',
    columns: [label('What became of it'), count('Things children said'), shareOfTotal('Per cent', 1), count('Last year')],
    rows: [
      ...keys.map(([outcome, k]): Cell[] => [OUTCOME_LABELS[outcome], now.youSaidWeDid[k], percent(now.youSaidWeDid[k], total(now)), before.youSaidWeDid[k]]),
      ['Total', total(now), percent(total(now), total(now)), total(before)],
    ],
    hasTotalRow: true,
  };
}

function childMessagesTable(now: ReportFigures, before: ReportFigures): Table {
  const total = (f: ReportFigures) => f.childMessages.inTime + f.childMessages.late + f.childMessages.notReplied;
  const row = (text: string, n: (f: ReportFigures) => number): Cell[] => [
    text,
    n(now),
    percent(n(now), total(now)),
    n(before),
    percent(n(before), total(before)),
  ];
  return {
    id: 'child-messages',
    caption: 'Messages children sent through their own channel in the period, by the advocate’s reply',
    columns: [label('Reply'), count('Messages'), shareOfTotal('Per cent', 1), count('Last year'), shareOfTotal('Per cent last year', 3)],
    rows: [
      row('Replied within one working day', (f) => f.childMessages.inTime),
      row('Replied later', (f) => f.childMessages.late),
      row('Not replied by the end of the period', (f) => f.childMessages.notReplied),
      row('Messages', total),
    ],
    hasTotalRow: true,
  };
}

function alertsTable(now: ReportFigures, before: ReportFigures): Table {
  const total = (f: ReportFigures) => f.safeguarding.onTime + f.safeguarding.late + f.safeguarding.notAcknowledged;
  const row = (text: string, n: (f: ReportFigures) => number): Cell[] => [text, n(now), percent(n(now), total(now)), n(before)];
  return {
    id: 'safeguarding-alerts',
    caption: 'Safeguarding alerts raised in the period, by acknowledgement',
    columns: [label('Acknowledgement'), count('Alerts'), shareOfTotal('Per cent', 1), count('Last year')],
    rows: [
      row('Acknowledged in time', (f) => f.safeguarding.onTime),
      row('Acknowledged late', (f) => f.safeguarding.late),
      row('Not acknowledged by the end of the period', (f) => f.safeguarding.notAcknowledged),
      row('Alerts raised', total),
    ],
    hasTotalRow: true,
  };
}

/**
 * Alerts escalated because nobody acknowledged them in time. Those are the late and the unacknowledged alerts, so an
 * escalated count beside a suppressed late or unacknowledged one could give it back: it is suppressed with either.
 */
function escalatedTable(now: ReportFigures, before: ReportFigures, protect: Protect, alerts: Table): Table {
  const table = protect({
    id: 'safeguarding-escalated',
    caption: 'Safeguarding alerts escalated to the director and the Children’s Commissioner',
    columns: [label('Measure'), count('Alerts'), count('Last year')],
    rows: [['Escalated', now.safeguarding.escalated, before.safeguarding.escalated]],
    hasTotalRow: false,
  });
  const row = table.rows[0] ?? [];
  for (const [escalated, column] of [
    [1, 1],
    [2, 3],
  ] as const) {
    if (alerts.rows.slice(1, 3).some((r) => isSuppressed(r[column] ?? null))) row[escalated] = SUPPRESSED;
  }
  return table;
}

/** The median of the acknowledged alerts; with 1 to `threshold` of them it would describe too few, so it is suppressed. */
function acknowledgementHoursTable(now: ReportFigures, before: ReportFigures, threshold: number): Table {
  const median = (f: ReportFigures): Cell => {
    const acknowledged = f.safeguarding.onTime + f.safeguarding.late;
    return acknowledged >= 1 && acknowledged <= threshold ? SUPPRESSED : f.safeguarding.medianHoursToAcknowledge;
  };
  return {
    id: 'safeguarding-hours',
    caption: 'Median hours from raising a safeguarding alert to its acknowledgement',
    columns: [label('Period'), { label: 'Median hours to acknowledge', kind: 'hours' }],
    rows: [
      ['This year', median(now)],
      ['Last year', median(before)],
    ],
    hasTotalRow: false,
  };
}

function courtRequestsTable(now: ReportFigures, before: ReportFigures): Table {
  const total = (f: ReportFigures) => f.courtRequests.attended + f.courtRequests.couldNotAttend + f.courtRequests.notRecorded;
  return {
    id: 'court-requests',
    caption: 'Children’s requests that their advocate attend court, made in the period',
    columns: [label('What happened'), count('Requests'), count('Last year')],
    rows: [
      ['The advocate attended', now.courtRequests.attended, before.courtRequests.attended],
      ['The advocate could not attend', now.courtRequests.couldNotAttend, before.courtRequests.couldNotAttend],
      ['Not yet recorded', now.courtRequests.notRecorded, before.courtRequests.notRecorded],
      ['Requests', total(now), total(before)],
    ],
    hasTotalRow: true,
  };
}

/** The chart's words, from the suppressed table: "Of what children said: Done 12, Partly done [c] …" without the small counts. */
function partsSummary(table: Table, lead: string): string {
  const body = table.rows.slice(0, -1);
  const shown = body.filter((row) => typeof row[1] === 'number' && row[1] > 0);
  if (shown.length === 0) return `${lead}, none can be published this year.`;
  const hidden = body.some((row) => isSuppressed(row[1] ?? null));
  const parts = shown.map((row) => `${String(row[0]).toLowerCase()} ${String(row[1])}`).join(', ');
  return `${lead}: ${parts}${hidden ? '; smaller numbers are not published' : ''}.`;
}

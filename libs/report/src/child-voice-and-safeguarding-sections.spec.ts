import { buildReport } from './build-report';
import { tableCsv } from './csv';
import type { ReportFigures, ReportInput } from './figures';
import { reportHtml } from './html';
import { cellText, type ReportModel, type Table } from './model';
import { figuresForTest as figures } from './testing/figures';

const lastYear: Partial<ReportFigures> = {
  contactStandard: { within: 30, past: 10 },
  lastHeard: { heard: 3, medianDays: 21 },
  youSaidWeDid: { done: 10, partly: 5, notDone: 5, open: 0 },
  childMessages: { inTime: 20, late: 2, notReplied: 1 },
  safeguarding: { onTime: 3, late: 0, notAcknowledged: 0, escalated: 0, medianHoursToAcknowledge: 1.5 },
  courtRequests: { attended: 0, couldNotAttend: 0, notRecorded: 0 },
};
const input = (current: Partial<ReportFigures> = {}): ReportInput => ({
  year: 2025,
  scope: 'England',
  threshold: 4,
  current: figures(current),
  previous: figures(lastYear),
});
const table = (model: ReportModel, id: string): Table => {
  const found = model.sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
};
const texts = (model: ReportModel, id: string) => table(model, id).rows.map((row) => row.map(cellText));

describe('the child’s voice section', () => {
  const model = buildReport(input());

  it('follows the offers and precedes the concerns, and is in the HTML with its chart', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'themes',
      'offers',
      'childs-voice',
      'escalation',
      'safeguarding-and-court',
      'meetings',
      'caseloads',
      'home-visits',
      'missing-from-care',
      'theme-answers',
    ]);
    const html = reportHtml(model);
    expect(html).toContain('<h2 id="childs-voice">The child’s voice</h2>');
    expect(html).toContain(
      '<desc id="you-said-we-did-chart-desc">Of what children said: done 20, partly done 6, still open 11; smaller numbers are not published.</desc>',
    );
  });

  it('counts children within the contact standard; a small count suppresses the total, and every share of that total', () => {
    expect(texts(model, 'contact-standard')).toEqual([
      ['Within the standard', '36', '[c]', '30', '75'],
      ['Past the standard', '[c]', '[c]', '10', '25'],
      ['Children with an advocate', '[c]', '[c]', '40', '100'],
    ]);
    expect(tableCsv(table(model, 'contact-standard'))).toBe(
      'Contact standard,Children,Per cent,Last year,Per cent last year\nWithin the standard,36,[c],30,75\nPast the standard,[c],[c],10,25\nChildren with an advocate,[c],[c],40,100\n',
    );
  });

  it('shows the median days since last heard, suppressed with a small number of children heard', () => {
    expect(texts(model, 'last-heard')).toEqual([
      ['This year', '38', '17'],
      ['Last year', '[c]', '[c]'],
    ]);
  });

  it('counts what became of what children said, by outcome', () => {
    expect(texts(model, 'you-said-we-did')).toEqual([
      ['Done', '20', '[c]', '10'],
      ['Partly done', '6', '[c]', '5'],
      ['Not done', '[c]', '[c]', '5'],
      ['Still open', '11', '[c]', '0'],
      ['Total', '[c]', '[c]', '20'],
    ]);
    const published = buildReport(input({ youSaidWeDid: { done: 20, partly: 6, notDone: 5, open: 9 } }));
    expect(texts(published, 'you-said-we-did')).toEqual([
      ['Done', '20', '50', '10'],
      ['Partly done', '6', '15', '5'],
      ['Not done', '5', '12.5', '5'],
      ['Still open', '9', '22.5', '0'],
      ['Total', '40', '100', '20'],
    ]);
  });

  it('counts children’s messages replied to within one working day, later, and not replied', () => {
    expect(texts(model, 'child-messages')).toEqual([
      ['Replied within one working day', '45', '90', '20', '[c]'],
      ['Replied later', '5', '10', '[c]', '[c]'],
      ['Not replied by the end of the period', '0', '0', '[c]', '[c]'],
      ['Messages', '50', '100', '[c]', '[c]'],
    ]);
  });

  it('leaves an empty year as zeros, with no shares and no medians', () => {
    const empty = buildReport(
      input({
        contactStandard: { within: 0, past: 0 },
        lastHeard: { heard: 0, medianDays: null },
        youSaidWeDid: { done: 0, partly: 0, notDone: 0, open: 0 },
        childMessages: { inTime: 0, late: 0, notReplied: 0 },
      }),
    );
    expect(texts(empty, 'contact-standard').map((row) => row.slice(0, 3))).toEqual([
      ['Within the standard', '0', ''],
      ['Past the standard', '0', ''],
      ['Children with an advocate', '0', ''],
    ]);
    expect(texts(empty, 'last-heard')[0]).toEqual(['This year', '0', '']);
    expect(empty.sections.find((s) => s.id === 'childs-voice')?.chart?.summary).toBe('Of what children said, none can be published this year.');
  });
});

describe('the safeguarding and court section', () => {
  const model = buildReport(input());

  it('counts alerts by acknowledgement, suppressing the small count, the total and the shares', () => {
    expect(texts(model, 'safeguarding-alerts')).toEqual([
      ['Acknowledged in time', '9', '[c]', '[c]'],
      ['Acknowledged late', '[c]', '[c]', '0'],
      ['Not acknowledged by the end of the period', '6', '[c]', '0'],
      ['Alerts raised', '[c]', '[c]', '[c]'],
    ]);
  });

  it('suppresses the escalated count when a late or unacknowledged count is suppressed (it would give it back)', () => {
    expect(texts(model, 'safeguarding-escalated')).toEqual([['Escalated', '[c]', '0']]);
    const published = buildReport(input({ safeguarding: { onTime: 9, late: 5, notAcknowledged: 6, escalated: 11, medianHoursToAcknowledge: 2.5 } }));
    expect(texts(published, 'safeguarding-escalated')).toEqual([['Escalated', '11', '0']]);
    expect(texts(published, 'safeguarding-alerts')).toEqual([
      ['Acknowledged in time', '9', '45', '[c]'],
      ['Acknowledged late', '5', '25', '0'],
      ['Not acknowledged by the end of the period', '6', '30', '0'],
      ['Alerts raised', '20', '100', '[c]'],
    ]);
  });

  it('shows the median hours to acknowledge, suppressed when 1 to 4 alerts were acknowledged', () => {
    expect(texts(model, 'safeguarding-hours')).toEqual([
      ['This year', '2.5'],
      ['Last year', '[c]'],
    ]);
    expect(table(model, 'safeguarding-hours').columns[1]).toEqual({ label: 'Median hours to acknowledge', kind: 'hours' });
  });

  it('counts children’s requests that their advocate attend court, and whether the advocate did', () => {
    expect(texts(model, 'court-requests')).toEqual([
      ['The advocate attended', '5', '0'],
      ['The advocate could not attend', '[c]', '0'],
      ['Not yet recorded', '0', '0'],
      ['Requests', '[c]', '0'],
    ]);
  });
});

describe('the summary says what it can of the new measures, never a small count', () => {
  it('says a share when its total is published, and that it is not when the total is suppressed', () => {
    expect(buildReport(input()).summary.slice(4)).toEqual([
      'How many children had an advocate at the end of the period, and how many of them were within the contact standard, is not published, as some of the numbers are small.',
      '50 messages came from children through their own channel; 90% were replied to within one working day.',
      'How many safeguarding alerts were raised, and how many of them were acknowledged in time, is not published, as some of the numbers are small.',
    ]);
    const published = buildReport(
      input({
        contactStandard: { within: 30, past: 10 },
        safeguarding: { onTime: 9, late: 5, notAcknowledged: 6, escalated: 11, medianHoursToAcknowledge: 2 },
      }),
    );
    expect(published.summary.slice(4)).toEqual([
      '40 children had an advocate at the end of the period; 75% were within the contact standard.',
      '50 messages came from children through their own channel; 90% were replied to within one working day.',
      '20 safeguarding alerts were raised; 45% were acknowledged in time.',
    ]);
  });
});

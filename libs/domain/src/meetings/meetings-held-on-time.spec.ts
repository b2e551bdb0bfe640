import { createEnglandAndWalesCalendar } from '../calendar/working-day-calendar';
import { settledLongTermFosterSince } from './long-term-foster';
import { nextMeetingDue, nextMeetingDueOn } from './meeting-schedule';
import { meetingsHeldOnTime } from './meetings-held-on-time';

const calendar = createEnglandAndWalesCalendar();
const onTime = (held: string[], settled: string | null = null) =>
  meetingsHeldOnTime(calendar, { periodOfCareStart: '2024-01-08', heldOn: held, settledLongTermFosterSince: settled }).map((m) => [m.heldOn, m.onTime]);

describe('a meeting is on time when held by the date the meetings before it set', () => {
  it('first within 20 working days, second within 3 months, then within 6', () => {
    // 20 working days after Monday 8 January 2024 is Monday 5 February.
    expect(onTime(['2024-02-05', '2024-05-05', '2024-11-05'])).toEqual([
      ['2024-02-05', true],
      ['2024-05-05', true],
      ['2024-11-05', true],
    ]);
    expect(onTime(['2024-02-06', '2024-05-07', '2024-11-08'])).toEqual([
      ['2024-02-06', false],
      ['2024-05-07', false],
      ['2024-11-08', false],
    ]);
  });

  it('takes meetings in date order, and ignores meetings before the period of care', () => {
    expect(onTime(['2024-05-05', '2023-12-01', '2024-02-05'])).toEqual([
      ['2024-02-05', true],
      ['2024-05-05', true],
    ]);
  });

  it('a child settled in a long-term foster placement may wait 12 months after the second meeting', () => {
    const held = ['2024-02-05', '2024-05-05', '2025-04-05'];
    expect(onTime(held)).toEqual([
      ['2024-02-05', true],
      ['2024-05-05', true],
      ['2025-04-05', false],
    ]);
    expect(onTime(held, '2024-01-08')).toEqual([
      ['2024-02-05', true],
      ['2024-05-05', true],
      ['2025-04-05', true],
    ]);
  });
});

describe('only the meetings held in a window are judged, each against every meeting before it', () => {
  it('judges the third meeting by the second even when the second is outside the window', () => {
    const judged = meetingsHeldOnTime(
      calendar,
      { periodOfCareStart: '2024-01-08', heldOn: ['2024-02-05', '2024-05-05', '2024-11-06'] },
      { from: '2024-06-01', to: '2025-05-31' },
    );
    expect(judged).toEqual([{ heldOn: '2024-11-06', onTime: false }]);
  });
});

describe('the due date alone is the one nextMeetingDue explains', () => {
  it.each([
    [[], null],
    [['2024-02-01'], null],
    [['2024-02-01', '2024-04-30'], null],
    [['2024-02-01', '2024-04-30', '2024-08-31'], null],
    [['2024-02-01', '2024-04-30', '2024-08-31'], '2024-01-08'],
    [['2024-02-01', '2024-04-30', '2024-08-31'], '2024-09-01'],
  ])('after %j (settled since %s)', (held, settled) => {
    const history = { periodOfCareStart: '2024-01-08', heldOn: held, settledLongTermFosterSince: settled };
    expect(nextMeetingDueOn(calendar, history.periodOfCareStart, held, settled)).toBe(nextMeetingDue(calendar, history).dueOn);
  });
});

describe('a child counts as settled in long-term foster care from the start of a period placed long-term (U1, U4)', () => {
  it.each([
    ['U1', '2024-01-08'],
    ['U4', '2024-01-08'],
    ['U3', null],
    ['U6', null],
    [null, null],
  ])('placement %s', (placementType, since) => {
    expect(settledLongTermFosterSince({ start: '2024-01-08', placementType })).toBe(since);
  });
});

import { formatLondonTime, londonDate, londonTime, londonZoneName } from './london';

describe('London date and time: GMT in winter, BST from the last Sunday of March to the last Sunday of October', () => {
  it.each([
    // the evening before and the night after the spring change (01:00 GMT on Sunday 29 March 2026 → 02:00 BST)
    ['2026-03-28T23:30:00Z', '2026-03-28', '23:30', 'GMT'],
    ['2026-03-29T00:30:00Z', '2026-03-29', '00:30', 'GMT'],
    ['2026-03-29T00:59:00Z', '2026-03-29', '00:59', 'GMT'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00', 'BST'],
    ['2026-03-29T22:30:00Z', '2026-03-29', '23:30', 'BST'],
    ['2026-03-29T23:30:00Z', '2026-03-30', '00:30', 'BST'],
    // summer: 23:30 UTC is already tomorrow in London
    ['2026-06-01T22:30:00Z', '2026-06-01', '23:30', 'BST'],
    ['2026-06-01T23:30:00Z', '2026-06-02', '00:30', 'BST'],
    // the evening before and the night after the autumn change (02:00 BST on Sunday 25 October 2026 → 01:00 GMT)
    ['2026-10-24T22:30:00Z', '2026-10-24', '23:30', 'BST'],
    ['2026-10-24T23:30:00Z', '2026-10-25', '00:30', 'BST'],
    ['2026-10-25T00:59:00Z', '2026-10-25', '01:59', 'BST'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '01:00', 'GMT'],
    ['2026-10-25T23:30:00Z', '2026-10-25', '23:30', 'GMT'],
    ['2026-10-26T00:30:00Z', '2026-10-26', '00:30', 'GMT'],
    // winter: London is UTC
    ['2026-12-01T23:30:00Z', '2026-12-01', '23:30', 'GMT'],
    ['2026-12-02T00:30:00Z', '2026-12-02', '00:30', 'GMT'],
    ['2026-12-31T23:59:00Z', '2026-12-31', '23:59', 'GMT'],
  ])('%s is %s %s %s in London', (instant, date, time, zone) => {
    const at = new Date(instant);
    expect(londonDate(at)).toBe(date);
    expect(londonTime(at)).toBe(time);
    expect(londonZoneName(at)).toBe(zone);
    expect(formatLondonTime(at)).toBe(`${time} ${zone}`);
  });

  it('New Year: 2026-12-31T23:30 UTC is still 31 December, 2027-01-01 after midnight', () => {
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(londonDate(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('midnight in London is 00:00, never 24:00', () => {
    expect(londonTime(new Date('2026-06-01T23:00:00Z'))).toBe('00:00');
    expect(londonTime(new Date('2026-12-02T00:00:00Z'))).toBe('00:00');
  });

  it('refuses an invalid instant', () => {
    expect(() => londonDate(new Date('not a date'))).toThrow(RangeError);
  });
});

import { periodProblems } from '../../shared/ui/period';
import { livePeriodCheck } from './live-themes-period';

// 2 December 2026, noon in London.
const NOW = new Date('2026-12-02T12:00:00Z');
const check = (fromOn: string, toOn: string) => periodProblems({ fromOn, toOn }, (p) => livePeriodCheck(p, NOW));

describe('the live themes date range', () => {
  it('accepts a period of up to a year ending by today', () => {
    expect(check('2025-12-03', '2026-12-02')).toEqual([]);
    expect(check('2026-04-01', '2026-04-01')).toEqual([]);
  });

  it('asks for both dates and real ones', () => {
    expect(check('', '2026-13-01')).toEqual([
      { fieldId: 'fromOn', message: 'Enter the first day to show' },
      { fieldId: 'toOn', message: 'To must be a real date' },
    ]);
    expect(check('2026-04-', '2026-05-01')).toEqual([{ fieldId: 'fromOn', message: 'From must include a day' }]);
  });

  it('refuses To before From', () => {
    expect(check('2026-05-02', '2026-05-01')).toEqual([{ fieldId: 'fromOn', message: 'From must be the same as or before To' }]);
  });

  it('refuses, as the server does, an end after today and a period over a year', () => {
    expect(check('2026-04-01', '2026-12-03')).toEqual([{ fieldId: 'toOn', message: 'The end date cannot be in the future.' }]);
    expect(check('2025-12-02', '2026-12-02')).toEqual([{ fieldId: 'fromOn', message: 'The period can be at most a year long.' }]);
  });
});

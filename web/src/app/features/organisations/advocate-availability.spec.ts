import { availabilityText, languagesFrom } from './advocate-availability';

describe('the advocates pages', () => {
  it('say whether an advocate may be given new children today', () => {
    expect([
      availabilityText({ availableToday: true, unavailableUntil: null }),
      availabilityText({ availableToday: false, unavailableUntil: '2026-12-24' }),
      availabilityText({ availableToday: true, unavailableUntil: '2026-11-30' }),
    ]).toEqual(['Available', 'Away until 24 December 2026', 'Available']);
  });

  it('read languages one per line or separated by commas', () => {
    expect(languagesFrom(' Polish\nEnglish, Sylheti ,\n\n')).toEqual(['Polish', 'English', 'Sylheti']);
  });
});

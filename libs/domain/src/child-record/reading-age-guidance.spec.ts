import { childRecordRefusal } from './commands';
import { readingAgeGuidance } from './reading-age';

describe('reading-age guidance for the child’s record', () => {
  it('a grade of 4 is a reading age of 9: within the target', () => {
    expect(readingAgeGuidance(4)).toEqual({ readingAge: 9, withinTarget: true, message: 'Reading age 9: good. Aim for a reading age of 9 or under.' });
  });

  it('a grade of 4.6 rounds to a reading age of 10: too hard', () => {
    expect(readingAgeGuidance(4.6)).toEqual({
      readingAge: 10,
      withinTarget: false,
      message: 'Reading age 10: too hard for many children. Aim for a reading age of 9 or under: use shorter sentences and shorter words.',
    });
  });

  it('a negative grade (very simple text) is a reading age of 5', () => {
    expect(readingAgeGuidance(-2.3).readingAge).toBe(5);
  });

  it('no text has no reading age', () => {
    expect(readingAgeGuidance(null)).toEqual({
      readingAge: null,
      withinTarget: false,
      message: 'Write the record to see its reading age. Aim for a reading age of 9 or under.',
    });
    expect(readingAgeGuidance(Number.NaN).readingAge).toBeNull();
  });
});

describe('when the child’s record may be written', () => {
  it('only once the meeting is completed', () => {
    expect(childRecordRefusal('COMPLETED')).toBeNull();
    expect(childRecordRefusal('HELD')).toBe('The record for the child can only be written once the meeting is completed.');
    expect(childRecordRefusal('SCHEDULED')).toBe('The record for the child can only be written once the meeting is completed.');
  });
});

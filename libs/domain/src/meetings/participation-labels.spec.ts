import { PARTICIPATION_CODES, participationLabel } from './participation';

describe('each participation code is offered with its meaning', () => {
  it('labels every code once, in order', () => {
    expect(PARTICIPATION_CODES.map(participationLabel)).toEqual([
      'PN0 – Child aged under 4 at the time of the meeting',
      'PN1 – Attends and speaks for themselves',
      'PN2 – Attends; an advocate speaks for them',
      'PN3 – Attends; views conveyed non-verbally',
      'PN4 – Attends without contributing',
      'PN5 – Does not attend; briefs an advocate to speak for them',
      'PN6 – Does not attend; views conveyed by another medium',
      'PN7 – Does not attend; views not conveyed',
    ]);
  });
});

import { childFirstName, outcomeTag, savedNotice } from './you-said-we-did';

describe('you said, we did helpers', () => {
  it('calls the child by their preferred name when given', () => {
    expect(childFirstName({ givenName: 'Leonard', preferredName: 'Leo' })).toBe('Leo');
    expect(childFirstName({ givenName: 'Leonard', preferredName: ' ' })).toBe('Leonard');
    expect(childFirstName({ givenName: 'Leonard', preferredName: null })).toBe('Leonard');
  });

  it('confirms what was saved and whether the child will see it', () => {
    expect(savedNotice('PARTLY', true, 'Leo')).toBe("Outcome saved: partly done. It will be shown on Leo's printed page.");
    expect(savedNotice('OPEN', false, 'Leo')).toBe('Outcome saved: still open. It will not be shown to Leo.');
  });

  it('tags each outcome', () => {
    expect(outcomeTag('DONE')).toBe('tag tag--green');
    expect(outcomeTag('OPEN')).toBe('tag tag--blue');
  });
});

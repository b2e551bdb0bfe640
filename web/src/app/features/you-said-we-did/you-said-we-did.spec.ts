import { childFirstName, outcomeTag, savedNotice, themesText, toggledThemes } from './you-said-we-did';

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

  it('names the themes, or none', () => {
    expect(themesText([])).toBe('None');
    expect(themesText(['EDUCATION', 'NOT_BEING_LISTENED_TO'])).toBe('Education, Not being listened to');
  });

  it('keeps ticked themes in the taxonomy order', () => {
    expect(toggledThemes(['SAFETY'], 'EDUCATION', true)).toEqual(['EDUCATION', 'SAFETY']);
    expect(toggledThemes(['EDUCATION', 'SAFETY'], 'EDUCATION', false)).toEqual(['SAFETY']);
    expect(toggledThemes(['SAFETY'], 'SAFETY', true)).toEqual(['SAFETY']);
  });
});

import { codeLabel, LEFT_CARE_REASONS, leftCareNotice, PLACEMENT_OPTIONS, placementChangeNotice } from './care-events';

describe("the banners after recording a change to a child's care", () => {
  it('says when a change of placement offered advocacy again', () => {
    expect(placementChangeNotice('Amelia', true)).toBe('Change of placement recorded. Amelia was offered advocacy again.');
    expect(placementChangeNotice('Amelia', false)).toBe('Change of placement recorded.');
  });

  it('says when advocacy ended, in words', () => {
    expect(leftCareNotice('Amelia', '2026-12-03')).toBe('Leaving care recorded: advocacy ended on 3 December 2026.');
    expect(leftCareNotice('Amelia', null)).toBe('Leaving care recorded: Amelia is no longer waiting for an advocate.');
  });

  it('offers the SSDA903 codes with their meanings, without X1 for leaving care', () => {
    expect(codeLabel(PLACEMENT_OPTIONS, 'U1')).toBe('U1: Foster placement with relative or friend – long-term fostering');
    expect(LEFT_CARE_REASONS.map((r) => r.value)).not.toContain('X1');
    expect(codeLabel(LEFT_CARE_REASONS, 'E13')).toBe('E13: Left care to live with parent(s), relative, or other person with no parental responsibility');
  });
});

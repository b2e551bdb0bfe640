import { correctionKindsFor, correctionLabel, correctionRefusal } from './corrections';

describe('putting a recorded item right', () => {
  it('lets the advocate add both kinds and the LA manager only a correction', () => {
    expect(correctionKindsFor('ADVOCATE')).toEqual(['CORRECTION', 'CHILD_DISAGREEMENT']);
    expect(correctionKindsFor('LA_MANAGER')).toEqual(['CORRECTION']);
    expect(correctionKindsFor('ADMIN')).toEqual([]);
    expect(correctionKindsFor('COMMISSIONER_STAFF')).toEqual([]);
    expect(correctionKindsFor('PROVIDER_MANAGER')).toEqual([]);
  });

  it.each([
    ['ADVOCATE', 'CHILD_DISAGREEMENT', 'MEETING_DECISION', null],
    ['ADVOCATE', 'CORRECTION', 'CONTACT', null],
    ['LA_MANAGER', 'CORRECTION', 'CHILD_DETAILS', null],
    ['LA_MANAGER', 'CORRECTION', 'MEETING_ACTION', null],
    [
      'LA_MANAGER',
      'CHILD_DISAGREEMENT',
      'MEETING_DECISION',
      "Only the child's advocate can record that the child disagrees: the local authority can add a correction.",
    ],
    ['LA_MANAGER', 'CORRECTION', 'CONTACT', "A contact with the child is the advocate's record: the local authority cannot correct it."],
    ['ADMIN', 'CORRECTION', 'CHILD_DETAILS', "Only the child's advocate or the child's local authority can put a recorded item right."],
  ] as const)('%s adding %s to %s: %s', (role, kind, itemKind, refusal) => {
    expect(correctionRefusal(role, kind, itemKind)).toBe(refusal);
  });

  it('says in plain words who put it right and when', () => {
    expect(correctionLabel({ kind: 'CORRECTION', recordedByRole: 'LA_MANAGER', recordedOn: '2026-03-03', childName: 'Maya' })).toBe(
      'Corrected by the local authority on 3 March 2026',
    );
    expect(correctionLabel({ kind: 'CORRECTION', recordedByRole: 'ADVOCATE', recordedOn: '2026-03-03', childName: 'Maya' })).toBe(
      "Corrected by the child's advocate on 3 March 2026",
    );
    expect(correctionLabel({ kind: 'CHILD_DISAGREEMENT', recordedByRole: 'ADVOCATE', recordedOn: '2026-12-25', childName: 'Maya' })).toBe(
      'Maya disagrees (recorded by their advocate on 25 December 2026)',
    );
  });
});

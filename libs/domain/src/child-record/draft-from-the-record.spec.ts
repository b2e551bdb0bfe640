import { draftChildRecord } from './draft';

describe("the child's record is drafted from the meeting's record", () => {
  it('speaks to the child, the significant decisions first, then who will do what by when', () => {
    const draft = draftChildRecord({
      heldOn: '2026-12-03',
      decisions: [
        { text: 'you will see your sister every month', significant: false },
        { text: 'You will stay with your foster carers.', significant: true },
      ],
      actions: [
        { what: 'Arrange contact with your sister.', owner: 'Your social worker', dueOn: '2026-12-17' },
        { what: 'CAMHS referral', owner: 'Dr Patel', dueOn: '2027-01-08' },
      ],
    });
    expect(draft).toBe(
      [
        'At your meeting on 3 December 2026 we decided:',
        '- You will stay with your foster carers.',
        '- You will see your sister every month.',
        '',
        'Who will do what:',
        '- Your social worker will arrange contact with your sister by 17 December 2026.',
        '- Dr Patel will CAMHS referral by 8 January 2027.',
        '',
        'If you want to ask about any of this, or you do not agree, tell your advocate.',
      ].join('\n'),
    );
  });

  it('says so when the meeting made no decisions and leaves out an empty list of actions', () => {
    expect(draftChildRecord({ heldOn: '2027-02-01', decisions: [], actions: [] })).toBe(
      'At your meeting on 1 February 2027 we did not make any decisions.\n\nIf you want to ask about any of this, or you do not agree, tell your advocate.',
    );
  });
});

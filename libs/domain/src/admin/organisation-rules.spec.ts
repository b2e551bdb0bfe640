import {
  caseloadCapRefusal,
  cleanLanguages,
  coverageRemovalRefusal,
  employerRefusal,
  laCodeProblem,
  providerMoveRefusal,
  unavailableUntilProblem,
} from './organisation-rules';

describe('administering organisations and advocates', () => {
  it('takes a three-digit LA code only', () => {
    expect([laCodeProblem('301'), laCodeProblem(' 901 '), laCodeProblem('30'), laCodeProblem('3011'), laCodeProblem('A01')]).toEqual([
      null,
      null,
      'Enter the local authority’s three-digit code, like 301.',
      'Enter the local authority’s three-digit code, like 301.',
      'Enter the local authority’s three-digit code, like 301.',
    ]);
  });

  it('stores languages trimmed, without blanks, each once whatever its case, in the order given', () => {
    expect(cleanLanguages(['  Polish ', 'english', '', 'English', 'Sylheti  Bengali', 'POLISH'])).toEqual({
      languages: ['Polish', 'english', 'Sylheti Bengali'],
    });
  });

  it('needs at least one language', () => {
    expect(cleanLanguages([' ', ''])).toEqual({ problem: 'Enter at least one language the advocate speaks.' });
    expect(cleanLanguages([])).toEqual({ problem: 'Enter at least one language the advocate speaks.' });
  });

  it('refuses a cap below the current caseload, and allows one equal to it', () => {
    expect(caseloadCapRefusal(4, 5)).toBe("The cap cannot go below the advocate's current caseload of 5: reassign children first.");
    expect(caseloadCapRefusal(5, 5)).toBeNull();
  });

  it('refuses an employer whose children the advocate represents, naming how many', () => {
    expect(employerRefusal('Priya Shah', 'Northshire', 2)).toBe(
      "Priya Shah advocates for 2 children in Northshire. An advocate employed by an LA never advocates for that LA's children: reassign them before recording Northshire as the employer.",
    );
    expect(employerRefusal('Priya Shah', 'Northshire', 1)).toBe(
      "Priya Shah advocates for 1 child in Northshire. An advocate employed by an LA never advocates for that LA's children: reassign them before recording Northshire as the employer.",
    );
    expect(employerRefusal('Priya Shah', 'Eastmoor', 0)).toBeNull();
  });

  it('refuses moving an advocate to a provider that does not cover their children', () => {
    expect(providerMoveRefusal('New Voices', 'Northshire', 3)).toBe(
      'New Voices does not cover Northshire, where 3 children this advocate represents live: reassign them or add the coverage first.',
    );
    expect(providerMoveRefusal('New Voices', 'Northshire', 1)).toBe(
      'New Voices does not cover Northshire, where 1 child this advocate represents lives: reassign them or add the coverage first.',
    );
    expect(providerMoveRefusal('New Voices', 'Northshire', 0)).toBeNull();
  });

  it('refuses ending coverage while the provider still represents that LA’s children', () => {
    expect(coverageRemovalRefusal('Voices', 'Northshire', 4)).toBe(
      'Advocates of Voices still represent 4 children in Northshire: reassign them before Voices stops covering Northshire.',
    );
    expect(coverageRemovalRefusal('Voices', 'Northshire', 0)).toBeNull();
  });

  it('takes an away-until date of today or later', () => {
    expect(unavailableUntilProblem('2026-03-01', '2026-03-02')).toBe('The date the advocate is away until must be today or later: you entered 1 March 2026.');
    expect(unavailableUntilProblem('2026-03-02', '2026-03-02')).toBeNull();
  });
});

import { VISIT_REPORT_FIELD_IDS } from './visit-report-fields';

const idOf = VISIT_REPORT_FIELD_IDS as (field: string) => string | undefined;

describe("each missing part of a visit report is linked to the form's own field", () => {
  it.each([
    ['announced', 'announced-yes'],
    ['childrenSpokenTo.0.name', 'child-name-0'],
    ['childrenSpokenTo.1.consentToSpeak', 'child-consent-1'],
    ['childrenSpokenTo.2.whatTheySaid', 'child-said-2'],
    ['judgements.EDUCATION', 'EDUCATION-MET'],
    ['judgements.EDUCATION.evidence', 'EDUCATION-evidence'],
    ['recommendations.0.what', 'rec-what-0'],
    ['recommendations.1.owner', 'rec-owner-1'],
    ['recommendations.2.dueOn', 'rec-due-2'],
    ['recommendations.0.themes', 'rec-0-PLACEMENT_STABILITY'],
    ['followUps.7d1c.note', '7d1c-note'],
    ['followUps.7d1c', '7d1c-done'],
  ])('%s → #%s', (field, id) => {
    expect(idOf(field)).toBe(id);
  });

  it('leaves the fields named like their ids to themselves', () => {
    expect(['visitOn', 'staffSpokenTo', 'recordsChecked'].map(idOf)).toEqual([undefined, undefined, undefined]);
  });
});

import { emptyNewChild, newChildProblems, triggerProblems, type TriggerAnswers } from './trigger-problems';

const child = { ...emptyNewChild(), laChildRef: 'NS-1', givenName: 'Sky', familyName: 'Hart', dateOfBirth: '2013-04-09' };
const answered: TriggerAnswers = { kind: 'ENTERED_CARE', occurredOn: '2026-03-02', who: 'new', childId: '', newChild: child };

describe('triggerProblems', () => {
  it('asks for both choices when neither is made, and nothing about a child not yet chosen', () => {
    expect(triggerProblems({ ...answered, kind: null, who: null })).toEqual([
      { fieldId: 'kind', message: 'Select what happened' },
      { fieldId: 'who', message: 'Select whether the child is new to Heard or already known' },
    ]);
  });

  it('accepts complete answers for a new child', () => {
    expect(triggerProblems(answered)).toEqual([]);
  });

  it('names a date of the event that is missing, not real, incomplete or in the future', () => {
    expect(triggerProblems({ ...answered, occurredOn: '' })).toEqual([{ fieldId: 'occurredOn', message: 'Enter the date of the event' }]);
    expect(triggerProblems({ ...answered, occurredOn: '2026-02-30' })).toEqual([{ fieldId: 'occurredOn', message: 'Date of the event must be a real date' }]);
    expect(triggerProblems({ ...answered, occurredOn: '2026--3' })).toEqual([{ fieldId: 'occurredOn', message: 'Date of the event must include a month' }]);
    expect(triggerProblems({ ...answered, occurredOn: '2999-01-01' })).toEqual([
      { fieldId: 'occurredOn', message: 'The date of the event must be today or in the past' },
    ]);
  });

  it('asks for the child already in Heard only once that answer is chosen', () => {
    expect(triggerProblems({ ...answered, who: 'existing', newChild: emptyNewChild() })).toEqual([{ fieldId: 'childId', message: 'Select the child' }]);
    expect(triggerProblems({ ...answered, who: 'existing', childId: 'child-1', newChild: emptyNewChild() })).toEqual([]);
  });
});

describe('newChildProblems', () => {
  it('lists each missing required field on its own field', () => {
    expect(newChildProblems(emptyNewChild()).map((p) => p.fieldId)).toEqual(['laChildRef', 'givenName', 'familyName', 'dateOfBirth']);
  });

  it('says a date of birth is not real in GOV.UK words', () => {
    expect(newChildProblems({ ...child, dateOfBirth: '2015-04-31' })).toEqual([{ fieldId: 'dateOfBirth', message: 'Date of birth must be a real date' }]);
    expect(newChildProblems({ ...child, dateOfBirth: '15-4-9' })).toEqual([
      { fieldId: 'dateOfBirth', message: 'Date of birth: the year must have 4 numbers, for example 2026' },
    ]);
  });
});
